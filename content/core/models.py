from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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


class TranslationStamp(models.Model):
    """When an item's text in one language last changed (any translated field),
    so the admin can tell when a translation is older than the text it
    translates (content.core.translations)."""

    # "app_label.modelname", not a content type: no cache to go stale.
    model = models.CharField(_("model"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("object ID"))
    language = models.CharField(_("language"), max_length=10)
    changed_at = models.DateTimeField(_("text changed"))

    class Meta:
        ordering = ["model", "object_id", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["model", "object_id", "language"], name="one_stamp_per_language"
            )
        ]
        verbose_name = _("translation stamp")
        verbose_name_plural = _("translation stamps")

    def __str__(self):
        return f"{self.model} {self.object_id} {self.language}: {self.changed_at}"
