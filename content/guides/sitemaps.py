from django.contrib.sitemaps import Sitemap

from .models import Guide


class GuideSitemap(Sitemap):
    """Every published guide, in every language."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return Guide.objects.published()

    def lastmod(self, item):
        return item.updated_at
