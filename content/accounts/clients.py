"""Who is asking, without keeping who they are.

The admin login lockout and the course form's throttle count per client. A
visitor's address is never stored, in the database, the cache or a log: only
a keyed hash of it, which nobody without the site's secret key can link back
to an address, and which changes when the key does.
"""

from django.conf import settings
from django.utils.crypto import salted_hmac


def client_address(request):
    """The client's address: the connection's, or behind PROXY_COUNT proxies
    that each append to X-Forwarded-For, the one the outermost of them saw.
    Entries further left are the client's own claims and are not trusted."""
    if settings.PROXY_COUNT:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [address.strip() for address in forwarded if address.strip()]
        if len(forwarded) >= settings.PROXY_COUNT:
            return forwarded[-settings.PROXY_COUNT]
    return request.META.get("REMOTE_ADDR", "")


def client_digest(request, purpose):
    """A keyed hash of the client's address, different for each purpose."""
    return salted_hmac(
        f"hopeportal.clients.{purpose}", client_address(request), algorithm="sha256"
    ).digest()
