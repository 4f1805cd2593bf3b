from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectorsConfig(AppConfig):
    name = "content.sectors"
    label = "sectors"
    verbose_name = _("Forms of exploitation and cases")
