import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import add_never_cache_headers


class SecurityHeadersMiddleware:
    """The security headers Django has no setting for, on every answer
    (static files included), and no-store on every answer to a form sent."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        # No other site may embed our pages, images or files: what a visitor
        # loads from here is not readable from a page elsewhere.
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if request.method == "POST" and "no-store" not in response.get("Cache-Control", ""):
            # What a visitor sent, or its answer, must not stay in any cache.
            add_never_cache_headers(response)
        return response


class PageCacheMiddleware:
    """Serves public pages from the cache before any other middleware runs.

    Only what is the same for every visitor is cached: a GET without cookies
    (editors, who carry a session cookie, always see fresh pages) and without a
    query string, answered 200 with no cookie, no CSP nonce and nothing that
    forbids caching. Saving any content in the admin clears the cache
    (content.core.signals). The stored response carries its security headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._cacheable_request(request):
            return self.get_response(request)
        # Hashed: a path may hold any character and be of any length.
        key = "page:" + hashlib.sha256(f"{request.method}:{request.path}".encode()).hexdigest()
        response = cache.get(key)
        if response is None:
            response = self.get_response(request)
            if self._cacheable_response(response):
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

    @staticmethod
    def _cacheable_request(request):
        return (
            request.method in ("GET", "HEAD")
            and not request.COOKIES
            and not request.META.get("QUERY_STRING")
            and not request.path.startswith("/admin/")
        )

    @staticmethod
    def _cacheable_response(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "no-store" not in cache_control
            and "private" not in cache_control
            and "'nonce-" not in response.get("Content-Security-Policy", "")
        )
