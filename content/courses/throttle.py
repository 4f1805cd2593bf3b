"""How many inquiries one client may send an hour.

Counted in the cache under a keyed hash of the client's address
(content.accounts.clients), for an hour from its first inquiry: no address is
stored in the database, the cache or a log. Only inquiries that were saved
count, so a person correcting mistakes in the form is never held back.
"""

from django.conf import settings
from django.core.cache import cache

from content.accounts.clients import client_digest

HOUR = 60 * 60


def _key(request):
    return "course-inquiries:" + client_digest(request, "course-inquiries").hex()


def over_limit(request):
    return cache.get(_key(request), 0) >= settings.COURSE_INQUIRY_LIMIT_PER_HOUR


def count(request):
    key = _key(request)
    if not cache.add(key, 1, HOUR):
        try:
            cache.incr(key)
        except ValueError:  # expired in between
            cache.set(key, 1, HOUR)
