"""Every published statistic as open data (CSV and JSON), in the active language.

The column names are a promise to whoever reuses the data: they are listed in
docs/editing.md and never renamed. A new column may be added at the end.
"""

from decimal import Decimal

from django.conf import settings

from .models import Statistic

COLUMNS = [
    "id",
    "value",
    "display",
    "unit",
    "label",
    "scope",
    "data_year",
    "published_year",
    "source_name",
    "source_url",
    "superseded_by",
    "last_checked",
    "licence",
]


def plain_number(value, magnitude):
    """49.6 million as 49600000: the whole number, no exponent, no grouping."""
    number = (Decimal(value) * magnitude).normalize()
    return format(number, "f")


def json_number(value, magnitude):
    """The same number as a JSON number: 49600000, 12.5 (never a string)."""
    number = Decimal(plain_number(value, magnitude))
    return int(number) if number == number.to_integral_value() else float(number)


def row(stat, published_ids):
    """One figure; a value it does not have is None (an empty cell in the CSV,
    null in the JSON), never an empty string."""
    last_checked = stat.last_checked
    superseded_by = stat.superseded_by_id if stat.superseded_by_id in published_ids else None
    return {
        "id": stat.pk,
        "value": json_number(stat.value, stat.magnitude),
        "display": stat.formatted_value,
        "unit": stat.unit,
        "label": stat.label,
        "scope": stat.scope,
        "data_year": stat.data_year,
        "published_year": stat.published_year,
        "source_name": stat.source_name,
        "source_url": stat.source_url or None,
        "superseded_by": superseded_by,
        "last_checked": last_checked.isoformat() if last_checked else None,
        "licence": settings.DATA_LICENCE,
    }


def rows():
    """One dict per published statistic, in the facts page's order."""
    statistics = list(Statistic.objects.published())
    published_ids = {stat.pk for stat in statistics}
    return [row(stat, published_ids) for stat in statistics]
