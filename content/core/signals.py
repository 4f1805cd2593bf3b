from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from .editors import CONTENT_APPS


def clear_page_cache(sender, **kwargs):
    # Public pages are cached whole; any content change must show at once.
    if sender._meta.app_label in CONTENT_APPS:
        cache.clear()


post_save.connect(clear_page_cache, dispatch_uid="clear_page_cache_save")
post_delete.connect(clear_page_cache, dispatch_uid="clear_page_cache_delete")
