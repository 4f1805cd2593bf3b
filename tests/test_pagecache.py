"""Public pages are served from the cache until an editor changes something."""

import gzip
import pickle
import threading

import brotli
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from content.indicators.models import Indicator
from content.myths.models import Myth
from content.pagecache import middleware as pagecache
from content.pagecache.filecache import PageFileCache


def queries_for(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def test_second_visit_is_served_from_the_cache_with_its_headers(client, seed):
    first, first_queries = queries_for(client, "/")
    second, second_queries = queries_for(client, "/")
    assert first_queries > 0 and second_queries == 0
    assert second.content == first.content
    assert "frame-ancestors 'none'" in second.headers["Content-Security-Policy"]
    assert second.headers["Referrer-Policy"] == "same-origin"
    assert not second.cookies


def test_saving_content_shows_once_it_commits(client, seed, django_capture_on_commit_callbacks):
    url = reverse("myths:index")
    client.get(url)
    myth = Myth.objects.published().first()
    myth.myth_nb = "En helt ny myte"
    with django_capture_on_commit_callbacks(execute=True):
        myth.save()
    assert "En helt ny myte" in client.get(url).content.decode()


def test_visitors_with_cookies_and_query_strings_get_fresh_pages(client, seed):
    client.get("/")
    assert queries_for(client, "/?anything=1")[1] > 0
    client.cookies["sessionid"] = "x"
    assert queries_for(client, "/")[1] > 0


def test_the_checklist_answer_is_never_cached(client, seed):
    """Two visitors tick different signs: each gets the answer to their own
    ticks, worked out afresh, and the browser is told not to keep it."""
    url = reverse("indicators:guidance")
    first, second = Indicator.objects.published()[:2]
    for ticked, other in [(first, second), (second, first), (first, second)]:
        with CaptureQueriesContext(connection) as queries:
            response = client.post(url, {"signs": [ticked.pk]})
        assert response.status_code == 200 and len(queries) > 0
        assert "no-store" in response["Cache-Control"]
        answer = response.content.decode().split('id="ticked"')[1]
        assert escape(ticked.text) in answer and escape(other.text) not in answer


def test_errors_and_the_health_check_are_never_cached(client, seed, monkeypatch):
    from django.core.cache import caches

    stored = []
    pages = caches["pages"]
    real_set = pages.set
    monkeypatch.setattr(
        pages, "set", lambda key, *a, **kw: stored.append(key) or real_set(key, *a, **kw)
    )
    for url in ("/finnes-ikke/", "/health/"):
        assert client.get(url).status_code in (200, 404)
        assert client.get(url).status_code in (200, 404)
    assert [key for key in stored if key != pagecache.STAMP_KEY] == []
    # The check can fail: a page is stored.
    client.get("/")
    assert [key for key in stored if key != pagecache.STAMP_KEY]


# -- HTTP caching: validators, CDN, compression -------------------------------------


def test_a_cached_page_answers_a_conditional_get_with_304(client, seed):
    first = client.get("/hjelp/")
    assert first.status_code == 200
    assert first.headers["Cache-Control"] == (
        f"public, max-age=0, s-maxage={settings.CDN_CACHE_SECONDS}"
    )
    etag = first.headers["ETag"]
    again = client.get("/hjelp/", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == etag
    # Another version of the page: the whole page.
    assert client.get("/hjelp/", headers={"If-None-Match": 'W/"old"'}).status_code == 200


def test_gzip_and_brotli_answers_are_the_same_page(client, seed):
    plain = client.get("/", headers={"Accept-Encoding": "identity"})
    zipped = client.get("/", headers={"Accept-Encoding": "gzip"})
    squeezed = client.get("/", headers={"Accept-Encoding": "gzip, deflate, br"})
    assert "Content-Encoding" not in plain.headers
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert squeezed.headers["Content-Encoding"] == "br"
    assert gzip.decompress(zipped.content) == plain.content
    assert brotli.decompress(squeezed.content) == plain.content
    assert len(squeezed.content) < len(zipped.content) < len(plain.content) / 3
    for response in (plain, zipped, squeezed):
        assert response.headers["Vary"] == "Accept-Encoding"
        assert response.headers["ETag"] == plain.headers["ETag"]
    refused = client.get("/", headers={"Accept-Encoding": "br;q=0, gzip;q=0"})
    assert refused.content == plain.content


def test_a_page_that_differs_per_visitor_is_no_store_and_never_304(client, seed):
    form = reverse("courses:inquiry")
    answer = client.get(form)
    assert "no-store" in answer.headers["Cache-Control"]
    assert "ETag" not in answer.headers
    assert client.get(form, headers={"If-None-Match": "*"}).status_code == 200
    checklist = client.post(reverse("indicators:guidance"), {"signs": []})
    assert "no-store" in checklist.headers["Cache-Control"]
    again = client.post(
        reverse("indicators:guidance"), {"signs": []}, headers={"If-None-Match": "*"}
    )
    assert again.status_code == 200
    # A page asked for with a cookie or a query string may differ too.
    search = client.get(reverse("search:index") + "?q=112", headers={"If-None-Match": "*"})
    assert search.status_code == 200 and "no-store" in search.headers["Cache-Control"]
    client.cookies["csrftoken"] = "x" * 32
    cookie = client.get("/hjelp/", headers={"If-None-Match": "*"})
    assert cookie.status_code == 200 and "no-store" in cookie.headers["Cache-Control"]


# -- Invalidation, hosts and absolute addresses ------------------------------------


def test_any_content_save_gives_a_new_content_version_when_it_commits(
    seed, django_capture_on_commit_callbacks
):
    before = pagecache.content_version()
    with django_capture_on_commit_callbacks(execute=True):
        Myth.objects.published().first().save()
        # Not before the commit: until then the save may still be rolled back.
        assert pagecache.content_version() == before
    assert pagecache.content_version() != before


def test_saving_what_is_not_content_keeps_the_cached_pages(client, seed):
    before = pagecache.content_version()
    client.post(
        reverse("courses:inquiry"),
        {"name": "Kari", "organisation": "Legevakt", "email": "k@example.org", "role": "Helse"},
    )
    assert pagecache.content_version() == before


def test_a_host_django_refuses_gets_400_even_for_a_cached_page(client, seed):
    client.get("/hjelp/")
    assert client.get("/hjelp/", headers={"Host": "evil.example"}).status_code == 400


def test_absolute_addresses_come_from_the_site_url_not_the_host(client, seed):
    html = client.get("/hjelp/", headers={"Host": "localhost:6666"}).content.decode()
    assert f'<link rel="canonical" href="{settings.SITE_URL}/hjelp/">' in html
    assert "6666" not in html
    robots = client.get("/robots.txt", headers={"Host": "localhost:6666"}).content.decode()
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in robots


def test_a_workers_threads_share_what_the_page_file_cache_has_read(tmp_path, monkeypatch):
    # Django gives each thread its own cache object; the pages read from files
    # are kept once per process, not once per thread (8 threads a worker).
    writer = PageFileCache(str(tmp_path), {})
    writer.set("page", b"x" * 20_000)
    assert writer.get("page") == b"x" * 20_000
    read_again = []
    real_load = pickle.load
    monkeypatch.setattr(pickle, "load", lambda f: read_again.append(1) or real_load(f))
    answers = []
    thread = threading.Thread(
        target=lambda: answers.append(PageFileCache(str(tmp_path), {}).get("page"))
    )
    thread.start()
    thread.join()
    assert answers == [b"x" * 20_000]
    assert read_again == [], "another thread read and unpickled the file again"
    writer.set("page", b"changed")  # a write by any process is still seen
    assert PageFileCache(str(tmp_path), {}).get("page") == b"changed"
