"""When the database is down or hung, visitors get a calm 503 page within
seconds, in their language, with the help numbers as last saved (the
availability app). Against a real server: tests/test_publishing.py."""

import pytest
from django.db import connection
from django.db.utils import OperationalError
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from content.availability import middleware as unavailable
from content.contacts.models import HelpContact
from content.myths.views import MythListView


@pytest.fixture
def broken_database(monkeypatch):
    """The myths page fails as when the database server is gone."""
    monkeypatch.setattr(unavailable, "_down_until", 0.0)

    def fail(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(MythListView, "get_queryset", fail)


def test_the_database_down_gives_a_calm_503_in_the_visitors_language(client, seed, broken_database):
    unavailable.write_pages()
    for url, lang, text in [
        ("/myter/", "nb", "Midlertidig utilgjengelig"),
        ("/en/myths/", "en", "Temporarily unavailable"),
    ]:
        response = client.get(url)
        assert response.status_code == 503
        html = response.content.decode()
        assert f'<html lang="{lang}"' in html and text in html
        assert 'href="tel:112"' in html
        assert response.headers["Cache-Control"] == "no-store"
    # For a little while the worker does not even try the database.
    assert client.get("/health/").status_code == 503
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fakta/").status_code == 503
    assert len(queries) == 0


def test_without_a_written_503_page_the_visitor_still_gets_112(client, seed, broken_database):
    for written in unavailable._folder().glob("*.html"):
        written.unlink()
    with CaptureQueriesContext(connection) as queries:
        response = unavailable.unavailable_response(RequestFactory().get("/en/myths/"))
    assert len(queries) == 0
    assert response.status_code == 503
    html = response.content.decode()
    assert '<html lang="en"' in html and 'href="tel:112"' in html


def test_a_committed_content_change_writes_the_503_page_afresh(
    seed, django_capture_on_commit_callbacks
):
    contact = HelpContact.objects.published().first()
    with django_capture_on_commit_callbacks(execute=True):
        contact.name_nb = "Et nytt navn på kontakten"
        contact.save()
    written = (unavailable._folder() / "nb.html").read_text()
    assert "Et nytt navn på kontakten" in written
