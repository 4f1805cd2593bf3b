from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap

from .models import Page
from .siteurl import site_domain, site_scheme


class PublicSitemap(Sitemap):
    """Addresses on DJANGO_SITE_URL, whatever Host the request for the sitemap had."""

    def get_protocol(self, protocol=None):
        return site_scheme()

    def get_domain(self, site=None):
        return site_domain()


class ContentSitemap(PublicSitemap):
    """Published items with a page of their own, in every language. Each app
    with such items ships a subclass in its sitemaps.py; hopeportal/urls.py
    gathers them."""

    i18n = True
    alternates = True
    x_default = True

    def location(self, item):
        return item.get_absolute_url()

    def lastmod(self, item):
        return item.updated_at


class PageSitemap(ContentSitemap):
    def items(self):
        return Page.objects.published()


def sitemap_view(request, **kwargs):
    """Django's sitemap view without its Last-Modified header: the page cache
    answers conditional requests by ETag only, and a Last-Modified that an
    If-Modified-Since cannot use is what HTTP linters flag. Each entry keeps
    its own lastmod."""
    response = sitemap(request, **kwargs)
    response.headers.pop("Last-Modified", None)
    return response
