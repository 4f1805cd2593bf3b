"""The facts page's charts and the pages with schema.org data in Chromium:
no Content-Security-Policy violation, and charts that fit a phone, a desktop
and 400% zoom."""

import pytest
from django.urls import reverse
from django.utils import translation

from content.core.seed import load
from content.core.seed.content import SEED
from tests.support import require_chromium

require_chromium()

pytestmark = pytest.mark.browser

SCREENS = {
    "375px": {"viewport": {"width": 375, "height": 812}},
    "1280px": {"viewport": {"width": 1280, "height": 900}},
    # 1280 px at 400% lays the page out 320 CSS pixels wide.
    "1280px at 400%": {"viewport": {"width": 320, "height": 225}, "device_scale_factor": 4},
}

CSP_WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__violations.push(e.violatedDirective + " " + e.blockedURI));
"""

CHART_JS = """() => {
  const main = document.querySelector("main").getBoundingClientRect();
  return [...document.querySelectorAll(".hp-chart")].map((chart) => {
    const svg = chart.querySelector("svg").getBoundingClientRect();
    const table = chart.querySelector("table").getBoundingClientRect();
    const texts = [...chart.querySelectorAll("svg text")].map((t) => t.getBoundingClientRect());
    return {
      id: chart.id,
      svg: [svg.left, svg.right, svg.height],
      table: [table.left, table.right],
      main: [main.left, main.right],
      textsInside: texts.every((t) => t.right <= svg.right + 0.5 && t.left >= svg.left - 0.5),
      scroll: document.documentElement.scrollWidth <= window.innerWidth,
    };
  });
}"""


@pytest.mark.django_db(transaction=True)
def test_data_blocks_and_charts_cause_no_csp_violation(browser, live_server):
    load(SEED)
    context = browser.new_context()
    context.add_init_script(CSP_WATCH)
    page = context.new_page()
    messages = []
    page.on("console", lambda m: messages.append(m.text))
    failures = []
    for language in ("nb", "en"):
        with translation.override(language):
            urls = [reverse(n) for n in ("core:home", "contacts:index", "facts:index")]
        for url in urls:
            page.goto(live_server.url + url)
            assert page.locator('script[type="application/ld+json"], svg').count() > 0, url
            failures += [f"{url}: {v}" for v in page.evaluate("window.__violations")]
    failures += [m for m in messages if "Content Security Policy" in m]
    context.close()
    assert not failures


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["nb", "en"])
def test_charts_fit_phone_desktop_and_400_percent_zoom(browser, live_server, language):
    load(SEED)
    with translation.override(language):
        url = live_server.url + reverse("facts:index")
    failures = []
    for screen, options in SCREENS.items():
        context = browser.new_context(**options)
        page = context.new_page()
        page.goto(url)
        charts = page.evaluate(CHART_JS)
        assert len(charts) >= 3
        for c in charts:
            where = f"{c['id']} at {screen}"
            if not (c["main"][0] - 1 <= c["svg"][0] and c["svg"][1] <= c["main"][1] + 1):
                failures.append(f"{where}: the chart is wider than the page")
            if not (c["table"][1] <= c["main"][1] + 1):
                failures.append(f"{where}: the table is wider than the page")
            if c["svg"][2] < 50:
                failures.append(f"{where}: the chart is not drawn")
            if not c["textsInside"]:
                failures.append(f"{where}: a label runs out of the chart")
            if not c["scroll"]:
                failures.append(f"{where}: the page scrolls sideways")
        context.close()
    assert not failures, failures


@pytest.mark.django_db(transaction=True)
def test_charts_print(browser, live_server):
    load(SEED)
    context = browser.new_context()
    page = context.new_page()
    page.goto(live_server.url + reverse("facts:index"))
    page.emulate_media(media="print")
    visible = page.evaluate(
        "() => [...document.querySelectorAll('.hp-chart svg, .hp-chart table')]"
        ".every((el) => el.getBoundingClientRect().height > 0)"
    )
    bars = page.evaluate(
        "() => [...document.querySelectorAll('.hp-chart__bar')]"
        ".map((b) => getComputedStyle(b).fill)"
    )
    context.close()
    assert visible and bars and all(fill != "none" for fill in bars)
