"""The search index: every published item, as visitors read it, per language.

What is indexed comes from the apps: each registers its documents with
content.core.registry, and the models whose changes change them; an app's
documents are its *group*. A save or delete of a registered model updates the
index when its transaction commits, and then only its own group, and in it
only the rows that differ from what is published now: an item's rows change
when the item does, everyone else's stay as they are. A rolled-back change
(an admin preview) is never indexed. `manage.py rebuild_search_index`
rebuilds the whole index.
"""

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

# Each group's rows are ordered among themselves; groups keep the order the
# apps registered in (sort_order = group's place * GROUP_SPAN + the row's).
GROUP_SPAN = 100_000
# What a row is, compared to see whether it changed (the primary key aside).
FIELDS = (
    "group",
    "source",
    "language",
    "kind",
    "url",
    "title",
    "title_lang",
    "summary",
    "summary_lang",
    "text",
    "sort_order",
)


def _source(document):
    """Which item a row is of: app.model:pk (or the page's address, for a page
    that is no model, such as the decision path)."""
    meta = getattr(document.obj, "_meta", None)
    return f"{meta.label_lower}:{document.obj.pk}" if meta else f"url:{document.url}"


def _entry(group, document, order):
    obj, title_field, summary_field = document.obj, document.title_field, document.summary_field
    title = document.title if document.title is not None else getattr(obj, title_field)
    summary = plain(getattr(obj, summary_field)) if summary_field else ""
    return SearchEntry(
        group=group,
        source=_source(document),
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
        sort_order=order,
    )


def _published(group):
    """The group's rows as the content is now, in every language."""
    start = registry.search_groups().index(group) * GROUP_SPAN
    entries = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            documents = registry.search_documents(group)
            entries += [_entry(group, d, start + n) for n, d in enumerate(documents)]
    return entries


def _row(entry):
    return tuple(getattr(entry, name) for name in FIELDS)


def update(group):
    """Bring one group's rows in line with the published content, touching only
    the rows that differ. Returns (rows removed, rows added)."""
    wanted = {_row(entry): entry for entry in _published(group)}
    stale = []
    for entry in SearchEntry.objects.filter(group=group):
        if wanted.pop(_row(entry), None) is None:
            stale.append(entry.pk)
    with transaction.atomic():
        SearchEntry.objects.filter(pk__in=stale).delete()
        added = SearchEntry.objects.bulk_create(wanted.values())
        fulltext.entries_changed(removed=stale, added=added)
    return len(stale), len(added)


def rebuild():
    """Replace the whole index with what is published now, in every language
    (`manage.py rebuild_search_index`)."""
    entries = [entry for group in registry.search_groups() for entry in _published(group)]
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        added = SearchEntry.objects.bulk_create(entries)
        fulltext.entries_replaced(added)
    # Cached results were found in the old index: a new content version
    # makes every worker search the new one.
    pagecache.bump()


# Each change schedules a callback for when its transaction commits; of one
# transaction's callbacks for a group, the first updates it and the rest find
# it done. Counted per connection (one per thread), so one thread's update
# never stands in for another's commit. A rolled-back transaction's callbacks
# never run and leave nothing behind.
_ticket = itertools.count(1)
_updated_at = weakref.WeakKeyDictionary()  # connection -> {group: ticket at its last update}


def content_changed(sender, using=None, **kwargs):
    group = registry.search_group_of(sender)
    if group is None:
        return
    connection = transaction.get_connection(using)
    ticket = next(_ticket)

    def run():
        updated = _updated_at.setdefault(connection, {})
        if updated.get(group, 0) < ticket:
            updated[group] = next(_ticket)
            if update(group) != (0, 0):
                # The page cache took a new content version when the change
                # committed; a search in between may have cached old results.
                pagecache.bump()

    transaction.on_commit(run, using=using)


def connect():
    post_save.connect(content_changed, dispatch_uid="search_content_saved")
    post_delete.connect(content_changed, dispatch_uid="search_content_deleted")
