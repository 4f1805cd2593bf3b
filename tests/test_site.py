"""The frame every page shares: languages, security headers, privacy, errors."""

import json
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests.urls import LANGUAGES, all_public_urls, public_urls, seed_page_params, seed_public_urls

PAGES = [pytest.param(p.values[0], id=p.id) for p in seed_page_params(not_found=False)]
NB_PAGES = [p for p in PAGES if not p.values[0].startswith("/en/")]
NOT_FOUND = [p.values[0] for p in seed_page_params() if p.values[1] == 404]

LANG = re.compile(r'<html lang="([a-z-]+)"')


# The per-page checks read the pages fetched once per run (the `crawl` fixture).


@pytest.mark.parametrize("url", PAGES)
def test_page_answers(crawl, url):
    assert crawl[url].status == 200


@pytest.mark.parametrize("url", NOT_FOUND)
def test_an_address_that_is_no_page_answers_not_found(crawl, url):
    assert crawl[url].status == 404


def test_there_are_pages_in_both_languages_and_the_tests_know_them_all(seed):
    # Guards the per-page tests against finding nothing or missing a page: the
    # pages they are made for (from the seed, when pytest collects them) are
    # the pages the site has once the seed is loaded.
    assert len(public_urls("nb")) >= 15
    assert len(public_urls("en")) == len(public_urls("nb"))
    for code in LANGUAGES:
        assert seed_public_urls(code) == public_urls(code)


def test_bokmal_has_no_prefix_and_english_has_translated_paths(client, seed):
    with translation.override("nb"):
        assert reverse("contacts:index") == "/hjelp/"
    with translation.override("en"):
        assert reverse("contacts:index") == "/en/help/"
    assert client.get("/nb/hjelp/").status_code == 404
    assert client.get("/en/hjelp/").status_code == 404


@pytest.mark.parametrize("url", PAGES)
def test_html_lang_matches_the_page_language(crawl, url):
    html = crawl[url].html
    # A help card is in its own language, at one address (content/contacts).
    card = re.search(r"/pa-ditt-sprak/([a-z-]+)/", url)
    expected = card.group(1) if card else "en" if url.startswith("/en/") else "nb"
    assert LANG.search(html).group(1) == expected


@pytest.mark.parametrize("url", NB_PAGES)
def test_language_switch_leads_to_the_same_page_and_back(crawl, url):
    """Follow the page's switch to the other language, and that page's switch back.
    (A help card, in a language of its own, leads to the help page instead.)"""
    if "/pa-ditt-sprak/" in url:
        html = crawl[url].html
        assert 'href="/hjelp/" hreflang="nb"' in html and 'href="/en/help/" hreflang="en"' in html
        return
    switch = re.compile(r'<a class="hp-lang__link" href="([^"]+)" hreflang="([a-z]+)"')
    links = {lang: href for href, lang in switch.findall(crawl[url].html)}
    assert links["nb"] == url
    assert links["en"] in crawl, links["en"]  # an English page (which answers 200)
    back = {lang: href for href, lang in switch.findall(crawl[links["en"]].html)}
    assert back["nb"] == url
    assert back["en"] == links["en"]


def test_head_names_every_language_version(client, seed):
    html = client.get(reverse("contacts:index")).content.decode()
    site = settings.SITE_URL
    assert f'<link rel="alternate" hreflang="nb" href="{site}/hjelp/">' in html
    assert f'<link rel="alternate" hreflang="en" href="{site}/en/help/">' in html
    assert 'hreflang="x-default"' in html


@pytest.mark.parametrize("url", PAGES)
def test_frame_on_every_page(crawl, url):
    """<main> for the skip link, 112, and the footer contacts. (The skip link and
    the quick exit before everything else: test_safety.)"""
    html = crawl[url].html
    assert '<main id="main-content"' in html
    assert 'href="tel:112"' in html
    assert "hp-footer" in html and 'href="tel:+4722331160"' in html


def test_security_headers(client, seed):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "default-src 'self'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "Strict-Transport-Security" not in response.headers


def settings_with(**environ):
    """The HTTPS settings the settings module computes from these variables
    (in a new process, as a server would start)."""
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({n: getattr(s, n) for n in "
        "['SECURE_SSL_REDIRECT', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
        "'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD']}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env={**production_environ(), "DJANGO_SECRET_KEY": "k" * 60, **environ},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_django_https_turns_on_hsts_redirects_and_secure_cookies(client, seed):
    on = settings_with(DJANGO_HTTPS="true")
    assert on["SECURE_HSTS_SECONDS"] >= 31536000  # at least a year
    assert all(on.values())
    off = settings_with(DJANGO_HTTPS="false")
    assert not any(off.values())
    # What the settings turn on reaches the visitor.
    with override_settings(**on):
        assert client.get("/hjelp/").status_code == 301
        response = client.get("/hjelp/", secure=True)
    assert response.headers["Strict-Transport-Security"] == (
        f"max-age={on['SECURE_HSTS_SECONDS']}; includeSubDomains; preload"
    )


def course_forms():
    forms = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            forms.add(reverse("courses:inquiry"))
    return forms


@pytest.mark.parametrize("url", PAGES)
def test_no_public_page_sets_a_cookie_but_the_course_form_its_csrf_cookie(crawl, url):
    """Reading sets no cookie; the course inquiry form sets csrftoken and nothing else."""
    page = crawl[url]
    assert page.cookies == ({"csrftoken"} if url in course_forms() else set())
    assert "Set-Cookie" not in page.headers


def test_the_course_forms_are_among_the_pages(seed):
    assert course_forms() <= set(all_public_urls())


@pytest.mark.parametrize("url", PAGES)
def test_no_page_loads_anything_from_another_host(crawl, url):
    resource = re.compile(r'<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)="([^"]+)"')
    html = crawl[url].html
    for ref in resource.findall(html):
        assert ref.startswith("/") or ref.startswith(settings.SITE_URL + "/"), ref


@pytest.mark.parametrize("url", PAGES)
def test_links_to_other_sites_send_no_referrer(crawl, url):
    site = re.escape(settings.SITE_URL)
    external = re.compile(rf'<a\b[^>]*href="(?!{site})https?://[^"]*"[^>]*>')
    for tag in external.findall(crawl[url].html):
        assert 'rel="noreferrer"' in tag, tag


def test_not_found_page_in_each_language(client, seed):
    nb = client.get("/finnes-ikke/")
    assert nb.status_code == 404
    assert '<html lang="nb"' in nb.content.decode()
    assert "Fant ikke siden" in nb.content.decode()
    en = client.get("/en/does-not-exist/")
    assert en.status_code == 404
    assert '<html lang="en"' in en.content.decode()
    assert "Page not found" in en.content.decode()


def test_server_error_page_in_each_language(client, seed):
    from django.views.defaults import server_error

    request = client.get("/").wsgi_request
    for code, text in (("nb", "Noe gikk galt"), ("en", "Something went wrong")):
        with translation.override(code):
            response = server_error(request)
        assert response.status_code == 500
        assert text in response.content.decode()


def test_machine_pages(client, seed):
    site = settings.SITE_URL
    assert f"Sitemap: {site}/sitemap.xml" in client.get("/robots.txt").content.decode()
    assert "Contact: mailto:" in client.get("/.well-known/security.txt").content.decode()
    assert client.get("/health/").content == b"ok\n"
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"{site}/en/help/" in sitemap and f"{site}/hjelp/" in sitemap


def production_environ():
    # The browser tests' async switch is for the test run only, never production.
    return {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}


def test_deploy_check_fails_without_https_settings():
    # `make check` runs the deploy check with production settings (and CI runs
    # `make check`); this proves that check can fail.
    env = {**production_environ(), "DJANGO_HTTPS": "false", "DJANGO_SECRET_KEY": "z" * 60}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stderr + result.stdout


@pytest.mark.parametrize("url", PAGES)
def test_page_stays_within_its_size_budget(crawl, url):
    assert crawl[url].size < 40_000


def test_assets_stay_within_their_size_budgets():
    static = settings.BASE_DIR / "static"
    assert sum(f.stat().st_size for f in static.glob("css/*.css")) < 24_000
    assert sum(f.stat().st_size for f in static.glob("js/*.js")) < 10_000
    assert not list(static.rglob("*.woff*")) and not list(static.rglob("*.ttf"))
