from content.core.sitemaps import PublicSitemap

from .models import HelpCard


class HelpCardSitemap(PublicSitemap):
    """Every published help card at its one address: a card is in its own
    language, not in the site's, so it has no nb/en alternates."""

    def items(self):
        return HelpCard.objects.published()

    def lastmod(self, item):
        return item.updated_at
