"""The project's admin site: the site's name, the editors' front page
(content.editorial), a second factor at login (content.accounts) and the
admin's JavaScript strings in Bokmål. Composition: it brings platform apps
together, so it lives here rather than in any one of them."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog

from content.accounts.admin_site import TwoFactorAdminSite
from content.editorial.frontpage import needs_an_editor


class AdminJavaScriptCatalog(JavaScriptCatalog):
    """The admin's JavaScript strings, with the project's djangojs catalogue
    (locale/<lang>/LC_MESSAGES/djangojs.po) over Django's: it fills in what
    Django's Bokmål lacks (calendar, selector and action strings)."""

    def get_paths(self, packages):
        return [*super().get_paths(packages), *map(str, settings.LOCALE_PATHS)]


class HopeAdminSite(TwoFactorAdminSite):
    site_header = _("Hope for Justice Norway")
    site_title = _("Hope for Justice Norway")
    index_title = _("What needs an editor now")
    index_template = "admin/hope_index.html"
    # The lists need the width (a 1280 px screen, filters beside); editors move
    # through the front page and the breadcrumbs.
    enable_nav_sidebar = False

    def i18n_javascript(self, request, extra_context=None):
        return AdminJavaScriptCatalog.as_view(packages=["django.contrib.admin"])(request)

    def index(self, request, extra_context=None):
        context = {**needs_an_editor(self, request), **(extra_context or {})}
        return super().index(request, extra_context=context)
