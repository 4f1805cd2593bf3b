"""Public pages are served from the cache until an editor changes something."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from content.indicators.models import Indicator
from content.myths.models import Myth


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


def test_saving_content_shows_at_once(client, seed):
    url = reverse("myths:index")
    client.get(url)
    myth = Myth.objects.published().first()
    myth.myth_nb = "En helt ny myte"
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


def test_errors_and_the_health_check_are_never_cached(client, seed):
    for url in ("/finnes-ikke/", "/health/"):
        assert queries_for(client, url)[1] > 0
        assert queries_for(client, url)[1] > 0
