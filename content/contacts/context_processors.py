from django.utils.functional import SimpleLazyObject

from .models import HelpContact


def help_contacts(request):
    """The help contacts every page's frame shows (help bar and footer): one
    query, and only when a page uses them."""
    contacts = SimpleLazyObject(lambda: list(HelpContact.objects.published()))
    return {
        "help_contacts": contacts,
        "emergency_contact": SimpleLazyObject(
            lambda: next((c for c in contacts if c.is_emergency), None)
        ),
    }
