from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import InquiryView, ThanksView

app_name = "courses"
urlpatterns = [
    path(_("inquiry/"), InquiryView.as_view(), name="inquiry"),
    path(_("thank-you/"), ThanksView.as_view(), name="thanks"),
]
