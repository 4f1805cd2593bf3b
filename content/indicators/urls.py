from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import ChecklistResultView, IndicatorListView

app_name = "indicators"
urlpatterns = [
    path("", IndicatorListView.as_view(), name="index"),
    path(_("guidance/"), ChecklistResultView.as_view(), name="guidance"),
]
