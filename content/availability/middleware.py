"""When the database is down or hung: a calm 503 page within seconds.

The page (templates/503.html, in every language) is rendered while the database
answers and written to files under var/unavailable/ whenever changed content
commits (content.core.signals.content_committed: saves, `manage.py seed` and
`manage.py restore`).
So it shows the help numbers as editors last saved them, and serving it needs
no database. Cached pages are served before any of this runs.

A request whose database work fails to connect, times out or, on PostgreSQL,
takes longer than DB_REQUEST_DEADLINE seconds (a stopped server answers no
statement timeout, so the request's query is cut off) gets that page with
status 503. The worker then answers 503 at once for DB_RETRY_SECONDS before it
tries the database again, so a hung database does not keep every worker
waiting.

A connection kept from an earlier request is checked first (CONN_HEALTH_CHECKS),
under a deadline of its own, DB_HEALTH_CHECK_SECONDS: Django would check it
with a query at the request's first use, and when a hung server held that
query past the request's deadline it would connect again, unbounded by it.
"""

import contextlib
import logging
import os
import signal
import socket
import threading
import time
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_from_path

logger = logging.getLogger(__name__)


class DatabaseDeadline(Exception):
    """The request's work took longer than DB_REQUEST_DEADLINE seconds."""


UNAVAILABLE = (OperationalError, InterfaceError, DatabaseDeadline)
_down_until = 0.0


def _folder():
    return Path(settings.VAR_DIR) / "unavailable"


def _render(code, **context):
    with translation.override(code):
        request = HttpRequest()
        request.path = request.path_info = reverse("core:home")
        return render_to_string("503.html", context, request=request)


def write_pages(**kwargs):
    """Render the 503 page in every language into var/unavailable/. Never fails
    the caller: without the database the previous files stay."""
    folder = _folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for code, _name in settings.LANGUAGES:
            temporary = folder / f".{code}.{os.getpid()}.tmp"
            temporary.write_text(_render(code), encoding="utf-8")
            os.replace(temporary, folder / f"{code}.html")  # atomic for readers
    except Exception:
        logger.exception("Could not write the 'temporarily unavailable' pages")


def unavailable_response(request):
    code = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    try:
        html = (_folder() / f"{code}.html").read_bytes()
    except OSError:
        # Never written (a new install whose database never answered): the
        # page without the contacts, which need the database; it shows 112.
        html = _render(code, help_contacts=[], help_list=[], emergency_contact=None)
    response = HttpResponse(html, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(settings.DB_RETRY_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def _database_failed():
    global _down_until
    _down_until = time.monotonic() + settings.DB_RETRY_SECONDS
    # A connection left waiting on a hung server must not be used again, and
    # Django's own check of it (a query) would wait too.
    for connection in connections.all(initialized_only=True):
        with contextlib.suppress(Exception):
            connection.close()


@contextlib.contextmanager
def _deadline(seconds):
    """Cut the request's database work off after `seconds`: in a process's main
    thread (gunicorn's sync workers) a signal raises DatabaseDeadline wherever
    the request is; in a worker thread (gthread), where no signal arrives, a
    timer shuts down the sockets of the thread's database connections, so the
    query waiting on them fails at once with the driver's OperationalError."""
    if not seconds:
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _socket_timer(seconds):
            yield


@contextlib.contextmanager
def _alarm(seconds):
    def expired(signum, frame):
        raise DatabaseDeadline

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    outer, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # someone else's alarm (e.g. pytest-timeout) keeps running
            left = max(outer - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, interval)


@contextlib.contextmanager
def _socket_timer(seconds):
    # This thread's connection wrappers (connecting is lazy, so a connection
    # opened later in the request is the wrapper's too).
    wrappers = [connections[alias] for alias in connections]
    lock = threading.Lock()
    running = True

    def expired():
        with lock:  # never once the request is over: its connections live on
            if running:
                for wrapper in wrappers:
                    _shut_down(wrapper.connection)

    timer = threading.Timer(seconds, expired)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            running = False
        timer.cancel()


def _shut_down(raw_connection):
    """Shut the socket under a driver's connection down for both directions; a
    thread blocked reading or writing it wakes with an error."""
    if raw_connection is None:
        return
    with contextlib.suppress(Exception):
        descriptor = os.dup(raw_connection.fileno())
        with socket.socket(fileno=descriptor) as connection_socket:
            connection_socket.shutdown(socket.SHUT_RDWR)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.STATIC_URL):
            return self.get_response(request)
        if time.monotonic() < _down_until:
            return unavailable_response(request)
        try:
            if settings.DB_REQUEST_DEADLINE:
                with _deadline(settings.DB_HEALTH_CHECK_SECONDS):
                    for connection in connections.all(initialized_only=True):
                        connection.close_if_health_check_failed()
            with _deadline(settings.DB_REQUEST_DEADLINE):
                response = self.get_response(request)
        except DatabaseDeadline:
            # Expired outside a view (in another middleware or a response's render).
            _database_failed()
            return unavailable_response(request)
        if getattr(request, "_database_failed", False):
            return unavailable_response(request)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, UNAVAILABLE):
            logger.warning("Database unavailable: %s", type(exception).__name__)
            request._database_failed = True
            _database_failed()
            return unavailable_response(request)
        return None
