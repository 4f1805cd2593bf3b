"""The admin login lockout: django-axes, set up so that it keeps no address,
logs nobody, answers in the admin's language and costs little under a flood:
a refused attempt is answered from the cache, and after a second's wait that
holds a thread but no CPU, so a flood slows itself down.

The settings (AXES_*) are in hopeportal/settings.py and point here.
"""

import hashlib
import ipaddress
import threading
import time
from functools import cache

from axes.models import AccessAttempt
from django.conf import settings
from django.core.cache import cache as shared_cache
from django.db.models import Sum
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .clients import client_digest


def client_pseudonym(request):
    """What axes keeps as the client's "IP address": a keyed hash of it, shaped
    as an IPv6 address so the database's address column accepts it."""
    return str(ipaddress.IPv6Address(client_digest(request, "login")[:16]))


def client_str(username, ip_address, user_agent, path_info, request):
    """How axes names a client in its log lines: by neither account nor address."""
    return "a client (see Access attempts in the admin)"


@cache
def _lockout_page(language):
    # The same for everyone, so rendered once per language and process: a
    # flood of refused logins costs no template work.
    with translation.override(language):
        return render_to_string(
            "admin/login_locked.html",
            {
                "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
                "login_url": reverse("admin:login"),
                "LANGUAGE_CODE": language,
            },
        )


def lockout_response(request, original_response=None, credentials=None):
    """The answer to a locked-out login attempt, in the admin's language."""
    language = translation.get_language_from_request(request)
    response = HttpResponse(_lockout_page(language), status=429)
    response.headers["Content-Language"] = language
    response.headers["Cache-Control"] = "no-store"
    response.headers["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


# A refusal is remembered in the cache for this long, so a flood from a
# locked-out client costs a cache lookup rather than database queries. Lifting
# a lock (axes_reset, the admin) forgets every remembered refusal at once where
# the cache is shared; with a cache per process (locmem) within this time.
REFUSAL_SECONDS = 60
_GENERATION = "login-lock:generation"


class LoginLockoutMiddleware:
    """Refuses a login from a locked-out account or client before the rest of
    the stack runs: no session, no CSRF check, no form, no password hashing;
    a cache lookup (or two indexed queries) and a prepared page, held back for
    LOGIN_REFUSAL_DELAY seconds (see hold_back). Attempts that are not refused
    go on to the login view, where axes counts failures."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.waiting = threading.BoundedSemaphore(max(settings.LOGIN_REFUSALS_WAITING, 1))

    def __call__(self, request):
        if request.method == "POST" and request.path == _login_path() and _refused(request):
            self.hold_back(request)
            return lockout_response(request)
        return self.get_response(request)

    def hold_back(self, request):
        """Wait before answering a refusal, so a client that tries again as soon
        as it is answered (a flood) gets few answers and costs little CPU. Only
        where the server runs requests in threads, and only as many at once as
        LOGIN_REFUSALS_WAITING: the rest are answered at once, so waiting
        refusals never take every thread from the public pages."""
        delay = settings.LOGIN_REFUSAL_DELAY
        if not delay or not request.META.get("wsgi.multithread"):
            return
        if self.waiting.acquire(blocking=False):
            try:
                time.sleep(delay)
            finally:
                self.waiting.release()


def _refused(request):
    username = request.POST.get("username", "")
    pseudonym = client_pseudonym(request)
    who = f"{username}\0{pseudonym}"
    generation = shared_cache.get(_GENERATION, 0)
    key = f"login-lock:{generation}:{hashlib.sha256(who.encode()).hexdigest()}"
    if shared_cache.get(key):
        return True
    if not _locked(username, pseudonym):
        return False
    shared_cache.set(key, True, min(REFUSAL_SECONDS, settings.AXES_COOLOFF_TIME.total_seconds()))
    return True


def _locked(username, pseudonym):
    """Whether axes' records lock the account or the client out: as many
    failures as AXES_FAILURE_LIMIT within the cool-off, per account or per
    client (AXES_LOCKOUT_PARAMETERS). Read from axes' AccessAttempt model,
    not through its handler's internals."""
    recent = AccessAttempt.objects.filter(
        attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME
    )
    lookups = [{"ip_address": pseudonym}, *([{"username": username}] if username else [])]
    for lookup in lookups:
        failures = recent.filter(**lookup).aggregate(n=Sum("failures_since_start"))["n"]
        if (failures or 0) >= settings.AXES_FAILURE_LIMIT:
            return True
    return False


@receiver(post_delete, sender=AccessAttempt)
@receiver(post_save, sender=AccessAttempt)
def _forget_refusals(**kwargs):
    # A lock lifted or a count changed: no remembered refusal may outlive it.
    try:
        shared_cache.incr(_GENERATION)
    except ValueError:
        shared_cache.set(_GENERATION, 1, None)


@cache
def _login_path():
    return reverse("admin:login")
