"""Every public address the site has, found from the URL configuration and the
published content rather than a hand-kept list, so a new page is tested too."""

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from content.core.sitemaps import sitemaps

# Addresses that are not pages to read, tested on their own: machine pages and
# the checklist's answer (POST only).
NOT_PAGES = {"robots", "security-txt", "health", "sitemap", "indicators:guidance"}


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


def public_urls(language):
    """Every page address in `language`: the named pages, every published item and
    its print view."""
    with translation.override(language):
        urls = {reverse(name) for name in page_url_names()}
        for sitemap in sitemaps.values():
            for item in sitemap().items():
                urls.add(sitemap().location(item))
                # Print views are pages too, though not for search engines.
                if hasattr(item, "get_print_url"):
                    urls.add(item.get_print_url())
    return sorted(urls)


def all_public_urls():
    return [url for code, _name in settings.LANGUAGES for url in public_urls(code)]
