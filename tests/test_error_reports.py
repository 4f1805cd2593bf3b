"""A server error reaches someone (DJANGO_ADMINS by mail, an optional error
tracker), without what would identify a visitor: their address, cookies,
query string or what they typed into a form."""

from importlib import import_module

import pytest
import sentry_sdk
from django.conf import settings
from django.core import mail
from django.http import HttpResponse
from django.test import Client
from django.urls import path
from sentry_sdk.transport import Transport

from content.core.logs import init_error_tracker


def broken(request):
    raise RuntimeError("something broke")


def fine(request):
    return HttpResponse("ok")


# The site's own addresses too: the error page links to them.
urlpatterns = [
    path("broken/", broken),
    path("fine/", fine),
    *import_module(settings.ROOT_URLCONF).urlpatterns,
]

PRIVATE = ["203.0.113.77", "secret-cookie-value", "who-asked", "Kari Nordmann"]


@pytest.fixture
def broken_site(settings):
    settings.ROOT_URLCONF = __name__
    settings.ADMINS = ["web@example.org"]
    client = Client(REMOTE_ADDR="203.0.113.77", raise_request_exception=False)
    client.cookies["sessionid"] = "secret-cookie-value"

    def request():
        response = client.post("/broken/?q=who-asked", {"name": "Kari Nordmann"})
        assert response.status_code == 500

    return request


def test_admins_get_the_traceback_and_nothing_of_the_visitor(broken_site, mailoutbox, seed):
    # The seed's own mail may replace the list mailoutbox gave: read Django's.
    mail.outbox.clear()
    broken_site()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["web@example.org"]
    text = message.subject + message.body
    assert "something broke" in text and "RuntimeError" in text
    for value in PRIVATE:
        assert value not in text, value


def test_without_admins_no_mail(broken_site, mailoutbox, settings, seed):
    settings.ADMINS = []
    mail.outbox.clear()
    broken_site()
    assert mail.outbox == []


class Captured(Transport):
    def __init__(self, options=None):
        super().__init__(options)
        self.events = []

    def capture_envelope(self, envelope):
        event = envelope.get_event()
        if event:
            self.events.append(event)


def test_the_error_tracker_gets_the_error_and_nothing_of_the_visitor(broken_site, seed):
    init_error_tracker("https://key@errors.example.org/1")
    transport = Captured()
    client = sentry_sdk.get_client()
    client.transport = transport
    try:
        broken_site()
        sentry_sdk.flush()
    finally:
        client.close()
        sentry_sdk.init()  # no DSN: off again
    assert len(transport.events) == 1
    event = transport.events[0]
    assert event["exception"]["values"][-1]["value"] == "something broke"
    assert set(event["request"]) <= {"method", "url"}
    assert event["request"].get("url", "http://testserver/broken/") == "http://testserver/broken/"
    assert "user" not in event and "breadcrumbs" not in event
    text = repr(event)
    for value in PRIVATE:
        assert value not in text, value
