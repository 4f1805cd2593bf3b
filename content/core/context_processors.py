from django.conf import settings
from django.utils.translation import get_language, get_language_bidi

from .frame import Frame


def site(request):
    """What every page's frame needs from the core: where the quick exit goes,
    and, on a staff preview of an item (content.editorial.preview), that it is one.
    A page in another language (a help card) gives its own `page_language`,
    `page_direction` and `frame` (content.core.frame) in its context."""
    return {
        "quick_exit_url": settings.QUICK_EXIT_URL,
        "preview": getattr(request, "preview", None),
        "page_language": get_language(),
        "page_direction": "rtl" if get_language_bidi() else "ltr",
        "frame": Frame(),
    }
