from django.urls import path

from .views import StatisticListView, datapackage_json, statistics_csv, statistics_json

app_name = "facts"
urlpatterns = [
    path("", StatisticListView.as_view(), name="index"),
    path("statistics.csv", statistics_csv, name="csv"),
    path("statistics.json", statistics_json, name="json"),
    path("datapackage.json", datapackage_json, name="datapackage"),
]
