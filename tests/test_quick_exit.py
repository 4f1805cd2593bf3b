"""The quick exit in a real browser: the button, Shift pressed three times, and
that neither Back nor the back-forward cache brings the page back."""

import re

import pytest

from content.core.seed import load
from content.core.seed.content import SEED
from tests.support import require_chromium

require_chromium()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEUTRAL = "https://neutral.example/"


@pytest.fixture
def site(live_server, settings):
    load(SEED)
    settings.QUICK_EXIT_URL = NEUTRAL
    return live_server.url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    # The neutral site, answered here: tests never leave this machine.
    context.route(
        re.compile(r"^https://neutral\.example/.*"),
        lambda route: route.fulfill(body="<title>Weather</title>neutral", content_type="text/html"),
    )
    page = context.new_page()
    yield page
    context.close()


def test_exit_button_replaces_the_page(page, site):
    page.goto(site + "/")
    page.goto(site + "/hjelp/")
    page.click(".hp-exit__button")
    page.wait_for_url(NEUTRAL)
    assert "neutral" in page.content()
    page.go_back()
    # location.replace: the help page is gone from history; Back skips it.
    assert page.url == site + "/"


def test_shift_three_times_exits(page, site):
    page.goto(site + "/")
    page.goto(site + "/en/signs/")
    for _press in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    page.go_back()
    assert page.url == site + "/"


def test_shift_progress_is_announced_in_the_page_language(page, site):
    page.goto(site + "/tegn/")
    status = page.locator(".hp-exit [role=status]")
    page.keyboard.press("Shift")
    assert "2 ganger til" in status.inner_text()
    page.keyboard.press("Shift")
    assert "1 gang til" in status.inner_text()
    page.goto(site + "/en/signs/")
    page.keyboard.press("Shift")
    assert "press 2 more times" in page.locator(".hp-exit [role=status]").inner_text()


def test_shift_presses_far_apart_do_not_exit(page, site):
    page.clock.install()
    page.goto(site + "/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.clock.run_for(6000)
    page.keyboard.press("Shift")
    assert page.url == site + "/"


def test_exiting_hides_the_page_at_once(page, site):
    """At the moment the browser starts leaving, nothing of the page shows."""
    seen = []
    page.on("console", lambda message: seen.append(message.text))
    page.add_init_script(
        """addEventListener("beforeunload", () => console.log("leaving " + JSON.stringify({
            exiting: document.body.classList.contains("hp-exiting"),
            mainVisible: document.querySelector("main").checkVisibility({visibilityProperty: true}),
            title: document.title,
        })));"""
    )
    page.goto(site + "/hjelp/")
    for _press in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    assert 'leaving {"exiting":true,"mainVisible":false,"title":"."}' in seen


def test_secondary_exit_link_follows_the_skip_link(page, site):
    page.goto(site + "/en/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.outerHTML")
    assert "data-exit" in focused and "Exit this page" in focused
    page.keyboard.press("Enter")
    page.wait_for_url(NEUTRAL)


def test_without_javascript_the_exit_is_a_plain_link(browser, site):
    context = browser.new_context(java_script_enabled=False)
    context.route(
        re.compile(r"^https://neutral\.example/.*"),
        lambda route: route.fulfill(body="neutral", content_type="text/html"),
    )
    page = context.new_page()
    page.goto(site + "/")
    page.click(".hp-exit__button")
    page.wait_for_url(NEUTRAL)
    context.close()


def test_a_page_restored_from_the_back_forward_cache_after_exit_leaves_again(page, site):
    """Should the browser bring an exited page back from its back-forward cache,
    the page stays hidden and leaves for the neutral site at once."""
    page.goto(site + "/hjelp/")
    page.evaluate(
        """() => {
            document.body.classList.add("hp-exiting");
            window.dispatchEvent(new PageTransitionEvent("pageshow", {persisted: true}));
        }"""
    )
    page.wait_for_url(NEUTRAL)
