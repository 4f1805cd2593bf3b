from django.conf import settings


def site(request):
    """What every page's frame needs from the core: where the quick exit goes."""
    return {"quick_exit_url": settings.QUICK_EXIT_URL}
