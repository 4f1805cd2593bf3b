from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import registry


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Publishable(models.Model):
    """What every piece of content has: a published flag and an editor's order."""

    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("Only published items are shown on the site."),
    )
    sort_order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["sort_order", "pk"]


class TranslatedSlugMixin:
    """Gives every language a slug: an empty one takes the default language's,
    so a page always has a working address in each language."""

    def save(self, *args, **kwargs):
        default = getattr(self, f"slug_{settings.LANGUAGE_CODE}")
        for code, _name in settings.LANGUAGES:
            if not getattr(self, f"slug_{code}"):
                setattr(self, f"slug_{code}", default)
        super().save(*args, **kwargs)


class Page(Publishable):
    """The editable heading and text of one page of the site. Which page a
    record belongs to is fixed by its key; the app that serves the page
    registers the key and the page's address (content.core.registry)."""

    key = models.CharField(_("page"), max_length=40, choices=registry.page_choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown under the title.")
    )
    body = models.TextField(
        _("text"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )

    class Meta(Publishable.Meta):
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(registry.page_url_name(self.key))


class Section(Publishable):
    """A titled part of a page: text and, optionally, a list."""

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="sections", verbose_name=_("page")
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(
        _("text"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )
    items = models.TextField(
        _("list"), blank=True, help_text=_("One list item per line. Leave empty for no list.")
    )

    class Meta(Publishable.Meta):
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.page.get_absolute_url()

    @property
    def item_list(self):
        return [line.strip() for line in self.items.splitlines() if line.strip()]


class SeedRecord(models.Model):
    """Remembers which seed items were ever loaded, so loading the seed again
    never brings back an item an editor deleted or overwrites one they changed."""

    key = models.CharField(_("key"), max_length=100, unique=True)
    model = models.CharField(_("model"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("object ID"))
    loaded_at = models.DateTimeField(_("loaded"), auto_now_add=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("seed record")
        verbose_name_plural = _("seed records")

    def __str__(self):
        return self.key
