from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from content.contacts.sitemaps import HelpCardSitemap
from content.core import admin as core_admin
from content.core import views as core_views
from content.core.sitemaps import PageSitemap
from content.guides.sitemaps import GuideSitemap
from content.sectors.sitemaps import CaseSitemap, SectorSitemap
from content.workcheck.sitemaps import WorkCheckSitemap

# Every app's sitemap, in one sitemap.xml.
sitemaps = {
    "pages": PageSitemap,
    "sectors": SectorSitemap,
    "cases": CaseSitemap,
    "guides": GuideSitemap,
    "help-cards": HelpCardSitemap,
    "work-checks": WorkCheckSitemap,
}

# Machine pages: one address, no language.
urlpatterns = [
    path(
        "admin/due-for-check/",
        admin.site.admin_view(core_admin.due_for_check_view),
        name="due-for-check",
    ),
    path("admin/", admin.site.urls),
    path("robots.txt", core_views.robots_txt, name="robots"),
    path(".well-known/security.txt", core_views.security_txt, name="security-txt"),
    path("health/", core_views.health, name="health"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
]

# Pages for people: Bokmål without a prefix, other languages under /<code>/,
# with the paths themselves translated through the message catalogues.
urlpatterns += i18n_patterns(
    path("", include("content.core.urls")),
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
