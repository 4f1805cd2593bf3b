from django.contrib.sitemaps import Sitemap

from content.pages.models import Page
from content.sectors.models import Case, Sector

from .siteurl import site_domain, site_scheme


class PublicSitemap(Sitemap):
    """Addresses on DJANGO_SITE_URL, whatever Host the request for the sitemap had."""

    def get_protocol(self, protocol=None):
        return site_scheme()

    def get_domain(self, site=None):
        return site_domain()


class ContentSitemap(PublicSitemap):
    """Every published page, form of exploitation and case, in every language."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return [
            *Page.objects.published(),
            *Sector.objects.published(),
            *Case.objects.published().filter(sector__is_published=True).select_related("sector"),
        ]

    def location(self, item):
        return item.get_absolute_url()

    def lastmod(self, item):
        return item.updated_at


sitemaps = {"content": ContentSitemap}
