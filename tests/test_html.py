"""Every public page is valid HTML: zero errors from the Nu HTML Checker (vnu-jar).

The pages come from tests/urls.py, in every language, with each language's 404
page; vnu runs once for all of them, and each page is a test of its own.
`make test` installs vnu-jar from package-lock.json (npm ci).
"""

import json
import os
import shutil
import subprocess

import pytest
from django.conf import settings

from tests.urls import seed_page_params

VNU = settings.BASE_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Every page in every language, and each language's 404 page: (url, status).
PAGES = seed_page_params()
BROKEN = '<!DOCTYPE html><html lang="en"><title>Broken</title><ul><p>Not a list item</p></ul>'


def vnu_or_skip():
    java = shutil.which("java")
    if java and VNU.exists():
        return java
    missing = (
        "Java not found: install it with `apt-get install default-jre-headless`"
        if not java
        else "vnu-jar not found: install it with `npm ci` (`make test` does)"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"{missing}; CI needs the HTML check", pytrace=False)
    pytest.skip(f"{missing} to run the HTML check")


@pytest.fixture(scope="session")
def vnu_results(crawl, tmp_path_factory):
    """vnu run once on every page of the run's crawl (it takes seconds to
    start): {url: [errors]}."""
    java = vnu_or_skip()
    tmp_path = tmp_path_factory.mktemp("vnu")
    files = {}
    for url, page in crawl.items():
        path = tmp_path / f"page-{len(files):03}.html"
        path.write_text(page.html, encoding="utf-8")
        files[path.name] = url
    broken = tmp_path / "broken.html"
    broken.write_text(BROKEN)
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout", tmp_path],
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = {}  # url -> vnu's errors in it
    for message in json.loads(result.stdout)["messages"]:
        if message["type"] in ("error", "non-document-error"):
            name = message.get("url", "").rpartition("/")[2]
            errors.setdefault(files.get(name, name), []).append(message)
    # Checked with the pages, to prove that vnu runs and that its errors are read.
    assert errors.pop(broken.name, None), "vnu found no error in a broken page: " + result.stdout
    return {url: errors.get(url, []) for url in crawl}


@pytest.mark.parametrize("url", [pytest.param(p.values[0], id=p.id) for p in PAGES])
def test_page_is_valid_html(vnu_results, url):
    errors = vnu_results[url]
    problems = [
        f"{url} line {m.get('lastLine', '?')}: {m['message']} {m.get('extract', '')!r}"
        for m in errors
    ]
    assert not problems, f"{len(problems)} HTML errors:\n" + "\n".join(problems)
