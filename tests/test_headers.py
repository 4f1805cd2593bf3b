"""The headers every answer carries, on every public address: nothing from
here may be embedded elsewhere, and what a visitor searched for, ticked or
typed stays in no cache."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.urls import all_public_urls

# Permissions-Policy features browsers support today (W3C registry); a retired
# one such as interest-cohort (FLoC) is an error in the browser's console.
CURRENT_FEATURES = {
    "accelerometer", "ambient-light-sensor", "autoplay", "battery", "bluetooth", "camera",
    "display-capture", "encrypted-media", "fullscreen", "gamepad", "geolocation", "gyroscope",
    "hid", "idle-detection", "local-fonts", "magnetometer", "microphone", "midi", "payment",
    "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "serial",
    "usb", "web-share", "xr-spatial-tracking",
}  # fmt: skip
MACHINE_PAGES = ["/robots.txt", "/.well-known/security.txt", "/sitemap.xml", "/health/"]


def assert_security_headers(response, url):
    assert response.headers.get("Cross-Origin-Resource-Policy") == "same-origin", url
    policy = response.headers["Permissions-Policy"]
    features = {item.split("=")[0].strip() for item in policy.split(",")}
    assert features <= CURRENT_FEATURES, (url, features - CURRENT_FEATURES)
    assert "interest-cohort" not in policy


def no_store(response):
    return "no-store" in response.headers.get("Cache-Control", "")


def test_every_public_page_carries_the_headers_and_form_pages_are_never_stored(client, seed):
    urls = all_public_urls()
    assert len(urls) > 40
    answers = set()
    for language in ("nb", "en"):
        with translation.override(language):
            answers.add(reverse("courses:thanks"))
    form_pages = []
    for url in urls:
        client.cookies.clear()  # as a new visitor: the course form sets a cookie
        response = client.get(url)
        assert response.status_code == 200, url
        assert_security_headers(response, url)
        if takes_answers(response.text, url):
            form_pages.append(url)
            assert no_store(response), url
        elif url in answers:
            assert no_store(response), url
        else:
            # A page that is the same for everyone stays cacheable.
            assert not no_store(response), url
    # The search page, the signs checklist, the course form, the decision path
    # and the work check, in both languages, are among them.
    expected = set()
    for language in ("nb", "en"):
        with translation.override(language):
            expected |= {
                reverse(name)
                for name in (
                    "search:index",
                    "indicators:index",
                    "courses:inquiry",
                    "guides:first-steps",
                    "workcheck:index",
                )
            }
    assert expected <= set(form_pages), expected - set(form_pages)


def takes_answers(html, url):
    """Whether the page has a form of its own. A guide's first question of the
    decision path only leads on to that path's pages (no-store themselves), so
    it leaves the guide the same for everyone."""
    with translation.override("en" if url.startswith("/en/") else "nb"):
        first_steps = reverse("guides:first-steps")
    forms = re.findall(r"<form\b[^>]*>", html)
    return url == first_steps or any(f'action="{first_steps}"' not in f for f in forms)


@pytest.mark.parametrize("url", MACHINE_PAGES)
def test_machine_pages_carry_the_headers(client, seed, url):
    assert_security_headers(client.get(url), url)


def test_static_files_and_errors_carry_the_headers(client, seed):
    html = client.get("/").text
    css = html.split('href="/static/')[1].split('"')[0]
    assert_security_headers(client.get("/static/" + css), css)
    assert_security_headers(client.get("/finnes-ikke/"), "404")


@pytest.mark.parametrize("language", ["nb", "en"])
def test_search_results_are_never_stored(client, seed, language):
    with translation.override(language):
        url = reverse("search:index")
    response = client.get(url, {"q": "arbeid"})
    assert response.status_code == 200
    assert no_store(response)
    assert_security_headers(response, url)


def test_every_answer_to_a_form_is_never_stored(seed):
    client = Client()
    answers = [
        client.post(reverse("indicators:guidance"), {"signs": []}),
        client.post(reverse("courses:inquiry"), {}),  # errors
        client.post(reverse("courses:inquiry"), {"website": "x"}),  # the honeypot's redirect
        client.get(reverse("courses:thanks")),
        client.post("/admin/login/", {"username": "x", "password": "y"}),
        Client(enforce_csrf_checks=True).post(reverse("courses:inquiry"), {}),  # CSRF refused
    ]
    for response in answers:
        assert no_store(response), response
        assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
