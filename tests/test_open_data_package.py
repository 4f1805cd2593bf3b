"""The open data as a data package (Frictionless Data): a data user's tools load
the CSV and the JSON, with types, key, reference and licence, from
datapackage.json alone, and `frictionless validate` finds nothing wrong."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from content.facts import opendata
from content.facts.models import Statistic

FRICTIONLESS = Path(sys.executable).with_name("frictionless")


def download(client, language, directory):
    """The package and its two files, saved side by side as a data user would."""
    with translation.override(language):
        urls = {name: reverse(f"facts:{name}") for name in ("datapackage", "csv", "json")}
    for url in urls.values():
        response = client.get(url)
        assert response.status_code == 200, url
        (directory / url.rsplit("/", 1)[-1]).write_bytes(response.content)
    return json.loads((directory / "datapackage.json").read_text())


@pytest.mark.parametrize("language", ["nb", "en"])
def test_frictionless_validate_passes(client, seed, language, tmp_path):
    package = download(client, language, tmp_path)
    assert [r["path"] for r in package["resources"]] == ["statistics.csv", "statistics.json"]
    result = subprocess.run(
        [str(FRICTIONLESS), "validate", "--json", str(tmp_path / "datapackage.json")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stdout)
    assert report["valid"], json.dumps(report, indent=1)[:4000]
    assert result.returncode == 0
    # Both resources were read row by row, not only their descriptors.
    rows = Statistic.objects.published().count()
    assert [task["stats"]["rows"] for task in report["tasks"]] == [rows, rows]


def test_a_broken_reference_fails_validation(client, seed, tmp_path):
    """The validator reads the reference: a row that points at no figure fails."""
    download(client, "en", tmp_path)
    csv_file = tmp_path / "statistics.csv"
    rows = list(csv.DictReader(io.StringIO(csv_file.read_text())))
    rows[0]["superseded_by"] = "999999"
    with csv_file.open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=opendata.COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    result = subprocess.run(
        [str(FRICTIONLESS), "validate", "--json", str(tmp_path / "datapackage.json")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stdout)
    assert not report["valid"]
    codes = {e["type"] for task in report["tasks"] for e in task["errors"]}
    assert "foreign-key" in codes


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_package_says_what_a_data_user_needs(client, seed, language):
    with translation.override(language):
        package = json.loads(client.get(reverse("facts:datapackage")).content)
    (licence,) = package["licenses"]
    assert licence["path"] == "https://creativecommons.org/licenses/by/4.0/"
    assert licence["title"] == settings.DATA_LICENCE == "CC BY 4.0"
    (publisher,) = package["contributors"]
    assert publisher["roles"] == ["publisher"] and publisher["path"].startswith(settings.SITE_URL)
    with translation.override(language):
        names = {s.source_name for s in Statistic.objects.published()}
    assert {s["title"] for s in package["sources"]} == names
    for resource in package["resources"]:
        schema = resource["schema"]
        assert [f["name"] for f in schema["fields"]] == opendata.COLUMNS
        assert all(f["description"] and f["type"] for f in schema["fields"])
        assert schema["primaryKey"] == ["id"]
        assert schema["foreignKeys"][0]["fields"] == ["superseded_by"]
        allowed = {f["name"]: f.get("constraints", {}).get("enum") for f in schema["fields"]}
        assert set(allowed["scope"]) == {"world", "norway"}
        assert set(allowed["unit"]) == set(Statistic.Unit.values)


def test_json_values_are_numbers_and_missing_values_null(client, seed):
    data = json.loads(client.get(reverse("facts:json")).content)
    assert data["licence_url"] == "https://creativecommons.org/licenses/by/4.0/"
    for row in data["statistics"]:
        assert isinstance(row["value"], int | float) and not isinstance(row["value"], bool)
        assert "" not in row.values(), row
    stat = Statistic.objects.published().exclude(data_year=None).first()
    (row,) = [r for r in data["statistics"] if r["id"] == stat.pk]
    assert row["value"] == float(stat.value * stat.magnitude)


def test_last_checked_is_filled_from_the_check_date(client, seed):
    import datetime

    stat = Statistic.objects.published().first()
    stat.last_checked = datetime.date(2026, 11, 29)
    stat.save()
    data = json.loads(client.get(reverse("facts:json")).content)
    (row,) = [r for r in data["statistics"] if r["id"] == stat.pk]
    assert row["last_checked"] == "2026-11-29"
