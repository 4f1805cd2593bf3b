from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import HelpCardPrintView, HelpCardView, HelpContactListView

app_name = "contacts"
urlpatterns = [
    path("", HelpContactListView.as_view(), name="index"),
    path(_("in-your-language/<str:language_code>/"), HelpCardView.as_view(), name="card"),
    path(
        _("in-your-language/<str:language_code>/print/"),
        HelpCardPrintView.as_view(),
        name="card-print",
    ),
]
