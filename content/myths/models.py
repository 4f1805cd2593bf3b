from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.core.models import Publishable


class Myth(Publishable):
    myth = models.CharField(_("myth"), max_length=300)
    fact = models.TextField(_("fact"), help_text=_("Separate paragraphs with an empty line."))

    class Meta(Publishable.Meta):
        verbose_name = _("myth")
        verbose_name_plural = _("myths")

    def __str__(self):
        return self.myth

    def get_absolute_url(self):
        return reverse("myths:index") + f"#myth-{self.pk}"
