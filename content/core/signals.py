from django.core.cache import cache
from django.db.models.signals import post_delete, post_save


def clear_page_cache(sender, **kwargs):
    # Public pages are cached whole; any content change must show at once.
    if sender._meta.app_label in PUBLIC_CONTENT_APPS:
        cache.clear()


PUBLIC_CONTENT_APPS = {"pages", "facts", "myths", "indicators", "sectors", "contacts"}

post_save.connect(clear_page_cache, dispatch_uid="clear_page_cache_save")
post_delete.connect(clear_page_cache, dispatch_uid="clear_page_cache_delete")
