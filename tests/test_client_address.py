"""Which address the login lockout and the course form's limit count: the
connection's, or behind trusted proxies (DJANGO_TRUSTED_PROXIES) the first
address in X-Forwarded-For, from the right, that is not one of them."""

import pytest
from django.test import RequestFactory

from content.accounts.clients import client_address, client_digest
from content.core.checks import forwarded_proto_check, trusted_proxies_check


def request_from(peer, forwarded=None):
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("trusted", "peer", "forwarded", "client"),
    [
        # None configured: the connection's address, whatever the header says.
        ([], "203.0.113.7", "198.51.100.1", "203.0.113.7"),
        ([], "127.0.0.1", "198.51.100.1", "127.0.0.1"),
        # One proxy on loopback.
        (["127.0.0.1"], "127.0.0.1", "203.0.113.7", "203.0.113.7"),
        # A client's forged entries are left of what the proxy appended.
        (["127.0.0.1"], "127.0.0.1", "198.51.100.1, 203.0.113.7", "203.0.113.7"),
        (["127.0.0.1"], "127.0.0.1", "127.0.0.1, 203.0.113.7", "203.0.113.7"),
        # A request straight from a client that is not a proxy: its header is ignored.
        (["127.0.0.1"], "203.0.113.7", "198.51.100.1", "203.0.113.7"),
        # A network of proxies, a chain of two of them (CDN, then nginx).
        (["10.0.0.0/24"], "10.0.0.5", "203.0.113.7, 10.0.0.9", "203.0.113.7"),
        (
            ["10.0.0.0/24", "192.0.2.10"],
            "10.0.0.5",
            "198.51.100.1, 203.0.113.7, 192.0.2.10",
            "203.0.113.7",
        ),
        # Outside the network, the address is the client's, not a proxy's.
        (["10.0.0.0/24"], "10.0.0.5", "203.0.113.7, 10.0.1.9", "10.0.1.9"),
        # IPv6 proxies and clients.
        (["2001:db8::/32"], "2001:db8::1", "2001:db8:ffff::2, 2a00:1450::5", "2a00:1450::5"),
        (["::1"], "::1", "2a00:1450::5", "2a00:1450::5"),
        # An IPv4 proxy seen over an IPv6 socket.
        (["127.0.0.1"], "::ffff:127.0.0.1", "203.0.113.7", "203.0.113.7"),
        # Only proxies in the header (a proxy's own health check): the leftmost.
        (["10.0.0.0/24"], "10.0.0.5", "10.0.0.6", "10.0.0.6"),
        # No header from a proxy: the proxy itself.
        (["127.0.0.1"], "127.0.0.1", None, "127.0.0.1"),
        # Rubbish in the header is not an address of a proxy: it stops the walk,
        # and only the client that sent it shares it.
        (["127.0.0.1"], "127.0.0.1", "not-an-address", "not-an-address"),
    ],
)
def test_the_client_is_the_first_untrusted_address_from_the_right(
    settings, trusted, peer, forwarded, client
):
    settings.TRUSTED_PROXIES = trusted
    assert client_address(request_from(peer, forwarded)) == client


def test_a_forged_header_does_not_change_the_count(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    honest = request_from("127.0.0.1", "203.0.113.7")
    forged = request_from("127.0.0.1", "198.51.100.99, 203.0.113.7")
    other = request_from("127.0.0.1", "198.51.100.99")
    assert client_digest(honest, "login") == client_digest(forged, "login")
    assert client_digest(honest, "login") != client_digest(other, "login")


def test_an_entry_that_is_no_address_is_a_clear_error(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "proxy.example.org"]
    errors = trusted_proxies_check(None)
    assert len(errors) == 1 and "proxy.example.org" in errors[0].msg
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "::1"]
    assert trusted_proxies_check(None) == []


def test_behind_a_proxy_under_https_gunicorn_must_believe_it(settings, monkeypatch):
    settings.HTTPS = True
    settings.TRUSTED_PROXIES = ["10.0.0.10"]
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    assert [w.id for w in forwarded_proto_check(None)] == ["hopeportal.W005"]
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "10.0.0.10")
    assert forwarded_proto_check(None) == []
