from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "content.contacts"
    label = "contacts"
    verbose_name = _("Help contacts")

    def ready(self):
        from content.core import references

        from .references import fallback, load, render

        references.register(
            "contact",
            load=load,
            render=render,
            parts=("phone", "email", "web"),
            fallback=fallback,
            example="[[contact:rosa:phone]], [[contact:hope-for-justice:email]]",
        )
