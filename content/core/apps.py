from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "content.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import checks, signals  # noqa: F401
