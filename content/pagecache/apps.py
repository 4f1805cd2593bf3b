from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """Whole public pages kept rendered, renewed on every content change."""

    name = "content.pagecache"
    label = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from content.core.signals import content_committed

        from .middleware import bump

        # Only a commit is something visitors get: a preview saves inside a
        # transaction that is rolled back, and must leave every page as it is.
        content_committed.connect(bump, dispatch_uid="pagecache_committed")
