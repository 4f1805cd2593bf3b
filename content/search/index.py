"""The search index: every published item, as visitors read it, per language.

What is indexed comes from the apps: each registers its documents with
content.core.registry. A save or delete of a registered model rebuilds the
index once, when the transaction commits."""

import itertools
import weakref

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from content.core import registry
from content.core.languages import fallback_language
from content.core.references import plain
from content.pagecache import middleware as pagecache

from . import fulltext
from .models import SearchEntry


def _entry(document):
    obj, title_field, summary_field = document.obj, document.title_field, document.summary_field
    title = document.title if document.title is not None else getattr(obj, title_field)
    summary = plain(getattr(obj, summary_field)) if summary_field else ""
    return SearchEntry(
        language=translation.get_language(),
        kind=document.kind,
        url=document.url or obj.get_absolute_url(),
        title=title,
        # An item written in one language of its own (a help card) says which.
        title_lang=document.lang or fallback_language(obj, title_field),
        summary=summary,
        summary_lang=document.lang
        or (fallback_language(obj, summary_field) if summary_field else ""),
        text=" ".join(plain(str(t)) for t in (title, summary, *document.texts) if t).lower(),
    )


def _entries():
    """Entries for the active language, in the order results are shown."""
    return [_entry(document) for document in registry.search_documents()]


def rebuild():
    """Replace the whole index with what is published now, in every language."""
    entries = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            entries += _entries()
    for order, entry in enumerate(entries):
        entry.sort_order = order
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchEntry.objects.bulk_create(entries)
        fulltext.entries_written()
    # Cached results were found in the old index: a new content version
    # makes every worker search the new one.
    pagecache.bump()


# Each save schedules a callback for when its transaction commits; the
# callbacks of one transaction run one after another, and the first rebuilds
# for all of them. Counted per connection (one per thread), so one thread's
# rebuild never stands in for another's commit. A rolled-back transaction's
# callbacks never run and leave nothing behind.
_ticket = itertools.count(1)
_rebuilt_at = weakref.WeakKeyDictionary()  # connection -> ticket count at its last rebuild


def rebuild_after_commit(using=None):
    """Rebuild once when the current transaction commits, however many items it
    saved (the seed loads dozens at once)."""
    connection = transaction.get_connection(using)
    ticket = next(_ticket)

    def run():
        if _rebuilt_at.get(connection, 0) < ticket:
            _rebuilt_at[connection] = next(_ticket)
            rebuild()

    transaction.on_commit(run, using=using)


def content_changed(sender, using=None, **kwargs):
    if sender in registry.search_models():
        rebuild_after_commit(using)


def connect():
    post_save.connect(content_changed, dispatch_uid="search_content_saved")
    post_delete.connect(content_changed, dispatch_uid="search_content_deleted")
