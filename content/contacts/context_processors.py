from django.utils.functional import SimpleLazyObject

from content.core import references
from content.core.languages import fallback_language


def help_contacts(request):
    """The help contacts every page's frame shows (help bar and footer): one
    query, and only when a page uses them. `help_list` is the footer's list;
    a help card gives its own, named in the card's language. The same query
    as the [[contact:...]] references of the page, made once for both."""
    contacts = SimpleLazyObject(lambda: list(references.objects("contact").values()))
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
