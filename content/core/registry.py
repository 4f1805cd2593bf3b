"""What the apps contribute to the site as a whole, registered from each app's
`AppConfig.ready()`, as apps register with Django's admin: the core never
imports an app, it only reads what the apps told it.

- Page keys: which editable page text (`Page.key`) belongs to which address.
- Search documents: what each app puts into the search index.
"""

from dataclasses import dataclass

# key -> (label shown to editors, URL name of the page)
_pages = {}
# group (the registering app's label) -> (function yielding SearchDocuments,
# models whose changes change them), in the order the apps registered
_search = {}


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
    active language; a save or delete of any of `models` changes them. The
    models' app is the group: the index keeps each group's rows apart, and
    a change updates only its own group."""
    models = list(models)
    _search[models[0]._meta.app_label] = (documents, models)


def search_groups():
    """The groups, in the order the apps registered (INSTALLED_APPS order)."""
    return list(_search)


def search_documents(group):
    """One group's documents for the active language."""
    return _search[group][0]()


def search_group_of(model):
    """The group whose documents a change of `model` changes, or None."""
    for group, (_documents, models) in _search.items():
        if model in models:
            return group
    return None
