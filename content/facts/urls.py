from django.urls import path

from .views import StatisticListView

app_name = "facts"
urlpatterns = [path("", StatisticListView.as_view(), name="index")]
