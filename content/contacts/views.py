from django.views.generic import ListView

from content.pages.models import Page
from content.pages.views import PageMixin

from .models import HelpContact


class HelpContactListView(PageMixin, ListView):
    page_key = Page.Key.HELP
    queryset = HelpContact.objects.published()
