from django.contrib.sitemaps import Sitemap

from content.contacts.sitemaps import HelpCardSitemap
from content.guides.sitemaps import GuideSitemap
from content.pages.models import Page
from content.sectors.models import Case, Sector


class ContentSitemap(Sitemap):
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


sitemaps = {"content": ContentSitemap, "guides": GuideSitemap, "help-cards": HelpCardSitemap}
