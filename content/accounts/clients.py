"""Who is asking, without keeping who they are.

The admin login lockout and the course form's throttle count per client. A
visitor's address is never stored, in the database, the cache or a log: only
a keyed hash of it, which nobody without the site's secret key can link back
to an address, and which changes when the key does.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.utils.crypto import salted_hmac


@lru_cache
def _networks(proxies):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in proxies)


def _trusted(address, networks):
    try:
        address = ipaddress.ip_address(address)
    except ValueError:
        return False
    if address.version == 6 and address.ipv4_mapped:
        address = address.ipv4_mapped
    return any(address in network for network in networks)


def client_address(request):
    """The client's address: the connection's, unless it comes from a trusted
    proxy (DJANGO_TRUSTED_PROXIES); then, in X-Forwarded-For read from the
    right, the first address that is not a trusted proxy. Each trusted proxy
    appends the address it saw, so everything left of that is the client's own
    claim and changes nothing."""
    peer = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    if not networks or not _trusted(peer, networks):
        return peer
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    address = peer
    for entry in reversed([entry.strip() for entry in forwarded if entry.strip()]):
        address = entry
        if not _trusted(entry, networks):
            break
    return address


def client_digest(request, purpose):
    """A keyed hash of the client's address, different for each purpose."""
    return salted_hmac(
        f"hopeportal.clients.{purpose}", client_address(request), algorithm="sha256"
    ).digest()
