from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from content.core.views import PageMixin

from .models import Case, Sector


class SectorListView(PageMixin, ListView):
    page_key = "where"
    queryset = Sector.objects.published()


class SectorDetailView(DetailView):
    queryset = Sector.objects.published().prefetch_related(
        Prefetch("cases", queryset=Case.objects.published())
    )


class CaseDetailView(DetailView):
    def get_queryset(self):
        return (
            Case.objects.published()
            .filter(sector__slug=self.kwargs["sector_slug"])
            .select_related("sector")
        )
