"""Every public address the site has, found from the URL configuration and the
content rather than a hand-kept list, so a new page is tested too.

`public_urls()` asks the database (the sitemaps' items), for tests that run
with the content loaded. `seed_page_params()` works without a database, when
pytest collects the tests: it builds the seed's items in memory, so each page
becomes a test of its own whose id is its address (`pytest -k hjelp`).
`test_site.py` checks that both give the same addresses.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import translation

from content.core.seed.content import SEED

# Addresses that are not pages to read, tested on their own: machine pages, the
# checklist's answer (POST only), the admin's list of what is due for a check and
# the figures as open data (CSV, JSON).
NOT_PAGES = {
    "robots",
    "security-txt",
    "health",
    "sitemap",
    "indicators:guidance",
    "due-for-check",
    "facts:csv",
    "facts:json",
    "facts:datapackage",
}
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# A page that does not exist, in each language: the 404 page is a page too.
NOT_FOUND = {"nb": "/finnes-ikke/", "en": "/en/does-not-exist/"}


def _names(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            if pattern.namespace != "admin":
                yield from _names(pattern.url_patterns, ns)
        elif (
            isinstance(pattern, URLPattern)
            and pattern.name
            and namespace + pattern.name not in NOT_PAGES
            and not pattern.pattern.converters
        ):
            yield namespace + pattern.name


def page_url_names():
    return sorted(set(_names(get_resolver().url_patterns)))


def sitemaps():
    """The sitemaps the project serves at /sitemap.xml (tests never import the
    project's own modules: they find it through the URL configuration)."""
    return resolve("/sitemap.xml").kwargs["sitemaps"]


def public_urls(language):
    """Every page address in `language`: the named pages, every published item and
    its print view."""
    with translation.override(language):
        urls = {reverse(name) for name in page_url_names()}
        for sitemap in sitemaps().values():
            for item in sitemap().items():
                urls.add(sitemap().location(item))
                # Print views are pages too, though not for search engines.
                if hasattr(item, "get_print_url"):
                    urls.add(item.get_print_url())
    return sorted(urls)


def all_public_urls():
    # A page in a language of its own (a help card) has one address in every list.
    return list(dict.fromkeys(url for code in LANGUAGES for url in public_urls(code)))


def _seed_items():
    """The seed's items as unsaved model instances, related items linked."""
    built = {}
    for key, label, fields in SEED:
        model = apps.get_model(label)
        values = {
            name: built[value] if model._meta.get_field(name).is_relation else value
            for name, value in fields.items()
        }
        built[key] = model(**values)
    return built.values()


def _shown(obj):
    """Published, and so is everything it belongs to."""
    if not getattr(obj, "is_published", True):
        return False
    return all(
        _shown(getattr(obj, field.name))
        for field in obj._meta.concrete_fields
        if field.many_to_one and getattr(obj, field.name, None) is not None
    )


def seed_public_urls(language):
    """What public_urls(language) gives once the seed is loaded, without a database."""
    # Sitemaps of model items; a sitemap of named pages (the guides index) is
    # covered by page_url_names().
    models = {
        items.model
        for items in (sitemap().items() for sitemap in sitemaps().values())
        if hasattr(items, "model")
    }
    with translation.override(language):
        urls = {reverse(name) for name in page_url_names()}
        for obj in _seed_items():
            if type(obj) in models and _shown(obj):
                urls.add(obj.get_absolute_url())
                if hasattr(obj, "get_print_url"):
                    urls.add(obj.get_print_url())
    return sorted(urls)


def url_pattern(url):
    """The URL pattern that serves `url`, by language: ("en", "guides:detail")."""
    code = "en" if url.startswith("/en/") else settings.LANGUAGE_CODE
    with translation.override(code):
        try:
            return code, resolve(url).view_name
        except Resolver404:
            return code, "404"


def one_page_per_pattern(params):
    """The same params, each URL pattern's first page in each language as it
    is and the rest marked `full` (only `make test-full` runs every page)."""
    seen = set()
    marked = []
    for param in params:
        pattern = url_pattern(param.values[0])
        if pattern in seen:
            param = pytest.param(*param.values, id=param.id, marks=pytest.mark.full)
        seen.add(pattern)
        marked.append(param)
    return marked


def seed_page_params(not_found=True):
    """pytest params, one per page in every language (and each language's 404
    page): (url, status), with the address as the test's id."""
    params, seen = [], set()
    for code in LANGUAGES:
        pages = [(url, 200) for url in seed_public_urls(code) if url not in seen]
        seen.update(url for url, _status in pages)
        if not_found:
            pages.append((NOT_FOUND[code], 404))
        params += [pytest.param(url, status, id=url) for url, status in pages]
    return params
