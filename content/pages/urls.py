from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import PageView

app_name = "pages"


def page(route, key):
    return path(route, PageView.as_view(page_key=key), name=key)


# The pages that are nothing but their editable text; the URL name is the page key.
urlpatterns = [
    page(_("what-is-human-trafficking/"), "what-it-is"),
    page(_("rights/"), "rights"),
    page(_("why-victims-dont-seek-help/"), "why-no-help"),
    page(_("courses/"), "courses"),
    page(_("about/"), "about"),
    page(_("browse-safely/"), "browse-safely"),
    page(_("privacy/"), "privacy"),
    page(_("accessibility/"), "accessibility"),
]
