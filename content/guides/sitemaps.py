from content.core.sitemaps import ContentSitemap

from .models import Guide


class GuideSitemap(ContentSitemap):
    """Every published guide, in every language."""

    def items(self):
        return Guide.objects.published()
