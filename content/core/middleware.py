from django.conf import settings
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
