from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from content.core import views as core_views
from content.core.sitemaps import sitemaps

# Machine pages: one address, no language.
urlpatterns = [
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
    path(_("search/"), include("content.search.urls")),
    path(_("courses/"), include("content.courses.urls")),
    path("", include("content.pages.urls")),
    prefix_default_language=False,
)
