"""No request to any address, with any query string or form body, gives a 500."""

import pytest

from tests.urls import all_public_urls

ODD_QUERIES = [
    "?q=%00",
    "?signs=abc&signs=%FF",
    "?" + "x=" + "a" * 5000,
    "?page=-1&lang=xx",
    "?%E2%28%A1=1",
    "?a[]=1&a[b]=2",
]
ODD_BODIES = [
    {"signs": ["1", "2", "999999999999999999999999"]},
    {"signs": "\x00"},
    {"csrfmiddlewaretoken": "x", "anything": "y" * 10000},
    {},
]
ODD_PATHS = [
    "/%00/",
    "/hvor/%FF/",
    "/hvor/tvangsarbeid/%E2%28%A1/",
    "/en/where/" + "x" * 500 + "/",
    "/static/../manage.py",
    "/admin/../../etc/passwd",
    "/tegn/veiledning/?signs=1",
    "//example.org/",
    "/en/en/en/",
    "/sitemap.xml?p=abc",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_query_strings_never_break_a_page(client, seed, query):
    for url in all_public_urls():
        response = client.get(url + query)
        assert response.status_code < 500, (url, query)


@pytest.mark.parametrize("body", ODD_BODIES, ids=range(len(ODD_BODIES)))
def test_odd_form_bodies_never_break_a_page(client, seed, body):
    for url in [*all_public_urls(), "/tegn/veiledning/", "/en/signs/guidance/"]:
        response = client.post(url, body)
        assert response.status_code < 500, (url, body)


def test_odd_addresses_get_a_not_found_page(client, seed):
    for path in ODD_PATHS:
        response = client.get(path)
        assert response.status_code < 500, path


def test_odd_methods_are_refused_politely(client, seed):
    for method in ("put", "patch", "delete", "options"):
        response = getattr(client, method)("/hjelp/")
        assert response.status_code < 500, method
