"""The statistics' data package (Frictionless Data, datapackage.json): what a
data user needs to load the CSV and JSON beside it without reading our docs:
each column's type, meaning and allowed values, the key, the `superseded_by`
reference, the licence with its address, the publisher and every source.

The texts are here in both languages rather than in the message catalogues:
they describe the files' columns, which are a fixed promise (opendata.COLUMNS).
"""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from content.core.siteurl import absolute_url

from . import opendata
from .models import Statistic

TEXTS = {
    "en": {
        "title": "Statistics on human trafficking and modern slavery",
        "description": (
            "Every figure published on the facts page of Hope for Justice Norway, "
            "with what it counts, the year it covers and its source. The same "
            "table as CSV and as JSON."
        ),
        "csv": "The statistics as CSV (UTF-8, comma-separated, header row).",
        "json": 'The statistics as JSON: the rows are the objects under "statistics".',
        "id": "The figure's number: fixed, never reused.",
        "value": "The figure as a plain number (49.6 million is 49600000).",
        "display": "The figure as the site writes it in this language.",
        "unit": "What the value is in: count, percent, usd or nok.",
        "label": "What the figure counts.",
        "scope": "Where: world or norway.",
        "data_year": "The year the data covers; empty when the source does not say.",
        "published_year": "The year the source published the figure.",
        "source_name": "Who published the figure.",
        "source_url": "Where the source publishes it; empty when it has no web address.",
        "superseded_by": "The id of a newer figure that replaces this one; empty if none.",
        "last_checked": "When an editor last checked the figure against its source.",
        "licence": "The licence the figure is published under here.",
    },
    "nb": {
        "title": "Statistikk om menneskehandel og moderne slaveri",
        "description": (
            "Alle tallene på faktasiden til Hope for Justice Norge, med hva de "
            "teller, hvilket år de gjelder og hvor de kommer fra. Den samme "
            "tabellen som CSV og som JSON."
        ),
        "csv": "Statistikken som CSV (UTF-8, kommaseparert, med overskriftsrad).",
        "json": 'Statistikken som JSON: radene er objektene under "statistics".',
        "id": "Tallets nummer: fast, og brukes aldri på nytt.",
        "value": "Tallet som et rent tall (49,6 millioner er 49600000).",
        "display": "Tallet slik nettstedet skriver det på dette språket.",
        "unit": "Hva verdien er i: count (antall), percent (prosent), usd eller nok.",
        "label": "Hva tallet teller.",
        "scope": "Hvor: world (verden) eller norway (Norge).",
        "data_year": "Året dataene gjelder; tomt når kilden ikke sier det.",
        "published_year": "Året kilden publiserte tallet.",
        "source_name": "Hvem som publiserte tallet.",
        "source_url": "Hvor kilden publiserer det; tomt når den ikke har en nettadresse.",
        "superseded_by": "Nummeret (id) på et nyere tall som erstatter dette; tomt ellers.",
        "last_checked": "Når en redaktør sist sjekket tallet mot kilden.",
        "licence": "Lisensen tallet er publisert under her.",
    },
}


def texts():
    return TEXTS.get(get_language(), TEXTS["en"])


def table_schema():
    text = texts()
    fields = {
        "id": {"type": "integer", "constraints": {"required": True, "unique": True}},
        "value": {"type": "number", "constraints": {"required": True}},
        "display": {"type": "string", "constraints": {"required": True}},
        "unit": {
            "type": "string",
            "constraints": {"required": True, "enum": list(Statistic.Unit.values)},
        },
        "label": {"type": "string", "constraints": {"required": True}},
        "scope": {
            "type": "string",
            "constraints": {"required": True, "enum": list(Statistic.Scope.values)},
        },
        "data_year": {"type": "integer", "constraints": {"minimum": 1900}},
        "published_year": {"type": "integer", "constraints": {"required": True, "minimum": 1900}},
        "source_name": {"type": "string", "constraints": {"required": True}},
        "source_url": {"type": "string", "format": "uri"},
        "superseded_by": {"type": "integer"},
        "last_checked": {"type": "date"},
        "licence": {
            "type": "string",
            "constraints": {"required": True, "enum": [settings.DATA_LICENCE]},
        },
    }
    return {
        "fields": [
            {"name": name, "description": text[name], **field} for name, field in fields.items()
        ],
        "primaryKey": ["id"],
        # A newer figure in the same table; "" is this resource (Table Schema v1).
        "foreignKeys": [
            {"fields": ["superseded_by"], "reference": {"resource": "", "fields": ["id"]}}
        ],
        # One way for a missing value: an empty cell in the CSV (null in the JSON).
        "missingValues": [""],
    }


def publisher():
    with translation.override(settings.LANGUAGE_CODE):
        home = absolute_url(reverse("core:home"))
    return {
        "title": translation.gettext("Hope for Justice Norway"),
        "path": home,
        "role": "publisher",
        "roles": ["publisher"],
    }


def sources(rows):
    """Every source a figure comes from, once, in the table's order."""
    seen = {}
    for values in rows:
        key = (values["source_name"], values["source_url"])
        if key not in seen:
            seen[key] = {"title": values["source_name"]}
            if values["source_url"]:
                seen[key]["path"] = values["source_url"]
    return list(seen.values())


def package():
    """The data package for the active language; its resources are the CSV and
    the JSON at addresses relative to it (they are served beside it)."""
    text = texts()
    language = get_language()
    schema = table_schema()
    licence = {"title": settings.DATA_LICENCE, "path": settings.DATA_LICENCE_URL}
    if settings.DATA_LICENCE == "CC BY 4.0":
        licence["name"] = "CC-BY-4.0"  # the Open Definition / SPDX identifier
    return {
        "name": f"hopeportal-statistics-{language}",
        "title": text["title"],
        "description": text["description"],
        "homepage": absolute_url(reverse("facts:index")),
        "image": absolute_url(static("img/share.png")),
        "licenses": [licence],
        "contributors": [publisher()],
        "sources": sources(opendata.rows()),
        "keywords": ["human trafficking", "modern slavery", "Norway"],
        "resources": [
            {
                "name": "statistics",
                "path": reverse("facts:csv").rsplit("/", 1)[-1],
                "profile": "tabular-data-resource",
                "title": text["title"],
                "description": text["csv"],
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            },
            {
                "name": "statistics-json",
                "path": reverse("facts:json").rsplit("/", 1)[-1],
                "profile": "tabular-data-resource",
                "title": text["title"],
                "description": text["json"],
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                # The rows are the objects under "statistics": said the Data
                # Package v2 way and the way frictionless 5 reads it.
                "dialect": {
                    "property": "statistics",
                    "itemType": "object",
                    "itemKeys": opendata.COLUMNS,
                    "json": {"property": "statistics", "keyed": True, "keys": opendata.COLUMNS},
                },
                "schema": schema,
            },
        ],
    }
