from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationStamp(models.Model):
    """When an item's text in one language last changed (any translated field),
    so the admin can tell when a translation is older than the text it
    translates (content.editorial.translations)."""

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
