from django.utils.functional import SimpleLazyObject

from content.core.languages import fallback_language

from .models import HelpContact


def help_contacts(request):
    """The help contacts every page's frame shows (help bar and footer): one
    query, and only when a page uses them. `help_list` is the footer's list;
    a help card gives its own, named in the card's language."""
    contacts = SimpleLazyObject(lambda: list(HelpContact.objects.published()))
    return {
        "help_contacts": contacts,
        "emergency_contact": SimpleLazyObject(
            lambda: next((c for c in contacts if c.is_emergency), None)
        ),
        "help_list": SimpleLazyObject(
            lambda: [
                {"name": c.name, "lang": fallback_language(c, "name"), "contact": c}
                for c in contacts
            ]
        ),
    }
