from django.conf import settings
from django.utils.functional import SimpleLazyObject


def _contacts():
    from content.contacts.models import HelpContact

    return list(HelpContact.objects.published())


def site(request):
    """What every page's frame shows: the help contacts (one query, only when a
    page uses them) and where the quick exit goes."""
    contacts = SimpleLazyObject(_contacts)
    return {
        "help_contacts": contacts,
        "emergency_contact": SimpleLazyObject(
            lambda: next((c for c in contacts if c.is_emergency), None)
        ),
        "quick_exit_url": settings.QUICK_EXIT_URL,
        # Set only on a staff preview of an item (content.core.preview).
        "preview": getattr(request, "preview", None),
    }
