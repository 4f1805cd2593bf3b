from django.views.generic import ListView

from content.pages.models import Page
from content.pages.views import PageMixin

from .models import Indicator


class IndicatorListView(PageMixin, ListView):
    page_key = Page.Key.SIGNS
    queryset = Indicator.objects.published()
