"""Every public page is valid HTML: zero errors from the Nu HTML Checker (vnu-jar).

The pages come from tests/urls.py, in every language, with each language's 404
page; vnu runs once for all of them. `make test` installs vnu-jar from
package-lock.json (npm ci).
"""

import json
import os
import shutil
import subprocess

import pytest
from django.conf import settings

from tests.urls import all_public_urls

VNU = settings.BASE_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
NOT_FOUND = ["/finnes-ikke/", "/en/does-not-exist/"]
# Checked with the pages, to prove that vnu runs and that its errors are read.
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


def test_every_page_is_valid_html(client, seed, tmp_path):
    java = vnu_or_skip()
    files = {}
    for url in [*all_public_urls(), *NOT_FOUND]:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / f"page-{len(files):03}.html"
        path.write_bytes(response.content)
        files[path.name] = url
    broken = tmp_path / "broken.html"
    broken.write_text(BROKEN)
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout", tmp_path],
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = {}  # file name -> vnu's errors in it
    for message in json.loads(result.stdout)["messages"]:
        if message["type"] in ("error", "non-document-error"):
            name = message.get("url", "").rpartition("/")[2]
            errors.setdefault(name, []).append(message)
    assert errors.pop(broken.name, None), "vnu found no error in a broken page: " + result.stdout
    problems = [
        f"{files.get(name, name)} line {m.get('lastLine', '?')}: {m['message']} "
        f"{m.get('extract', '')!r}"
        for name, found in sorted(errors.items())
        for m in found
    ]
    assert len(files) > 20
    assert not problems, f"{len(problems)} HTML errors:\n" + "\n".join(problems)
