"""gunicorn settings for `make run` and production. Override with GUNICORN_CMD_ARGS."""

import multiprocessing
import os
import re

from gunicorn.glogging import Logger

workers = int(os.environ.get("WEB_CONCURRENCY") or min(4, multiprocessing.cpu_count() * 2))
# Threads in each worker: a request that waits (a refused login held back by
# content.accounts.lockout, a slow client) takes a thread, not a whole worker, so
# the public pages keep being served. Each thread has its own database
# connection.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS") or 8)
# No keep-alive: each request goes to whichever worker takes it first, as with
# sync workers. A kept-alive connection stays with one worker, so cheap pages
# queued behind a busy one (bench/loadtest.py showed it); the proxy or CDN in
# front keeps visitors' connections alive.
keepalive = 0
# gunicorn 27 opens one control socket per user by default; two servers (the
# site and the benchmark) would collide on it.
control_socket_disable = True
accesslog = "-"
# The path without its query string, and no client address: visitors' searches
# and where they come from are not ours to keep.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
# Forwarded headers (X-Forwarded-Proto, and SCRIPT_NAME/PATH_INFO) count only
# from these addresses: a TLS proxy in front, e.g. FORWARDED_ALLOW_IPS=10.0.0.5.
# Empty: from nobody, so no client can change the site's scheme or prefix.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "")
# Headers with an underscore (SCRIPT_NAME from a client) are dropped.
header_map = "drop"

_ADDRESS = re.compile(r"\s*\bfrom ip=\S*|\s*\bip=\S*")
_REQUEST_TEXT = re.compile(r"(Invalid request)\b.*", re.S)
_QUERY = re.compile(r"\?\S*")


def _scrub(message):
    """What the error log keeps of a message: no client address, no query string,
    and of a malformed request only that it was one (its text may be anything)."""
    message = _REQUEST_TEXT.sub(r"\1", str(message))
    message = _QUERY.sub("?…", message)
    return _ADDRESS.sub("", message)


class PrivateLogger(Logger):
    """gunicorn's logger, minus visitors' addresses and query strings."""

    def _private(self, level, msg, *args, **kwargs):
        if args:
            msg, args = msg % args, ()
        getattr(super(), level)(_scrub(msg), **kwargs)

    def warning(self, msg, *args, **kwargs):
        self._private("warning", msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self._private("error", msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self._private("info", msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self._private("debug", msg, *args, **kwargs)

    def exception(self, msg, *args, **kwargs):
        self._private("exception", msg, *args, **kwargs)


logger_class = PrivateLogger
