"""What changed, told to whoever keeps something built from the content.

Core watches every save and delete of content (a Publishable model, or a part
that says `editors_may_edit`) and sends `content_committed` once per
transaction, after it commits: the page cache takes a new version, and the 503
page is written afresh with the help numbers as saved. Never before the commit:
a change that is rolled back (an admin preview saves and rolls back) changes
nothing visitors get, and no page rendered from uncommitted data is kept.

`manage.py seed` and `manage.py restore` send `content_committed` themselves
when they are done. Platform apps connect in their AppConfig.ready(); core
imports none of them.
"""

import threading

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal

from .models import is_content

content_committed = Signal()

_pending = threading.local()


def changed(using=None):
    """Call on any change to what visitors see."""
    _pending.value = True
    transaction.on_commit(_after_commit, using=using)


def _after_commit():
    # One transaction may save hundreds of items (seed, restore): tell once.
    if not getattr(_pending, "value", False):
        return
    _pending.value = False
    content_committed.send(sender=None)


def _on_save_or_delete(sender, using=None, **kwargs):
    if is_content(sender):
        changed(using)


def _on_m2m_changed(sender, instance, action, using=None, **kwargs):
    if action.startswith("post_") and is_content(type(instance)):
        changed(using)


def connect():
    post_save.connect(_on_save_or_delete, dispatch_uid="content_save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="content_delete")
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="content_m2m")
