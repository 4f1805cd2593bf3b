from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "content.contacts"
    label = "contacts"
    verbose_name = _("Help contacts")

    def ready(self):
        from content.core import references, registry

        from . import alerts  # noqa: F401
        from .references import fallback, load, render

        registry.register_page("help", _("Get help"), "contacts:index")
        registry.register_search(self.search_documents, models=self.get_models())
        references.register(
            "contact",
            load=load,
            render=render,
            parts=("phone", "email", "web", "info"),
            fallback=fallback,
            example="[[contact:rosa:phone]], [[contact:hope-for-justice:email]]",
        )

    def search_documents(self):
        from content.core.registry import SearchDocument

        from .models import HelpCard, HelpContact

        for contact in HelpContact.objects.published():
            texts = (contact.phone, contact.phone_display, contact.email, contact.hours)
            yield SearchDocument(gettext("Help contact"), contact, "name", "when_to_use", texts)
        for card in HelpCard.objects.published():
            # Written in its own language whatever the site's, and marked with it.
            yield SearchDocument(
                gettext("Help in your language"),
                card,
                "title",
                "language_name",
                (card.language_code, card.signs),
                lang=card.language_code,
            )
