"""No request to any address, with any query string or form body, gives a 500."""

from urllib.parse import unquote_to_bytes

import pytest
from django.urls import resolve
from django.utils import translation

from tests.urls import seed_page_params

PAGES = [pytest.param(p.values[0], id=p.id) for p in seed_page_params(not_found=False)]


def takes_forms(url):
    """Whether the page's view handles a POST (a form posts to it)."""
    with translation.override("en" if url.startswith("/en/") else "nb"):
        view = resolve(url).func
    return hasattr(getattr(view, "view_class", None), "post")


# The pages a form posts to: a POST elsewhere is refused (405) before any view
# code runs, so only these can be broken by an odd body.
FORM_PAGES = [
    pytest.param(p.values[0], id=p.id)
    for p in seed_page_params(not_found=False)
    if takes_forms(p.values[0])
]

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
# Odd addresses and what they answer: the not-found page, or a redirect within the site.
ODD_PATHS = {
    "/%00/": (404, None),
    "/hvor/%FF/": (404, None),
    "/hvor/tvangsarbeid/%E2%28%A1/": (404, None),
    "/en/where/" + "x" * 500 + "/": (404, None),
    "/static/../manage.py": (404, None),
    "/admin/../../etc/passwd": (302, "/admin/login/?next=/admin/../../etc/passwd"),
    "/tegn/veiledning/": (302, "/tegn/"),
    # A path that looks like another site's address must not lead there.
    "//example.org/": (404, None),
    "//example.org": (404, None),
    "/en/en/en/": (404, None),
    "/nb/hjelp/": (404, None),
}


@pytest.mark.parametrize("url", PAGES)
def test_odd_query_strings_never_break_a_page(client, seed, url):
    for query in ODD_QUERIES:
        response = client.get(url + query)
        assert response.status_code < 500, query


@pytest.mark.parametrize("url", [*FORM_PAGES, "/tegn/veiledning/", "/en/signs/guidance/"])
def test_odd_form_bodies_never_break_a_page(client, seed, url):
    for body in ODD_BODIES:
        response = client.post(url, body)
        assert response.status_code < 500, body
        assert response.status_code != 405, f"{url} takes no form: {body}"


def test_a_post_to_a_page_that_takes_no_form_is_refused_politely(client, seed):
    assert not takes_forms("/hjelp/")
    response = client.post("/hjelp/", ODD_BODIES[0])
    assert response.status_code == 405 and "POST" not in response["Allow"]


@pytest.mark.parametrize(("path", "expected"), ODD_PATHS.items(), ids=range(len(ODD_PATHS)))
def test_odd_addresses_get_a_not_found_page_or_stay_on_the_site(client, seed, path, expected):
    status, location = expected
    # Set as the path itself, as a WSGI server passes it: the test client would
    # read "//example.org/" as a host.
    response = client.get("/", PATH_INFO=unquote_to_bytes(path).decode("iso-8859-1"))
    assert (response.status_code, response.get("Location")) == (status, location)
    if status == 404:
        assert "Fant ikke siden" in response.content.decode() or "Page not found" in (
            response.content.decode()
        )


def test_odd_query_strings_on_machine_pages(client, seed):
    assert client.get("/sitemap.xml?p=abc").status_code == 404
    assert client.get("/tegn/veiledning/?signs=1")["Location"] == "/tegn/"


def test_odd_methods_are_refused_politely(client, seed):
    for method in ("put", "patch", "delete", "options"):
        response = getattr(client, method)("/hjelp/")
        assert response.status_code < 500, method
