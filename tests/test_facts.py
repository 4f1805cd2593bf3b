"""Figures as charts and as open data."""

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from content.facts import opendata
from content.facts.models import Series, Statistic


def facts_html(client, language):
    with translation.override(language):
        return client.get(reverse("facts:index")).content.decode()


def chart_blocks(html):
    return re.findall(r'<div class="hp-chart" id="series-(\d+)">(.*?)</table>', html, re.S)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_published_series_is_a_chart_with_title_description_and_table(client, seed, language):
    html = facts_html(client, language)
    blocks = dict(chart_blocks(html))
    series = Series.objects.published()
    assert series.count() >= 3 and set(blocks) == {str(s.pk) for s in series}
    with translation.override(language):
        for s in series:
            block = blocks[str(s.pk)]
            svg = block.split("<svg", 1)[1].split("</svg>")[0]
            assert 'role="img"' in svg
            assert f'aria-labelledby="chart-{s.pk}-title chart-{s.pk}-desc"' in svg
            assert f'<title id="chart-{s.pk}-title">{s.title}</title>' in svg
            desc = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S).group(1)
            stats = list(s.statistics.published().order_by("series_order"))
            for stat in stats:
                # The picture's words, the bar's value and the table row all
                # carry the statistic's own value.
                assert stat.formatted_value in desc
                assert f">{stat.formatted_value}</text>" in svg
                row = block.split(f'<tr id="figure-{stat.pk}">')[1].split("</tr>")[0]
                assert stat.label in row and stat.formatted_value in row
                assert f" ({stat.data_year})</th>" in row
            # The bars come in the series' order, and are as long as their values.
            widths = [float(w) for w in re.findall(r'<rect[^>]* width="([\d.]+)"', svg)]
            assert len(widths) == len(stats)
            values = [float(st.value) * st.magnitude for st in stats]
            for value, width in zip(values, widths, strict=True):
                assert width / max(widths) == pytest.approx(value / max(values), abs=0.01)
            assert "style=" not in block


def test_chart_shows_sources_and_data_years(client, seed):
    html = facts_html(client, "en")
    series = Series.objects.get(title_en__startswith="Forced labour and forced marriage")
    block = html.split(f'id="series-{series.pk}"')[1].split('<div class="hp-chart"')[0]
    assert "Data for 2016, 2021." in block
    assert "Global Estimates of Modern Slavery (2017)" in block
    assert "Global Estimates of Modern Slavery (September 2022)" in block
    # The 2017 report's own summary page, not alliance87.org's front page.
    assert (
        'href="https://www.walkfreefoundation.org/news/resource/global-estimates-modern-slavery-'
        'forced-labour-forced-marriage-2017-executive-summary/" rel="noreferrer"'
    ) in block


def test_global_estimates_series_holds_both_years_of_both_forms(seed):
    series = Series.objects.get(title_en__startswith="Forced labour and forced marriage")
    got = {(s.label_en, s.data_year, float(s.value)) for s in series.statistics.all()}
    assert got == {
        ("people in forced labour worldwide", 2016, 24.9),
        ("people in forced labour worldwide", 2021, 27.6),
        ("people in forced marriage worldwide", 2016, 15.4),
        ("people in forced marriage worldwide", 2021, 22.0),
    }


def test_an_unpublished_series_is_no_chart_and_its_figures_are_cards_again(client, seed):
    series = Series.objects.get(title_en__startswith="Reports of human trafficking")
    series.is_published = False
    series.save()
    html = facts_html(client, "nb")
    assert f'id="series-{series.pk}"' not in html
    for stat in series.statistics.published():
        assert f'class="hp-figure" id="figure-{stat.pk}"' in html


def test_facts_page_with_charts_keeps_the_query_budget(client, seed, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        facts_html(client, "nb")


# -- Open data ------------------------------------------------------------------


def expected_rows(language):
    """What the open data must say, built here from the models, not the exporter."""
    with translation.override(language):
        rows = []
        published = set(Statistic.objects.published().values_list("pk", flat=True))
        for stat in Statistic.objects.published():
            rows.append(
                {
                    "id": str(stat.pk),
                    "value": opendata.plain_number(stat.value, stat.magnitude),
                    "display": stat.formatted_value,
                    "unit": stat.unit,
                    "label": stat.label,
                    "scope": stat.scope,
                    "data_year": str(stat.data_year or ""),
                    "published_year": str(stat.published_year),
                    "source_name": stat.source_name,
                    "source_url": stat.source_url,
                    "superseded_by": str(stat.superseded_by_id or "")
                    if stat.superseded_by_id in published or not stat.superseded_by_id
                    else "",
                    "last_checked": str(getattr(stat, "last_checked", None) or ""),
                    "licence": "CC BY 4.0",
                }
            )
        return rows


@pytest.mark.parametrize("language", ["nb", "en"])
def test_csv_holds_every_published_statistic_exactly(client, seed, language):
    with translation.override(language):
        response = client.get(reverse("facts:csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    reader = csv.DictReader(io.StringIO(response.content.decode("utf-8")))
    assert reader.fieldnames == opendata.COLUMNS
    assert list(reader) == expected_rows(language)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_json_holds_every_published_statistic_exactly(client, seed, language):
    with translation.override(language):
        response = client.get(reverse("facts:json"))
    data = json.loads(response.content)
    assert data["language"] == language and data["licence"] == "CC BY 4.0"
    assert data["columns"] == opendata.COLUMNS
    as_text = [
        {k: "" if v is None else str(v) for k, v in row.items()} for row in data["statistics"]
    ]
    assert as_text == expected_rows(language)
    assert all(isinstance(row["id"], int) for row in data["statistics"])


def test_unpublished_statistics_are_not_open_data(client, seed):
    draft = Statistic.objects.get(value=6.7)
    assert not draft.is_published
    data = json.loads(client.get(reverse("facts:json")).content)
    assert draft.pk not in {row["id"] for row in data["statistics"]}
    assert len(data["statistics"]) == Statistic.objects.published().count()


def test_licence_comes_from_the_setting(client, seed, settings):
    settings.DATA_LICENCE = "CC0 1.0"
    rows = list(csv.DictReader(io.StringIO(client.get(reverse("facts:csv")).content.decode())))
    assert {row["licence"] for row in rows} == {"CC0 1.0"}
    assert "CC0 1.0" in facts_html(client, "nb")


@pytest.mark.parametrize("language", ["nb", "en"])
def test_facts_page_links_the_open_data(client, seed, language):
    html = facts_html(client, language)
    with translation.override(language):
        assert f'href="{reverse("facts:csv")}"' in html
        assert f'href="{reverse("facts:json")}"' in html


class _Validator(HTMLParser):
    """Catches mismatched tags in the chart markup."""

    def __init__(self):
        super().__init__()
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag not in {"meta", "link", "br", "input", "img", "hr"}:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()


def test_chart_markup_is_balanced(client, seed):
    html = facts_html(client, "nb")
    blocks = chart_blocks(html)
    # Passing with no chart found would check nothing: one per published series.
    assert len(blocks) == Series.objects.published().count() >= 3
    for _pk, block in blocks:
        validator = _Validator()
        validator.feed(block + "</table>")


def test_a_site_seeded_before_series_existed_gets_the_charts(seed):
    """Migration 0003: the seed loader never changes a loaded figure, so the
    migration puts the seeded figures into the seed's series."""
    import importlib

    from django.apps import apps

    from content.core.models import SeedRecord
    from content.core.seed import load
    from content.core.seed.content import SEED

    migration = importlib.import_module(
        "content.facts.migrations.0004_series_for_existing_installs"
    )
    expected = {
        s.title_en: sorted((st.pk, st.series_order) for st in s.statistics.all())
        for s in Series.objects.all()
    }
    # As such a site is: its figures loaded, no series, and no figure in one.
    new_keys = [k for k, label, f in SEED if label == "facts.Statistic" and "series" in f]
    Statistic.objects.update(series=None, series_order=0)
    Series.objects.all().delete()
    SeedRecord.objects.filter(key__startswith="series-").delete()
    edited = Statistic.objects.get(value=27, scope="norway")
    editors_series = Series.objects.create(title="Chosen by an editor")
    edited.series = editors_series
    edited.save()

    migration.add_series(apps, None)
    load(SEED)

    got = {
        s.title_en: sorted((st.pk, st.series_order) for st in s.statistics.all())
        for s in Series.objects.exclude(pk=editors_series.pk)
    }
    reports = "Reports of human trafficking to the police in 2023"
    assert got.keys() == expected.keys() and len(new_keys) >= 9
    assert {k: v for k, v in got.items() if k != reports} == {
        k: v for k, v in expected.items() if k != reports
    }
    # The figure the editor had put in a series stays there.
    edited.refresh_from_db()
    assert edited.series == editors_series
    assert edited.pk not in [pk for pk, _order in got[reports]]
