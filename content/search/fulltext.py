"""Full-text search over the index (SearchEntry): words found by their stem, so
"tvangsarbeidet" finds "tvangsarbeid" and "exploited" finds "exploitation";
results ranked, an exact title match first.

PostgreSQL: its own text search (django.contrib.postgres) with the language's
configuration. SQLite: an FTS5 table (created by migration 0002 on SQLite only)
holding each entry's words stemmed here in Python with the Snowball stemmers,
which PostgreSQL's configurations use too; the query is stemmed the same way.
The matched words are marked in Python with the same stemmers on both.
"""

import functools
import re
import threading

import snowballstemmer
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, IntegerField, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import SearchEntry

FTS_TABLE = "search_fulltext"
# The site's language codes to Snowball's stemmers and PostgreSQL's configurations.
STEMMERS = {"nb": "norwegian", "en": "english"}
PG_CONFIGS = {"nb": "norwegian", "en": "english"}
MAX_RESULTS = 50
MAX_WORDS = 8
WORD = re.compile(r"\w+")


# One stemmer per language and thread: a Snowball stemmer keeps the word it
# works on in the object, so threads (gunicorn's gthread workers) must not
# share one.
_stemmers = threading.local()


def _stemmer(language):
    stemmers = _stemmers.__dict__
    if language not in stemmers:
        name = STEMMERS.get(language)
        stemmers[language] = snowballstemmer.stemmer(name) if name else None
    return stemmers[language]


@functools.lru_cache(maxsize=50_000)
def _stem(word, language):
    """One lower-case word's stem, kept: the site's words are few, and marking
    the results stems every word of every result shown."""
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def stems(text, language):
    """The stems of the words in `text`, in order (repeats kept)."""
    return [_stem(w.lower(), language) for w in WORD.findall(text)]


def query_stems(q, language):
    return list(dict.fromkeys(stems(q, language)))[:MAX_WORDS]


def is_sqlite():
    return connection.vendor == "sqlite"


# -- Writing the index ----------------------------------------------------------


def _fulltext_rows(entries):
    return [
        (
            entry.pk,
            " ".join(stems(entry.title, entry.language)),
            " ".join(stems(entry.text, entry.language)),
        )
        for entry in entries
    ]


def entries_replaced(entries):
    """Called by content.search.index after every entry was replaced: fill the
    FTS5 table from `entries` (PostgreSQL needs nothing: it reads the entries)."""
    if not is_sqlite():
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE}")
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (%s, %s, %s)",
            _fulltext_rows(entries),
        )


def entries_changed(removed, added):
    """Called by content.search.index after some entries were removed (their
    primary keys) and others added: the FTS5 rows of those only."""
    if not is_sqlite():
        return
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(pk,) for pk in removed])
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (%s, %s, %s)",
            _fulltext_rows(added),
        )


# -- Searching ------------------------------------------------------------------


def search(q, language):
    """Entries in `language` holding every word of `q` (by stem), best first."""
    if not query_stems(q, language):
        return []
    results = _search_sqlite(q, language) if is_sqlite() else _search_postgres(q, language)
    exact = q.strip().lower()
    # Stable: within each group the database's ranking stays.
    return sorted(results, key=lambda entry: entry.title.lower() != exact)


def _search_sqlite(q, language):
    match = " ".join(f'"{stem}"' for stem in query_stems(q, language))
    # bm25: lower is better; a word in the title weighs ten times one in the text.
    sql = (
        f"SELECT e.* FROM {FTS_TABLE} f JOIN {SearchEntry._meta.db_table} e ON e.id = f.rowid "
        f"WHERE {FTS_TABLE} MATCH %s AND e.language = %s "
        f"ORDER BY bm25({FTS_TABLE}, 10.0, 1.0), e.sort_order LIMIT %s"
    )
    return list(SearchEntry.objects.raw(sql, [match, language, MAX_RESULTS]))


def _search_postgres(q, language):
    config = PG_CONFIGS.get(language, "simple")
    vector = SearchVector("title", weight="A", config=config) + SearchVector(
        "text", weight="B", config=config
    )
    query = SearchQuery(q, config=config, search_type="plain")
    entries = (
        SearchEntry.objects.filter(language=language)
        .annotate(document=vector)
        .filter(document=query)
        .annotate(
            rank=SearchRank(vector, query),
            exact=Case(
                When(title__iexact=q.strip(), then=Value(1)), default=0, output_field=IntegerField()
            ),
        )
        .order_by("-exact", F("rank").desc(), "sort_order")
    )
    return list(entries[:MAX_RESULTS])


# -- Showing results ------------------------------------------------------------


def highlight(text, wanted, language, max_words=None):
    """`text` escaped, with each word whose stem is wanted inside <mark>;
    cut after `max_words` words (with an ellipsis)."""
    if not text:
        return ""
    parts, last = [], 0
    for count, match in enumerate(WORD.finditer(text), start=1):
        if max_words and count > max_words:
            parts.append(escape(text[last : match.start()].rstrip()) + " …")
            return mark_safe("".join(parts))
        word = match.group()
        if _stem(word.lower(), language) in wanted:
            parts.append(escape(text[last : match.start()]))
            parts.append(f"<mark>{escape(word)}</mark>")
            last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))
