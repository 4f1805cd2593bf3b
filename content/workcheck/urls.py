from django.urls import path

from .views import WorkCheckView

app_name = "workcheck"
urlpatterns = [
    # The check in the site's language; then any language's, by its code.
    path("", WorkCheckView.as_view(), name="index"),
    path("<str:language_code>/", WorkCheckView.as_view(), name="detail"),
]
