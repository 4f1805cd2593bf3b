from django.urls import path

from .views import CaseDetailView, SectorDetailView, SectorListView

app_name = "sectors"
urlpatterns = [
    path("", SectorListView.as_view(), name="index"),
    path("<slug:slug>/", SectorDetailView.as_view(), name="detail"),
    path("<slug:sector_slug>/<slug:slug>/", CaseDetailView.as_view(), name="case"),
]
