"""Every public page in a real browser (Playwright driving Debian's Chromium):
accessibility (axe-core), headings, images, keyboard use, focus, zoom and reflow,
and the site without JavaScript.

The pages come from tests/urls.py (the URL configuration and the published
content), so a new page is checked without anyone adding it here. Each page is
a test of its own, named by its address (`pytest -k hjelp` checks the help
page), and reports every problem it finds on that page at once.
"""

from urllib.parse import urldefrag, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.support import require_chromium
from tests.urls import one_page_per_pattern, seed_page_params

# Skips this module with one line where Chromium is missing; fails under CI=true.
require_chromium()

pytestmark = pytest.mark.browser

# Every page in every language, and each language's 404 page: (url, status).
PAGES = seed_page_params()
WIDTHS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
# Every WCAG 2.0 and 2.1 rule at levels A and AA, and axe's best practices.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
FOCUSABLE_CSS = "a[href], button, input:not([type=hidden]), select, textarea, summary"

# Shared by the checks below: a short name for an element in a report.
DESCRIBE = """
const describe = (el) => {
  let name = el.tagName.toLowerCase();
  if (el.id) name += "#" + el.id;
  if (typeof el.className === "string" && el.className.trim())
    name += "." + el.className.trim().split(/\\s+/).join(".");
  const href = el.getAttribute("href");
  if (href) name += `[href="${href}"]`;
  const text = (el.innerText || el.getAttribute("aria-label") || "").trim().replace(/\\s+/g, " ");
  if (text) name += ` "${text.slice(0, 40)}"`;
  return name;
};
const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, ' +
  'textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], ' +
  '[tabindex]:not([tabindex^="-"])';
const focusIndicator = (el) => {
  const cs = getComputedStyle(el);
  return (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== "none";
};
const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
"""

HEADINGS_JS = (
    "() => {"
    + DESCRIBE
    + """
  return [...document.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]")]
    .filter((el) => el.checkVisibility())
    .map((el) => ({
      level: el.getAttribute("role") === "heading"
        ? parseInt(el.getAttribute("aria-level") || "2", 10)
        : parseInt(el.tagName[1], 10),
      name: describe(el),
    }));
}"""
)

IMAGES_JS = (
    "() => {"
    + DESCRIBE
    + """
  const problems = [];
  for (const img of document.querySelectorAll("img, input[type=image], area")) {
    if (!img.hasAttribute("alt")) problems.push(`${describe(img)} has no alt attribute`);
  }
  for (const img of document.querySelectorAll("img[alt='']")) {
    if (img.closest("a, button") && !img.closest("a, button").innerText.trim())
      problems.push(`${describe(img)} is the only content of a link but has an empty alt`);
  }
  for (const el of document.querySelectorAll("svg, [role=img], picture, canvas, object")) {
    const role = el.getAttribute("role");
    if (el.closest("[aria-hidden=true]") || role === "presentation" || role === "none") continue;
    const named = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") ||
      el.querySelector(":scope > title") || el.tagName === "PICTURE";
    if (!named) problems.push(`${describe(el)} has no text alternative (aria-label or <title>)`);
  }
  return problems;
}"""
)

# The element that has focus now: whether it shows that it has.
FOCUSED_JS = (
    "() => {"
    + DESCRIBE
    + """
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const seen = el.hasAttribute("data-hp-reached");
  el.setAttribute("data-hp-reached", "");
  const r = el.getBoundingClientRect();
  return {
    name: describe(el),
    seen,
    indicator: focusIndicator(el),
    sized: r.width > 0 && r.height > 0,
    inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    collapsed: el.getAttribute("aria-expanded") === "false",
    controls: el.getAttribute("aria-controls"),
    isSkipLink: el.matches("a[href^='#']") &&
      document.getElementById(el.getAttribute("href").slice(1)) === document.querySelector("main"),
    inMain: !!el.closest("main"),
    isMain: el === document.querySelector("main"),
  };
}"""
)

OPENED_JS = """(id) => {
  const el = id && document.getElementById(id);
  const expanded = document.activeElement.getAttribute("aria-expanded") === "true";
  return !!el && el.checkVisibility() && expanded;
}"""

# What Tab never reached, and what looks clickable but a keyboard cannot use.
UNREACHED_JS = (
    "() => {"
    + DESCRIBE
    + """
  const reached = (el) => el.hasAttribute("data-hp-reached") ||
    (el.type === "radio" && el.name && [...document.getElementsByName(el.name)]
      .some((r) => r.hasAttribute("data-hp-reached")));
  const problems = [];
  for (const el of document.querySelectorAll(FOCUSABLE)) {
    if (el.disabled || el.closest("[inert]") || !shown(el) || reached(el)) continue;
    problems.push(`Tab never reaches ${describe(el)}`);
  }
  // A menu link stays out of reach if it is hidden and no button opens it.
  for (const el of document.querySelectorAll("nav a[href]")) {
    if (!shown(el) && !reached(el)) problems.push(`menu link ${describe(el)} is hidden for good`);
  }
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest(FOCUSABLE) || el.closest("label") || !shown(el)) continue;
    if (el.hasAttribute("onclick") || getComputedStyle(el).cursor === "pointer")
      problems.push(`${describe(el)} looks clickable but is no link or button (mouse only)`);
  }
  return problems;
}"""
)

OVERFLOW_JS = (
    "() => {"
    + DESCRIBE
    + """
  const root = document.documentElement;
  const width = root.clientWidth;
  const problems = [];
  if (root.scrollWidth > width) {
    const wide = [...document.body.querySelectorAll("*")].filter(
      (el) => shown(el) && el.getBoundingClientRect().right > width + 1);
    const innermost = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
    const edge = (el) => Math.round(el.getBoundingClientRect().right);
    problems.push(
      `scrolls sideways: ${root.scrollWidth}px wide in a ${width}px window, because of ` +
      innermost.slice(0, 4).map((el) => `${describe(el)} (right edge ${edge(el)}px)`).join(", "));
  }
  for (const el of document.body.querySelectorAll("*")) {
    const cs = getComputedStyle(el);
    if (!["hidden", "clip"].includes(cs.overflowX) || el.clientWidth <= 1 || !shown(el)) continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.innerText.trim())
      problems.push(
        `${describe(el)} cuts off its text (${el.scrollWidth}px in ${el.clientWidth}px)`);
  }
  return problems;
}"""
)


# --- The checks: each returns a list of problems, empty when all is well. ---


def axe_problems(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    problems = []
    for violation in results.response["violations"]:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        more = len(violation["nodes"]) - 5
        problems.append(
            f"axe {violation['id']} ({violation['impact']}): {violation['help']}: {targets}"
            + (f" and {more} more" if more > 0 else "")
        )
    return problems


def heading_problems(page):
    headings = page.evaluate(HEADINGS_JS)
    problems = []
    ones = [h["name"] for h in headings if h["level"] == 1]
    if len(ones) != 1:
        problems.append(f"{len(ones)} h1 headings, not one: {ones}")
    level = 0
    for heading in headings:
        if heading["level"] > level + 1:
            problems.append(
                f"heading level skipped: h{heading['level']} after h{level}: {heading['name']}"
            )
        level = heading["level"]
    return problems


def image_problems(page):
    return page.evaluate(IMAGES_JS)


def skip_link_problems(page):
    """The first Tab reaches the skip link, which shows itself and moves focus to <main>."""
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED_JS)
    if not first or not first["isSkipLink"]:
        return [f"the first Tab reaches {first and first['name']}, not a skip link to <main>"]
    problems = []
    if not (first["inView"] and first["sized"] and first["indicator"]):
        problems.append(f"the skip link is not visible when focused: {first['name']}")
    page.keyboard.press("Enter")
    landed = page.evaluate(FOCUSED_JS)
    if not landed or not (landed["isMain"] or landed["inMain"]):
        problems.append(f"the skip link moves focus to {landed and landed['name']}, not <main>")
    elif page.locator(f"main :is({FOCUSABLE_CSS})").count():
        page.keyboard.press("Tab")
        following = page.evaluate(FOCUSED_JS)
        if not following or not following["inMain"]:
            name = following and following["name"]
            problems.append(f"after the skip link the next Tab goes to {name}, outside <main>")
    return problems


def keyboard_problems(page):
    """Tab through the whole page: every control is reached and shows its focus, and
    collapsed menus open with Enter."""
    problems = []
    limit = page.evaluate(f"() => document.querySelectorAll('{FOCUSABLE_CSS}, [tabindex]').length")
    for _ in range(2 * limit + 10):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused is None or focused["seen"]:
            break  # out of the page, or round again
        if not focused["indicator"]:
            problems.append(f"no visible focus (outline or box-shadow) on {focused['name']}")
        elif not (focused["sized"] and focused["inView"]):
            problems.append(f"focus goes to something not on screen: {focused['name']}")
        if focused["collapsed"]:
            page.keyboard.press("Enter")
            if not page.evaluate(OPENED_JS, focused["controls"]):
                problems.append(f"Enter does not open {focused['name']}")
    else:
        problems.append("Tab never leaves the page (keyboard trap?)")
    return problems + page.evaluate(UNREACHED_JS)


def overflow_problems(page):
    return page.evaluate(OVERFLOW_JS)


def styled(page):
    """Guards the checks against a page whose stylesheet did not load."""
    return page.evaluate("() => getComputedStyle(document.body).margin === '0px'")


def visit(page, base, url, status, failures):
    response = page.goto(base + url)
    if response.status != status:
        failures.append(f"{url}: answers {response.status}, not {status}")
        return False
    if not styled(page):
        failures.append(f"{url}: the stylesheet did not load")
        return False
    return True


def report(failures, what):
    return f"{len(failures)} {what} problems:\n" + "\n".join(failures)


# --- The test: one per page (its address is the test's id: `pytest -k hjelp`). ---
# All the checks of a page run in one browser context, one after the other:
# axe and the keyboard at two widths, reflow, then the page without JavaScript.

# No sideways scrolling and no cut-off text on a 320 px screen, or at 1280 px
# zoomed to 200% (which lays the page out 640 CSS pixels wide).
REFLOW = {"320px": {"width": 320, "height": 640}, "1280px at 200%": {"width": 640, "height": 450}}


def accessibility_problems(page, base, url, status):
    """axe-core, headings, images, skip link, visible focus, everything reachable
    with Tab: at a phone's width and a desktop's."""
    problems = []
    for width, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        page.goto(base + url)
        found = axe_problems(page) + heading_problems(page) + image_problems(page)
        found += skip_link_problems(page)
        page.goto(base + url)
        found += keyboard_problems(page)
        problems += [f"at {width} width: {problem}" for problem in found]
    return problems


def reflow_problems(page, base, url):
    problems = []
    for screen, viewport in REFLOW.items():
        page.set_viewport_size(viewport)
        page.goto(base + url)
        problems += [f"at {screen}: {problem}" for problem in overflow_problems(page)]
    return problems


# What each address the pages link to answers (status, HTML): every test sees
# the same seed content, so an answer holds for all of them.
LINK_ANSWERS = {}


def no_javascript_problems(page, origin, url):
    """Content shows, every link is visible and leads somewhere, every form submits.
    Chromium's own switch (what a context made with java_script_enabled=False
    uses), turned on in this page: it holds for the page's later loads."""
    page.context.new_cdp_session(page).send("Emulation.setScriptExecutionDisabled", {"value": True})
    page.set_viewport_size(WIDTHS["phone"])
    page.goto(origin + url)
    problems = []
    targets = set()  # internal addresses the page links to
    if page.evaluate("() => document.documentElement.classList.contains('hp-js')"):
        problems.append("the site's JavaScript ran although it is disabled")
    if len(page.locator("main").inner_text().strip()) < 20 or not page.locator("main h1").count():
        problems.append("<main> shows no content without JavaScript")
    links = page.evaluate(
        "() => [...document.querySelectorAll('a[href]')].map((a) => "
        "({href: a.href, shown: a.checkVisibility({visibilityProperty: true}), "
        "text: a.innerText.trim()}))"
    )
    for link in links:
        if not link["shown"]:
            problems.append(f"link {link['text']!r} is hidden without JavaScript")
        address, fragment = urldefrag(link["href"])
        if address == origin + url:  # on this page: the target must be here
            if fragment and not page.locator(f'[id="{fragment}"]').count():
                problems.append(f"link to #{fragment}, which is not on the page")
        elif urlsplit(address).netloc == urlsplit(origin).netloc:
            targets.add(link["href"])
    problems += form_problems(page, origin + url)
    for href in sorted(targets):
        address, fragment = urldefrag(href)
        path = address[len(origin) :]
        if path not in LINK_ANSWERS:  # every page links to the menu's pages: ask once
            response = page.context.request.get(address)
            LINK_ANSWERS[path] = (response.status, response.text() if response.ok else "")
        status, html = LINK_ANSWERS[path]
        if status != 200:
            problems.append(f"link to {address} answers {status}")
        elif fragment and f'id="{fragment}"' not in html:
            problems.append(f"link to {href}: no element with id {fragment!r}")
    if len(targets) <= 5:
        problems.append(f"links to only {len(targets)} pages of the site: the menu is missing")
    return problems


@pytest.mark.parametrize(("url", "status"), one_page_per_pattern(PAGES))
def test_page_works_in_a_browser(browser, site_url, url, status):
    """Accessible and usable with a keyboard, reflows, and works without JavaScript.
    `make test` checks one page of each URL pattern in each language,
    `make test-full` every page."""
    context = browser.new_context(viewport=WIDTHS["phone"])
    page = context.new_page()
    failures = []
    try:
        if visit(page, site_url, url, status, failures):
            checks = {
                "accessibility": lambda: accessibility_problems(page, site_url, url, status),
                "reflow": lambda: reflow_problems(page, site_url, url),
                "no-JavaScript": lambda: no_javascript_problems(page, site_url, url),
            }
            for kind, check in checks.items():
                failures += [f"{url}: {kind}: {problem}" for problem in check()]
    finally:
        context.close()
    assert not failures, report(failures, "browser")


def form_problems(page, address):
    """Submit each form on the page (filling what it requires) without JavaScript."""
    problems = []
    for index in range(page.locator("form").count()):
        if index:
            page.goto(address)
        form = page.locator("form").nth(index)
        for field in form.locator("[required]").all():
            kind = field.evaluate("(el) => el.type")
            if kind in ("checkbox", "radio"):
                field.check()
            elif kind == "select-one":
                field.select_option(index=1)
            elif kind == "email":
                field.fill("test@example.org")
            elif kind == "tel":
                field.fill("+47 22 33 44 55")
            elif kind == "number":
                field.fill("1")
            else:
                field.fill("Test")
        checkboxes = form.locator("input[type=checkbox]")
        if checkboxes.count() and not form.locator("input[type=checkbox]:checked").count():
            checkboxes.first.check()
        submit = form.locator("button:not([type=button]):not([type=reset]), input[type=submit]")
        if not submit.count():
            problems.append(f"form {index + 1} has no submit button")
            continue
        with page.expect_navigation() as navigation:
            submit.first.click()
        response = navigation.value
        if response is None or response.status >= 400:
            problems.append(f"form {index + 1} answers {response and response.status}")
        elif not page.locator("main").inner_text().strip():
            problems.append(f"form {index + 1} leads to a page without content")
    return problems


PLANTED = """<!DOCTYPE html><html lang="en"><head><title>Broken on purpose</title>
<style>a:focus { outline: none; } .wide { width: 2000px; }
.cut { width: 50px; overflow: hidden; white-space: nowrap; }
.clicky { cursor: pointer; }</style></head>
<body><a href="/elsewhere">First link, no skip link</a>
<nav aria-label="Menu"><ul hidden><li><a href="/hidden">Hidden menu link</a></li></ul></nav>
<main id="main-content" tabindex="-1"><h1>One</h1><h1>Two</h1><h3>Skipped</h3>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<div class="wide">wide</div><p class="cut">This text is cut off by its box</p>
<div class="clicky">Click me</div></main></body></html>"""


def test_the_checks_find_planted_problems(browser):
    """The checks above can fail: a page with each problem makes each one report it."""
    page = browser.new_page(viewport=WIDTHS["phone"])
    page.set_content(PLANTED)
    axe = " ".join(axe_problems(page))
    assert "image-alt" in axe and "page-has-heading-one" not in axe
    headings = " ".join(heading_problems(page))
    assert "2 h1 headings" in headings and "h3 after h1" in headings
    assert "has no alt attribute" in " ".join(image_problems(page))
    assert "not a skip link" in " ".join(skip_link_problems(page))
    page.set_content(PLANTED)
    keyboard = " ".join(keyboard_problems(page))
    assert "no visible focus" in keyboard and "mouse only" in keyboard
    assert 'menu link a[href="/hidden"]' in keyboard
    overflow = " ".join(overflow_problems(page))
    assert "scrolls sideways" in overflow and "div.wide" in overflow and "cuts off" in overflow
    page.close()
