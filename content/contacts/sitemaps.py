from content.core.sitemaps import PublicSitemap

from .models import HelpCard


class HelpCardSitemap(PublicSitemap):
    """Every published help card, with the site's frame in every language. No
    nb/en alternates: a card's text is in its own language whatever the frame's."""

    i18n = True

    def items(self):
        return HelpCard.objects.published()

    def lastmod(self, item):
        return item.updated_at
