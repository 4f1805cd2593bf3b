from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One published item as a visitor reads it in one language. Kept in line
    with the content as it changes (content.search.index), so a search is a
    single query however much content there is."""

    # Which app's documents (content.core.registry) and which item the row is
    # of: a change updates its own group's rows only (content.search.index).
    group = models.CharField(_("group"), max_length=100)
    source = models.CharField(_("item"), max_length=200)
    language = models.CharField(_("language"), max_length=10)
    kind = models.CharField(_("kind"), max_length=100)
    url = models.CharField(_("address"), max_length=500)
    title = models.CharField(_("title"), max_length=500)
    title_lang = models.CharField(
        _("title language"), max_length=10, blank=True, help_text=_("Set where it falls back.")
    )
    summary = models.TextField(_("summary"), blank=True)
    summary_lang = models.CharField(_("summary language"), max_length=10, blank=True)
    # Lower-cased title and text: matching without the database's case rules,
    # which in SQLite know nothing of æ, ø and å.
    text = models.TextField(_("searchable text"))
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        indexes = [models.Index(fields=["language"]), models.Index(fields=["group"])]
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return f"{self.language}: {self.title}"

    def get_absolute_url(self):
        return self.url
