from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.core.models import Publishable


class Indicator(Publishable):
    """A general sign that a person may be exposed to human trafficking."""

    text = models.CharField(_("sign"), max_length=300)
    description = models.TextField(
        _("explanation"), blank=True, help_text=_("Optional: what to look for.")
    )

    class Meta(Publishable.Meta):
        verbose_name = _("sign")
        verbose_name_plural = _("signs")

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return reverse("indicators:index")


class Guidance(Publishable):
    """Advice the signs checklist gives, by how many signs were ticked and,
    optionally, only when one particular sign is among them."""

    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), help_text=_("Separate paragraphs with an empty line."))
    min_signs = models.PositiveSmallIntegerField(
        _("from number of signs"),
        default=0,
        help_text=_("Shown when at least this many are ticked."),
    )
    max_signs = models.PositiveSmallIntegerField(
        _("up to number of signs"),
        null=True,
        blank=True,
        help_text=_("Shown when at most this many are ticked. Empty: no upper limit."),
    )
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="guidance",
        verbose_name=_("only when this sign is ticked"),
    )

    class Meta(Publishable.Meta):
        verbose_name = _("checklist guidance")
        verbose_name_plural = _("checklist guidance")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("indicators:index")

    def applies_to(self, ticked):
        """Whether this advice fits a checklist answer (`ticked`: the indicators)."""
        count = len(ticked)
        if self.indicator_id and self.indicator_id not in {i.pk for i in ticked}:
            return False
        return count >= self.min_signs and (self.max_signs is None or count <= self.max_signs)
