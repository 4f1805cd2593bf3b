from content.core.sitemaps import ContentSitemap

from .models import Case, Sector


class SectorSitemap(ContentSitemap):
    def items(self):
        return Sector.objects.published()


class CaseSitemap(ContentSitemap):
    def items(self):
        return Case.objects.published().select_related("sector")
