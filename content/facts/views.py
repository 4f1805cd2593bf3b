import csv

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.views.decorators.http import require_GET
from django.views.generic import ListView

from content.core.views import PageMixin

from . import datapackage, opendata
from .charts import charts_for
from .models import Statistic


class StatisticListView(PageMixin, ListView):
    page_key = "facts"
    queryset = (
        Statistic.objects.published().with_is_current().select_related("superseded_by", "series")
    )

    def get_context_data(self, **kwargs):
        figures = list(self.object_list)
        charts = charts_for(figures)
        # A figure drawn in a chart is shown there (its table row carries its
        # anchor), not a second time as a card.
        charted = {stat.pk for chart in charts for stat in chart.statistics}
        cards = [f for f in figures if f.pk not in charted]
        scopes = [
            (
                label,
                [f for f in cards if f.scope == scope and f.is_current],
                [c for c in charts if c.scope == scope],
            )
            for scope, label in Statistic.Scope.choices
        ]
        history = [f for f in cards if not f.is_current]
        return super().get_context_data(
            scopes=scopes, history=history, data_licence=settings.DATA_LICENCE, **kwargs
        )


def _filename(extension):
    return f"hopeportal-statistics-{translation.get_language()}.{extension}"


@require_GET
def statistics_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{_filename("csv")}"'
    response["Access-Control-Allow-Origin"] = "*"
    writer = csv.DictWriter(response, fieldnames=opendata.COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for values in opendata.rows():
        writer.writerow({k: "" if v is None else v for k, v in values.items()})
    return response


@require_GET
def statistics_json(request):
    data = {
        "language": translation.get_language(),
        "licence": settings.DATA_LICENCE,
        "licence_url": settings.DATA_LICENCE_URL,
        "columns": opendata.COLUMNS,
        "statistics": opendata.rows(),
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = f'inline; filename="{_filename("json")}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def datapackage_json(request):
    """The CSV's and JSON's description for data tools (Frictionless Data)."""
    response = JsonResponse(
        datapackage.package(), json_dumps_params={"ensure_ascii": False, "indent": 1}
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
