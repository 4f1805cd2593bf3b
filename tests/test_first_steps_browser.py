"""The decision path and the work check in Chromium, in the states a page list
cannot reach (answers in the address): zero axe violations at phone and
desktop width, walked through with JavaScript off, and "What I did" on one A4
page. (The start pages are in every page test already: tests/urls.py.)"""

import io

import pytest
from pypdf import PdfReader

from tests.support import require_chromium
from tests.test_browser import WIDTHS, axe_problems

require_chromium()

pytestmark = pytest.mark.browser

WORRYING = "contract=no&payslip=no&passport=yes&debt=yes&deductions=unsure&hours=yes&freedom=no"
LONGEST = "role=health&danger=yes&child=unsure&gross=yes&advice=yes&tip=yes"
STATES = [
    "/for-fagfolk/forste-steg/?role=health&danger=yes",
    "/for-fagfolk/forste-steg/?role=school&danger=no&child=yes",
    "/en/for-professionals/first-steps/?role=inspection&danger=no&child=no&gross=yes",
    "/en/for-professionals/first-steps/?danger=no&child=no&gross=no&help=yes",
    "/for-fagfolk/forste-steg/?" + LONGEST,
    "/en/for-professionals/first-steps/?" + LONGEST,
    "/sjekk-jobben/?" + WORRYING,
    "/en/work-check/?" + WORRYING,
    *(f"/sjekk-jobben/{code}/?{WORRYING}" for code in ("pl", "ro", "lt", "bg", "uk", "vi", "es")),
]


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_answer_states_have_no_axe_violations(browser, site_url, width):
    context = browser.new_context(viewport=WIDTHS[width])
    page = context.new_page()
    failures = []
    for url in STATES:
        response = page.goto(site_url + url)
        assert response.status == 200, url
        failures += [f"{url}: {problem}" for problem in axe_problems(page)]
    context.close()
    assert not failures, "\n".join(failures)


def test_the_path_works_without_javascript_and_what_i_did_prints_on_one_page(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport=WIDTHS["phone"])
    page = context.new_page()
    page.goto(site_url + "/en/for-professionals/health-care/")
    # The guide starts with the path, set for health care.
    page.locator("form[action$='/first-steps/'] button[value='yes']").click()
    for answer in ("unsure", "yes", "yes", "yes", "yes"):
        page.locator(f"main form button[value='{answer}']").click()
    assert page.locator("h1").inner_text() == "What I did"
    assert "role=health" in page.url and "tip=yes" in page.url
    pages = len(PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
    assert pages == 1, f"What I did prints on {pages} pages"
    context.close()


def test_the_work_check_answers_on_the_same_page_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport=WIDTHS["phone"])
    page = context.new_page()
    page.goto(site_url + "/sjekk-jobben/pl/")
    page.locator("input[name='passport'][value='yes']").check()
    page.locator("main form button[type='submit']").click()
    # Posted: nothing of the answers in the address the browser's history keeps.
    assert page.url.endswith("/sjekk-jobben/pl/#answer") and "passport" not in page.url
    assert page.locator("#answer").is_visible()
    assert page.locator(".hp-exit__button").is_visible()  # the quick exit, on the answer too
    context.close()
