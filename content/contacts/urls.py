from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import HelpCardPrintView, HelpCardView, HelpContactListView, help_card_vcard

app_name = "contacts"
urlpatterns = [
    path("", HelpContactListView.as_view(), name="index"),
    path(_("in-your-language/<str:language_code>/"), HelpCardView.as_view(), name="card"),
    path(
        _("in-your-language/<str:language_code>/print/"),
        HelpCardPrintView.as_view(),
        name="card-print",
    ),
    path(
        _("in-your-language/<str:language_code>/contacts.vcf"),
        help_card_vcard,
        name="card-vcard",
    ),
]
