from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import GuideDetailView, GuideListView, GuidePrintView

app_name = "guides"
urlpatterns = [
    path("", GuideListView.as_view(), name="index"),
    path("<slug:slug>/", GuideDetailView.as_view(), name="detail"),
    path(_("<slug:slug>/print/"), GuidePrintView.as_view(), name="print"),
]
