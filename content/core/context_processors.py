from django.conf import settings


def site(request):
    """What every page's frame needs from the core: where the quick exit goes,
    and, on a staff preview of an item (content.editorial.preview), that it is one."""
    return {
        "quick_exit_url": settings.QUICK_EXIT_URL,
        "preview": getattr(request, "preview", None),
    }
