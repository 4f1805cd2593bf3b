from django.views.generic import ListView

from content.core.views import PageMixin

from .models import Statistic


class StatisticListView(PageMixin, ListView):
    page_key = "facts"
    queryset = Statistic.objects.published().with_is_current().select_related("superseded_by")

    def get_context_data(self, **kwargs):
        figures = list(self.object_list)
        scopes = [
            (label, [f for f in figures if f.scope == scope and f.is_current])
            for scope, label in Statistic.Scope.choices
        ]
        history = [f for f in figures if not f.is_current]
        return super().get_context_data(scopes=scopes, history=history, **kwargs)
