from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.core.models import Publishable, PublishableQuerySet, TranslatedSlugMixin, lines


class Sector(TranslatedSlugMixin, Publishable):
    """A form of exploitation and the sectors where it is found."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("address"), max_length=100, unique=True, allow_unicode=False)
    summary = models.TextField(_("summary"), help_text=_("Shown in lists."))
    body = models.TextField(
        _("text"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )
    examples = models.TextField(_("sectors and examples"), blank=True, help_text=_("One per line."))

    class Meta(Publishable.Meta):
        verbose_name = _("form of exploitation")
        verbose_name_plural = _("forms of exploitation")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("sectors:detail", kwargs={"slug": self.slug})

    @property
    def example_list(self):
        return lines(self.examples)


class CaseQuerySet(PublishableQuerySet):
    def published(self):
        """A case is shown only under a published form of exploitation."""
        return super().published().filter(sector__is_published=True)


class Case(TranslatedSlugMixin, Publishable):
    """A Norwegian court case, told from its sources only."""

    sector = models.ForeignKey(
        Sector,
        on_delete=models.PROTECT,
        related_name="cases",
        verbose_name=_("form of exploitation"),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=100, unique=True)
    summary = models.TextField(_("summary"), help_text=_("Shown in lists."))
    body = models.TextField(
        _("what happened"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )
    court = models.CharField(_("court"), max_length=200, blank=True)
    year = models.CharField(
        _("year"), max_length=40, blank=True, help_text=_("Year of the judgment, if known.")
    )
    outcome = models.TextField(_("outcome"), blank=True)
    source_name = models.CharField(_("source"), max_length=300, blank=True)
    source_url = models.URLField(_("source link"), blank=True)
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Never shown on the site.")
    )

    objects = CaseQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("sectors:case", kwargs={"sector_slug": self.sector.slug, "slug": self.slug})
