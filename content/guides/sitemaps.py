from django.urls import reverse

from content.core.sitemaps import ContentSitemap, PublicSitemap

from .models import Guide


class GuideSitemap(ContentSitemap):
    """Every published guide, in every language."""

    def items(self):
        return Guide.objects.published()


class GuideIndexSitemap(PublicSitemap):
    """The list of guides for professions, in every language: a page of the
    main menu with no Page record of its own."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["guides:index"]

    def location(self, item):
        return reverse(item)
