import hashlib

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from content.pagecache.middleware import content_version


class SearchCacheMiddleware:
    """Serves a repeated search from the shared cache before the rest of the
    middleware runs, as PageCacheMiddleware does for pages without a query.

    The result page is the same for every visitor (it sets no cookie and holds
    no nonce). It is kept in the default cache (memory, not the page cache's
    files: a result page holds the words searched for, which must never reach
    a disk) under a hash of the content version, the address and the words, so
    a new content version (any edit, and every rebuild of the index) makes
    every worker search afresh.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self._paths = None

    def __call__(self, request):
        key = self._key(request)
        if key is None:
            return self.get_response(request)
        response = cache.get(key)
        if response is None:
            response = self.get_response(request)
            if self._cacheable(response):
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

    def _search_paths(self):
        if self._paths is None:
            paths = set()
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    paths.add(reverse("search:index"))
            self._paths = paths
        return self._paths

    def _key(self, request):
        if request.method != "GET" or request.path not in self._search_paths():
            return None
        q = request.GET.get("q")
        if not q:
            return None
        raw = f"{content_version()}\0{request.scheme}\0{request.path}\0{q}"
        digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass"))
        return "search:" + digest.hexdigest()

    @staticmethod
    def _cacheable(response):
        return (
            getattr(response, "search_results", False)
            and response.status_code == 200
            and not response.cookies
            and "'nonce-" not in response.get("Content-Security-Policy", "")
        )
