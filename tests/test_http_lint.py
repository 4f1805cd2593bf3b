"""HTTP as a linter (redbot) wants it: a validator per encoding of a static file,
no Last-Modified the sitemap cannot honour, one log line for a refused Host,
nothing odd in the server's log for HEAD."""

import gzip
import io
import logging

import pytest
from django.test import RequestFactory

from content.core.static import StaticFilesMiddleware


@pytest.fixture
def static_root(tmp_path, settings):
    css = b"body { color: #222; }\n" * 50
    (tmp_path / "site.css").write_bytes(css)
    (tmp_path / "site.css.gz").write_bytes(gzip.compress(css))
    (tmp_path / "site.css.br").write_bytes(b"not really brotli")
    settings.STATIC_ROOT = tmp_path
    settings.WHITENOISE_AUTOREFRESH = False
    settings.WHITENOISE_USE_FINDERS = False
    return StaticFilesMiddleware(lambda request: None)


def fetch(middleware, encoding, **headers):
    request = RequestFactory().get("/static/site.css", HTTP_ACCEPT_ENCODING=encoding, **headers)
    return middleware(request)


def test_each_encoding_of_a_static_file_has_its_own_etag(static_root):
    answers = {enc: fetch(static_root, enc) for enc in ("identity", "gzip", "br, gzip")}
    etags = {enc: answer["ETag"] for enc, answer in answers.items()}
    assert answers["gzip"]["Content-Encoding"] == "gzip"
    assert answers["br, gzip"]["Content-Encoding"] == "br"
    assert "Content-Encoding" not in answers["identity"]
    assert len(set(etags.values())) == 3, etags
    for enc, etag in etags.items():
        assert fetch(static_root, enc, HTTP_IF_NONE_MATCH=etag).status_code == 304
    # Another encoding's validator does not match: the full body, in this encoding.
    answer = fetch(static_root, "gzip", HTTP_IF_NONE_MATCH=etags["identity"])
    assert answer.status_code == 200 and answer["ETag"] == etags["gzip"]
    not_modified = fetch(static_root, "gzip", HTTP_IF_NONE_MATCH=f'"x", {etags["gzip"]}')
    assert not_modified.status_code == 304 and not_modified["ETag"] == etags["gzip"]


def test_the_sitemap_sends_no_last_modified_it_cannot_honour(client, seed):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and b"<lastmod>" in response.content
    assert "Last-Modified" not in response


def test_a_disallowed_host_is_one_line_in_the_log(client, seed):
    handler = next(
        h for h in logging.getLogger("django.security.DisallowedHost").handlers if h.filters
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        assert client.get("/", HTTP_HOST="evil.example.com").status_code == 400
    finally:
        handler.setStream(previous)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1 and "evil.example.com" in lines[0], lines


def test_head_leaves_nothing_odd_in_the_servers_log(site_factory, capfd):
    site = site_factory(workers=1)
    capfd.readouterr()
    for path in ["/", "/fakta/", "/sitemap.xml", "/robots.txt", "/finnes-ikke/"]:
        status, headers, body = site.request("HEAD", path)
        assert body == b"" and status in (200, 404), (path, status)
        if status == 200:
            assert int(headers["content-length"]) > 0, path
    site.stop()
    # gunicorn warns of a body sent with a HEAD answer; nothing of the sort.
    log = capfd.readouterr().err + site.error_log.read_text()
    assert "body" not in log.lower(), log
