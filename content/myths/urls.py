from django.urls import path

from .views import MythListView

app_name = "myths"
urlpatterns = [path("", MythListView.as_view(), name="index")]
