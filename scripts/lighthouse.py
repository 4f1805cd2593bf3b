"""Lighthouse scores for the home and help pages in every language.

Usage: `make lighthouse`. Serves the site with gunicorn on a spare port, runs
Lighthouse 12.2.3 (package-lock.json) on Debian's Chromium with its default
mobile settings, prints each page's four category scores and writes the full
reports into lighthouse/ (git-ignored). Exits non-zero when a score is below
its target: performance 95, accessibility, best practices and SEO 100.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import django

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hopeportal.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from tests.support import chromium_path, served  # noqa: E402

TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
PAGE_NAMES = ["core:home", "contacts:index"]
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu"
# Now and then Lighthouse gets no usable trace ("NO_NAVSTART: please run
# Lighthouse again"); it is then run again, up to this many times in all.
ATTEMPTS = 3


def pages():
    """The home and help pages in every language: /, /hjelp/, /en/, /en/help/."""
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            yield from (reverse(name) for name in PAGE_NAMES)


def lighthouse(url, report):
    """Runs Lighthouse on `url`, writes its JSON to `report`, returns the scores."""
    command = [
        *("npx", "--no-install", "lighthouse", url),
        f"--chrome-flags={CHROME_FLAGS}",
        *("--output=json", f"--output-path={report}", "--quiet"),
    ]
    env = {**os.environ, "CHROME_PATH": chromium_path()}
    for attempt in range(1, ATTEMPTS + 1):
        if subprocess.run(command, cwd=BASE_DIR, env=env).returncode == 0:
            break
        print(f"Lighthouse failed on {url} (attempt {attempt} of {ATTEMPTS})", file=sys.stderr)
    else:
        raise SystemExit(f"Lighthouse failed on {url} {ATTEMPTS} times")
    result = json.loads(report.read_text())
    scores = {key: round(cat["score"] * 100) for key, cat in result["categories"].items()}
    # Audits that cost points in the categories that must be perfect.
    lost = sorted(
        {
            ref["id"]
            for key, category in result["categories"].items()
            if key != "performance"
            for ref in category["auditRefs"]
            if ref["weight"] and (result["audits"][ref["id"]]["score"] or 0) < 1
        }
    )
    return scores, lost


def main():
    if not chromium_path():
        raise SystemExit("Chromium not found: install it with `apt-get install chromium`")
    if not (BASE_DIR / "node_modules" / ".bin" / "lighthouse").exists():
        raise SystemExit("Lighthouse not installed: run `npm ci` (make lighthouse does)")
    out = BASE_DIR / "lighthouse"
    out.mkdir(exist_ok=True)
    below = []
    header = f"{'page':<12}" + "".join(f"{key:>16}" for key in TARGETS)
    with served() as base:
        print(header)
        for path in pages():
            slug = path.strip("/").replace("/", "_") or "home"
            scores, lost = lighthouse(base + path, out / f"{slug}.json")
            print(f"{path:<12}" + "".join(f"{scores[key]:>16}" for key in TARGETS))
            below += [
                f"{path}: {key} {scores[key]} < {target}"
                for key, target in TARGETS.items()
                if scores[key] < target
            ]
            if lost:
                print(f"{'':<12}failed audits: {', '.join(lost)}")
    print(f"Reports in {out}")
    if below:
        raise SystemExit("Below target:\n" + "\n".join(below))


if __name__ == "__main__":
    main()
