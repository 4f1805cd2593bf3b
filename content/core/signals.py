from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from .models import Publishable


def content_changed(sender, **kwargs):
    """Any saved or deleted content must show at once: clear the cached pages."""
    if issubclass(sender, Publishable):
        cache.clear()


def connect():
    post_save.connect(content_changed, dispatch_uid="content_changed_save")
    post_delete.connect(content_changed, dispatch_uid="content_changed_delete")
