from django.views.generic import ListView

from content.core.views import PageMixin

from .models import Myth


class MythListView(PageMixin, ListView):
    page_key = "myths"
    queryset = Myth.objects.published()
