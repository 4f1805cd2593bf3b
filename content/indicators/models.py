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
