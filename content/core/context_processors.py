from django.conf import settings
from django.utils.translation import get_language


def site(request):
    """What every page's frame needs from the core: where the quick exit goes,
    and, on a staff preview of an item (content.editorial.preview), that it is one."""
    return {
        "quick_exit_url": settings.QUICK_EXIT_URL,
        "preview": getattr(request, "preview", None),
    }


def page_language(request):
    """`page_language`: the language the page's text is written in. The active
    language unless a view sets it in its context (a help card printed wholly in
    Polish sets "pl"); the link preview's og:locale and its alternates come from
    this one value."""
    return {"page_language": get_language()}
