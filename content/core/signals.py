from django.db.models.signals import post_delete, post_save

from . import pagecache
from .editors import CONTENT_APPS


def content_changed(sender, **kwargs):
    """Any saved or deleted content must show at once: rebuild the search index
    (the page cache watches content itself, see content.core.pagecache)."""
    if sender._meta.app_label in CONTENT_APPS:
        from content.search.index import rebuild_after_commit

        rebuild_after_commit()


post_save.connect(content_changed, dispatch_uid="content_changed_save")
post_delete.connect(content_changed, dispatch_uid="content_changed_delete")
pagecache.connect_signals()
