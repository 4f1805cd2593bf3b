"""Draws static/img/share.png, the picture link previews show (1200 x 630, the
size Open Graph consumers expect; most do not accept SVG). Run it again only
when the wording or the colours change: `.venv/bin/python scripts/share_image.py`.
Needs Chromium (as the browser tests do)."""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from tests.support import launch_args  # noqa: E402

OUT = BASE_DIR / "static" / "img" / "share.png"
HTML = """<!DOCTYPE html><html lang="nb"><meta charset="utf-8"><style>
body { margin: 0; width: 1200px; height: 630px; background: #0b3d5c; color: #fff;
  font-family: system-ui, "DejaVu Sans", sans-serif; display: flex; flex-direction: column;
  justify-content: center; padding: 0 90px; box-sizing: border-box; }
p { margin: 0; }
.org { font-size: 34px; font-weight: 700; letter-spacing: 0.02em; border-left: 10px solid #ffdd00;
  padding-left: 24px; margin-bottom: 56px; }
.nb { font-size: 68px; font-weight: 700; line-height: 1.1; margin-bottom: 28px; }
.en { font-size: 40px; line-height: 1.2; color: #d6e4ee; }
</style>
<p class="org">Hope for Justice Norge</p>
<p class="nb">Menneskehandel skjer også i&nbsp;Norge</p>
<p class="en" lang="en">Human trafficking happens in Norway too</p>
</html>"""


def main():
    with sync_playwright() as p:
        browser = p.chromium.launch(**launch_args())
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        page.set_content(HTML)
        page.screenshot(path=str(OUT))
        browser.close()
    print(f"{OUT.relative_to(BASE_DIR)}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
