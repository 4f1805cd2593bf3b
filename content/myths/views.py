from django.views.generic import ListView

from content.pages.models import Page
from content.pages.views import PageMixin

from .models import Myth


class MythListView(PageMixin, ListView):
    page_key = Page.Key.MYTHS
    queryset = Myth.objects.published()
