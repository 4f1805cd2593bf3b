from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """Whole public pages kept rendered, renewed on every content change."""

    name = "content.pagecache"
    label = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from content.core.signals import content_changed, content_committed

        from .middleware import bump

        content_changed.connect(bump, dispatch_uid="pagecache_changed")
        content_committed.connect(bump, dispatch_uid="pagecache_committed")
