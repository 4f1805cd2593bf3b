from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MythsConfig(AppConfig):
    name = "content.myths"
    label = "myths"
    verbose_name = _("Myths")
