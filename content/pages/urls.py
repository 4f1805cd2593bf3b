from django.urls import path
from django.utils.translation import gettext_lazy as _

from .models import Page
from .views import PageView

app_name = "pages"

K = Page.Key
urlpatterns = [
    path(
        _("what-is-human-trafficking/"), PageView.as_view(page_key=K.WHAT_IT_IS), name="what-it-is"
    ),
    path(_("rights/"), PageView.as_view(page_key=K.RIGHTS), name="rights"),
    path(
        _("why-victims-dont-seek-help/"),
        PageView.as_view(page_key=K.WHY_NO_HELP),
        name="why-no-help",
    ),
    path(_("courses/"), PageView.as_view(page_key=K.COURSES), name="courses"),
    path(_("about/"), PageView.as_view(page_key=K.ABOUT), name="about"),
    path(_("browse-safely/"), PageView.as_view(page_key=K.BROWSE_SAFELY), name="browse-safely"),
    path(_("privacy/"), PageView.as_view(page_key=K.PRIVACY), name="privacy"),
    path(_("accessibility/"), PageView.as_view(page_key=K.ACCESSIBILITY), name="accessibility"),
]
