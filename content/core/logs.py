"""Logging and error reports that keep visitors private: one line for a refused
host, and server errors reported (to DJANGO_ADMINS by e-mail, to an optional
error tracker) without the request's addresses, cookies, query string or form."""

import logging
import traceback
from urllib.parse import urlsplit, urlunsplit

from django.utils.log import AdminEmailHandler


class OneLine(logging.Filter):
    """The message without its traceback."""

    def filter(self, record):
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


class PrivateAdminEmailHandler(AdminEmailHandler):
    """Django's mail to ADMINS about a server error, with the traceback only:
    Django's own report adds the request (the client's address, cookies, the
    query string) and each frame's variables (form fields)."""

    def emit(self, record):
        subject = self.format_subject(f"{record.levelname}: {record.getMessage()}")
        if record.exc_info:
            body = "".join(traceback.format_exception(*record.exc_info))
        else:
            body = record.getMessage()
        self.send_mail(subject, body)


def scrub_event(event, hint=None):
    """sentry-sdk's before_send: what the tracker gets of a request is its
    method and its address without the query string; no user, no breadcrumbs
    (they may hold queries or addresses)."""
    request = event.get("request") or {}
    scrubbed = {}
    if request.get("method"):
        scrubbed["method"] = request["method"]
    if request.get("url"):
        parts = urlsplit(request["url"])
        scrubbed["url"] = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    event["request"] = scrubbed
    event.pop("user", None)
    event.pop("breadcrumbs", None)
    for key in ("server_name",):
        event.pop(key, None)
    return event


def init_error_tracker(dsn, environment=None):
    """sentry-sdk, only when a DSN is set; nothing personal is sent."""
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        environment=environment or None,
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        traces_sample_rate=0,
        before_send=scrub_event,
        before_send_transaction=lambda event, hint: None,
    )
