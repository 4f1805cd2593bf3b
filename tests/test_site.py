"""The frame every page shares: languages, security headers, privacy, errors."""

import os
import re
import subprocess
import sys

from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests.urls import all_public_urls, public_urls

LANG = re.compile(r'<html lang="([a-z-]+)"')


def test_every_public_page_answers_in_both_languages(client, seed):
    failures = []
    for url in all_public_urls():
        response = client.get(url)
        if response.status_code != 200:
            failures.append((url, response.status_code))
    assert not failures


def test_there_are_pages_in_both_languages(seed):
    # Guards the test above against finding nothing.
    assert len(public_urls("nb")) >= 15
    assert len(public_urls("en")) == len(public_urls("nb"))


def test_bokmal_has_no_prefix_and_english_has_translated_paths(client, seed):
    with translation.override("nb"):
        assert reverse("contacts:index") == "/hjelp/"
    with translation.override("en"):
        assert reverse("contacts:index") == "/en/help/"
    assert client.get("/nb/hjelp/").status_code == 404
    assert client.get("/en/hjelp/").status_code == 404


def test_html_lang_matches_the_page_language(client, seed):
    for code in ("nb", "en"):
        for url in public_urls(code):
            html = client.get(url).content.decode()
            assert LANG.search(html).group(1) == code, url


def test_language_switch_leads_to_the_same_page_and_back(client, seed):
    """Follow each page's switch to the other language, and that page's switch back."""
    switch = re.compile(r'<a class="hp-lang__link" href="([^"]+)" hreflang="([a-z]+)"')
    for url in public_urls("nb"):
        links = {lang: href for href, lang in switch.findall(client.get(url).content.decode())}
        assert links["nb"] == url
        english = client.get(links["en"])
        assert english.status_code == 200, links["en"]
        back = {lang: href for href, lang in switch.findall(english.content.decode())}
        assert back["nb"] == url
        assert back["en"] == links["en"]


def test_head_names_every_language_version(client, seed):
    html = client.get(reverse("contacts:index")).content.decode()
    site = settings.SITE_URL
    assert f'<link rel="alternate" hreflang="nb" href="{site}/hjelp/">' in html
    assert f'<link rel="alternate" hreflang="en" href="{site}/en/help/">' in html
    assert 'hreflang="x-default"' in html


def test_frame_on_every_page(client, seed):
    """Skip link first, quick exit, 112, the help page, and the footer contacts."""
    for url in all_public_urls():
        html = client.get(url).content.decode()
        body = html[html.index("<body") :]
        first_link = re.search(r"<a [^>]*>", body).group(0)
        assert 'href="#main-content"' in first_link, url
        assert '<main id="main-content"' in html
        assert f'href="{settings.QUICK_EXIT_URL}"' in html, url
        assert 'href="tel:112"' in html, url
        assert "hp-footer" in html and 'href="tel:+4722331160"' in html, url


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


@override_settings(SECURE_HSTS_SECONDS=63072000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_hsts_over_https(client, seed):
    response = client.get("/", secure=True)
    assert response.headers["Strict-Transport-Security"].startswith("max-age=63072000")


def test_no_public_page_sets_a_cookie_but_the_course_form_its_csrf_cookie(client, seed):
    """Reading sets no cookie; the course inquiry form sets csrftoken and nothing else."""
    forms = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            forms.add(reverse("courses:inquiry"))
    for url in all_public_urls():
        client.cookies.clear()
        response = client.get(url)
        assert set(response.cookies) == ({"csrftoken"} if url in forms else set()), url
        assert "Set-Cookie" not in response.headers, url
    assert forms <= set(all_public_urls())


def test_no_page_loads_anything_from_another_host(client, seed):
    resource = re.compile(r'<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)="([^"]+)"')
    for url in all_public_urls():
        html = client.get(url).content.decode()
        for ref in resource.findall(html):
            assert ref.startswith("/") or ref.startswith(settings.SITE_URL + "/"), (url, ref)


def test_links_to_other_sites_send_no_referrer(client, seed):
    site = re.escape(settings.SITE_URL)
    external = re.compile(rf'<a\b[^>]*href="(?!{site})https?://[^"]*"[^>]*>')
    for url in all_public_urls():
        for tag in external.findall(client.get(url).content.decode()):
            assert 'rel="noreferrer"' in tag, (url, tag)


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


def test_deploy_check_passes_with_production_settings(tmp_path):
    env = {
        **production_environ(),
        "DJANGO_SECRET_KEY": "x" * 30 + "-production-secret-from-the-environment-" + "y" * 20,
        "DJANGO_HTTPS": "true",
        "DJANGO_ALLOWED_HOSTS": "hope.example.org",
        "DJANGO_SITE_URL": "https://hope.example.org",
        "DJANGO_DEBUG": "false",
        "DJANGO_EMAIL_URL": "smtp+tls://site:secret@smtp.example.org:587",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deploy_check_fails_without_https_settings():
    # Proves the check above can fail.
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


def test_pages_and_assets_stay_within_their_size_budgets(client, seed):
    for url in all_public_urls():
        assert len(client.get(url).content) < 40_000, url
    static = settings.BASE_DIR / "static"
    assert sum(f.stat().st_size for f in static.glob("css/*.css")) < 20_000
    assert sum(f.stat().st_size for f in static.glob("js/*.js")) < 10_000
    assert not list(static.rglob("*.woff*")) and not list(static.rglob("*.ttf"))
