from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    default = True
    name = "content.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import signals, translations  # noqa: F401


class HopeAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the site's own admin site (name, front page, two factors)."""

    default = False
    default_site = "content.core.admin_site.HopeAdminSite"
