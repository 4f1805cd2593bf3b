from django.urls import path

from .views import HelpContactListView

app_name = "contacts"
urlpatterns = [path("", HelpContactListView.as_view(), name="index")]
