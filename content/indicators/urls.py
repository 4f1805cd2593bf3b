from django.urls import path

from .views import IndicatorListView

app_name = "indicators"
urlpatterns = [path("", IndicatorListView.as_view(), name="index")]
