from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "content.contacts"
    label = "contacts"
    verbose_name = _("Help contacts")

    def ready(self):
        from . import alerts  # noqa: F401
