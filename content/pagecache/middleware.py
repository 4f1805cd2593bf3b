"""The page cache: whole public pages that are the same for every visitor.

Every worker and every process (gunicorn workers, `manage.py shell`, commands)
reads and writes the cache alias ``pages``: by default files under ``var/``
that all processes of the machine share; several app servers point it at one
Redis. Each key holds the *content version*, a random stamp kept in the same
cache. Saving or deleting any content (a ``Publishable`` model) replaces the
stamp when the transaction commits (content.core.signals), never before: an
admin preview saves inside a transaction that is rolled back and changes
nothing visitors get. The next request on every worker looks up new keys and renders the page
afresh. Old entries are
never read again and expire on their own (PAGE_CACHE_SECONDS).

A stored page keeps its body plain, gzipped and brotli-compressed (compressing
is safe here: a page the same for every visitor holds no secret), and is
answered with a validator (ETag, 304 on a conditional GET) and a Cache-Control
that lets a CDN keep it for CDN_CACHE_SECONDS while browsers revalidate.
"""

import gzip
import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.http import parse_etags

try:
    import brotli
except ImportError:  # whitenoise's optional dependency; pinned in requirements.txt
    brotli = None

STAMP_KEY = "content-version"
COMPRESSIBLE = ("text/", "application/xml", "application/json")
# Headers a stored page sets per answer, not once for all.
PER_ANSWER = {"content-length", "content-encoding", "etag", "vary"}


def content_version():
    """The current content version (one cache read); made anew if it is gone."""
    cache = caches["pages"]
    stamp = cache.get(STAMP_KEY)
    if stamp is None:
        # A fresh random stamp matches no old entry: nothing stale can come back.
        cache.add(STAMP_KEY, uuid.uuid4().hex, timeout=None)
        stamp = cache.get(STAMP_KEY)
    return stamp


def bump(**kwargs):
    """A new content version: every page is rendered afresh on its next request.
    Connected to core's content_committed signal only (a commit, never a preview)."""
    caches["pages"].set(STAMP_KEY, uuid.uuid4().hex, timeout=None)


class CachedPage:
    """A page as stored: status, headers, an ETag and the body per encoding."""

    def __init__(self, response):
        self.status = response.status_code
        self.headers = [(k, v) for k, v in response.items() if k.lower() not in PER_ANSWER]
        if not response.has_header("Cache-Control"):
            self.headers.append(
                ("Cache-Control", f"public, max-age=0, s-maxage={settings.CDN_CACHE_SECONDS}")
            )
        body = response.content
        # Weak: the plain and the compressed bodies are the same page.
        self.etag = f'W/"{hashlib.sha256(body).hexdigest()[:32]}"'
        self.bodies = {"identity": body}
        if response.get("Content-Type", "").startswith(COMPRESSIBLE):
            self.bodies["gzip"] = gzip.compress(body, compresslevel=9, mtime=0)
            if brotli is not None:
                self.bodies["br"] = brotli.compress(body, mode=brotli.MODE_TEXT)

    def response_for(self, request):
        if self._not_modified(request.META.get("HTTP_IF_NONE_MATCH")):
            response = HttpResponseNotModified()
            for name, value in self.headers:
                if name.lower() in ("cache-control", "expires", "content-location"):
                    response.headers[name] = value
        else:
            encoding = self._encoding(request.META.get("HTTP_ACCEPT_ENCODING", ""))
            body = self.bodies[encoding]
            response = HttpResponse(body, status=self.status)
            for name, value in self.headers:
                response.headers[name] = value
            if encoding != "identity":
                response.headers["Content-Encoding"] = encoding
            response.headers["Content-Length"] = str(len(body))
        response.headers["ETag"] = self.etag
        if len(self.bodies) > 1:
            response.headers["Vary"] = "Accept-Encoding"
        return response

    def _not_modified(self, if_none_match):
        if not if_none_match:
            return False
        tags = parse_etags(if_none_match)
        return "*" in tags or self.etag.removeprefix("W/") in {t.removeprefix("W/") for t in tags}

    def _encoding(self, accept_encoding):
        accepted = {}
        for part in accept_encoding.lower().split(","):
            name, _sep, params = part.partition(";")
            quality = 1.0
            params = params.strip()
            if params.startswith("q="):
                try:
                    quality = float(params[2:])
                except ValueError:
                    quality = 0.0
            accepted[name.strip()] = quality
        for encoding in ("br", "gzip"):
            if encoding in self.bodies and accepted.get(encoding, 0) > 0:
                return encoding
        return "identity"


class PageCacheMiddleware:
    """Serves public pages from the page cache, right after Django's HTTPS
    redirect and behind its host check.

    Only what is the same for every visitor is stored: a GET (or HEAD) without
    cookies (editors, who carry a session cookie, always see fresh pages) and
    without a query string, answered 200 with no cookie, no CSP nonce, no
    ``Vary: Cookie`` and nothing that forbids caching. Absolute URLs in pages
    come from SITE_URL, so the key needs only the scheme and the path. Any
    other answer to a visitor is marked ``no-store`` unless its view said
    otherwise: it may differ per visitor.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith((settings.STATIC_URL, "/admin/")):
            return self.get_response(request)
        if not self._cacheable_request(request):
            return self._not_stored(self.get_response(request))
        request.get_host()  # a host Django refuses gets its 400 before any cached page
        cache = caches["pages"]
        key = self._key(request, content_version())
        page = cache.get(key)
        if page is None:
            response = self.get_response(request)
            if not self._cacheable_response(response):
                return self._not_stored(response)
            page = CachedPage(response)
            cache.set(key, page)
        return page.response_for(request)

    @staticmethod
    def _key(request, version):
        # HEAD shares GET's entry (the server leaves out the body). Hashed: a
        # path may hold any character and be of any length.
        raw = f"{version}:{request.scheme}:{request.path}"
        return "page:" + hashlib.sha256(raw.encode()).hexdigest()

    @staticmethod
    def _cacheable_request(request):
        return (
            request.method in ("GET", "HEAD")
            and not request.COOKIES
            and not request.META.get("QUERY_STRING")
        )

    @staticmethod
    def _cacheable_response(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not response.has_header("Content-Encoding")
            and "cookie" not in response.get("Vary", "").lower()
            and "no-store" not in cache_control
            and "private" not in cache_control
            and "'nonce-" not in response.get("Content-Security-Policy", "")
        )

    @staticmethod
    def _not_stored(response):
        response.headers.setdefault("Cache-Control", "no-store")
        return response
