from content.core.sitemaps import PublicSitemap

from .models import WorkCheck


class WorkCheckSitemap(PublicSitemap):
    """Every published check, with the site's frame in every language. No
    nb/en alternates: a check's text is in its own language whatever the frame's."""

    i18n = True

    def items(self):
        return WorkCheck.objects.published()

    def location(self, item):
        return item.get_absolute_url()

    def lastmod(self, item):
        return item.updated_at
