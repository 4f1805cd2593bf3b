from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import FirstStepsView, GuideDetailView, GuideListView, GuidePrintView

app_name = "guides"
urlpatterns = [
    path("", GuideListView.as_view(), name="index"),
    # Before the guides' own addresses, which take any slug.
    path(_("first-steps/"), FirstStepsView.as_view(), name="first-steps"),
    path("<slug:slug>/", GuideDetailView.as_view(), name="detail"),
    path(_("<slug:slug>/print/"), GuidePrintView.as_view(), name="print"),
]
