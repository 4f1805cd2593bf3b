from django.views.generic import ListView

from content.pages.models import Page
from content.pages.views import PageMixin

from .models import Statistic


class StatisticListView(PageMixin, ListView):
    page_key = Page.Key.FACTS
    queryset = Statistic.objects.published().select_related("superseded_by")

    def get_context_data(self, **kwargs):
        figures = list(self.object_list)
        scopes = [
            (label, [f for f in figures if f.scope == scope and not f.superseded_by_id])
            for scope, label in Statistic.Scope.choices
        ]
        history = [f for f in figures if f.superseded_by_id]
        return super().get_context_data(scopes=scopes, history=history, **kwargs)
