from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from content.contacts.sitemaps import HelpCardSitemap
from content.core.sitemaps import PageSitemap, sitemap_view
from content.editorial.admin import due_for_check_view
from content.guides.sitemaps import GuideIndexSitemap, GuideSitemap
from content.sectors.sitemaps import CaseSitemap, SectorSitemap
from content.workcheck.sitemaps import WorkCheckSitemap

from . import views

# Every app's sitemap, in one sitemap.xml.
sitemaps = {
    "pages": PageSitemap,
    "sectors": SectorSitemap,
    "cases": CaseSitemap,
    "guides-index": GuideIndexSitemap,
    "guides": GuideSitemap,
    "help-cards": HelpCardSitemap,
    "work-checks": WorkCheckSitemap,
}

# Machine pages: one address, no language.
urlpatterns = [
    path(
        "admin/due-for-check/",
        admin.site.admin_view(due_for_check_view),
        name="due-for-check",
    ),
    path("admin/", admin.site.urls),
    path("robots.txt", views.robots_txt, name="robots"),
    path(".well-known/security.txt", views.security_txt, name="security-txt"),
    path("health/", views.health, name="health"),
    path("sitemap.xml", sitemap_view, {"sitemaps": sitemaps}, name="sitemap"),
]

# Pages for people: Bokmål without a prefix, other languages under /<code>/,
# with the paths themselves translated through the message catalogues.
urlpatterns += i18n_patterns(
    # The home page keeps the URL name "core:home" it has always had.
    path("", include(([path("", views.HomeView.as_view(), name="home")], "core"))),
    path(_("facts/"), include("content.facts.urls")),
    path(_("myths/"), include("content.myths.urls")),
    path(_("signs/"), include("content.indicators.urls")),
    path(_("where/"), include("content.sectors.urls")),
    path(_("help/"), include("content.contacts.urls")),
    path(_("for-professionals/"), include("content.guides.urls")),
    path(_("work-check/"), include("content.workcheck.urls")),
    path(_("search/"), include("content.search.urls")),
    path(_("courses/"), include("content.courses.urls")),
    path("", include("content.pages.urls")),
    prefix_default_language=False,
)
