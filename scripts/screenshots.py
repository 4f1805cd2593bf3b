"""Screenshots of every public page, both languages, phone and desktop width.

Usage: `make screenshots` (writes PNGs into screenshots/, which git ignores).
Serves the site with gunicorn on a spare port, so it shows what visitors get.
"""

import os
import sys
from pathlib import Path

import django

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hopeportal.settings")
django.setup()

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.support import launch_args, served  # noqa: E402
from tests.urls import all_public_urls  # noqa: E402

WIDTHS = {"phone": (375, 800), "desktop": (1280, 900)}


def main(out=BASE_DIR / "screenshots", only=None):
    out.mkdir(exist_ok=True)
    with served() as base:
        urls = [u for u in all_public_urls() if not only or any(o in u for o in only)]
        with sync_playwright() as p:
            browser = p.chromium.launch(**launch_args())
            for name, (width, height) in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                for url in urls:
                    page.goto(base + url)
                    slug = url.strip("/").replace("/", "_") or "home"
                    page.screenshot(path=out / f"{slug}--{name}.png", full_page=True)
                page.close()
            browser.close()
        print(f"{len(urls) * len(WIDTHS)} screenshots in {out}")


if __name__ == "__main__":
    main(only=sys.argv[1:])
