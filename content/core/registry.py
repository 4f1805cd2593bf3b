"""What the apps contribute to the site as a whole, registered from each app's
`AppConfig.ready()`, as apps register with Django's admin: the core never
imports an app, it only reads what the apps told it.

- Page keys: which editable page text (`Page.key`) belongs to which address.
- Search documents: what each app puts into the search index.
"""

from dataclasses import dataclass

# key -> (label shown to editors, URL name of the page)
_pages = {}
# (models whose changes change the documents, function yielding SearchDocuments)
_search = []


def register_page(key, label, url_name):
    """The page text with `key` (label `label` in the admin) is shown at `url_name`."""
    _pages[key] = (label, url_name)


def page_choices():
    """The page keys editors can choose from (`Page.key`'s choices)."""
    return [(key, label) for key, (label, _url_name) in _pages.items()]


def page_url_name(key):
    return _pages[key][1]


@dataclass
class SearchDocument:
    """One item as the search index shows it, in the active language.

    `title_field` and `summary_field` name the item's translated fields (the
    index marks where they fall back to the default language); `title`
    replaces the title field's text when given; `texts` are more words to find
    the item by; `lang` is the language an item is written in whatever the
    site's (a help card), so screen readers read it right."""

    kind: str
    obj: object
    title_field: str
    summary_field: str = ""
    texts: tuple = ()
    title: str | None = None
    url: str | None = None
    lang: str = ""


def register_search(documents, models):
    """`documents()` yields the SearchDocuments of every published item in the
    active language; a save or delete of any of `models` changes them."""
    _search.append((documents, list(models)))


def search_documents():
    """Every registered app's documents for the active language, in the order
    the apps registered (INSTALLED_APPS order)."""
    for documents, _models in _search:
        yield from documents()


def search_models():
    return {model for _documents, models in _search for model in models}
