import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from content.core.siteurl import absolute_url

from .models import CourseInquiry

logger = logging.getLogger(__name__)


def _one_line(value):
    # Validation keeps line breaks out of these fields; this keeps them out of
    # the e-mail even for an inquiry saved some other way.
    return " ".join(str(value).split())


def _field_lines(inquiry):
    """'label: value' per filled-in field. A field of several lines follows its
    label indented and quoted, so no line of it can pass for a field or a header."""
    for name in CourseInquiry.VISITOR_FIELDS:
        value = getattr(inquiry, name)
        if value in ("", None):
            continue
        label = inquiry._meta.get_field(name).verbose_name
        if name in CourseInquiry.MULTILINE_FIELDS:
            yield f"{label}:"
            yield from (f"    > {line}".rstrip() for line in str(value).splitlines())
        else:
            yield f"{label}: {_one_line(value)}"


def notify_staff(inquiry, request):
    """E-mail the addresses in COURSE_INQUIRY_NOTIFY about a new inquiry.

    The inquiry is saved before this runs, and no mail trouble may lose it or
    show the visitor an error: failures are logged (without the inquiry's
    content) and otherwise ignored. Django 6.1 deprecates send_mail's
    fail_silently, so the exception is caught here instead.
    """
    if not settings.COURSE_INQUIRY_NOTIFY:
        return
    # Staff read Bokmål, whatever language the visitor wrote in.
    with translation.override(settings.LANGUAGE_CODE):
        url = absolute_url(reverse("admin:courses_courseinquiry_change", args=[inquiry.pk]))
        lines = list(_field_lines(inquiry))
        # One line: a header must not carry a visitor's line breaks.
        organisation = _one_line(inquiry.organisation)
        subject = _("New course inquiry from %(organisation)s") % {"organisation": organisation}
        body = "\n".join([*lines, "", _("Handle it in the admin: %(url)s") % {"url": url}])
    try:
        send_mail(subject, body, None, settings.COURSE_INQUIRY_NOTIFY)
    except Exception:
        logger.exception("Could not send the notification of course inquiry %s", inquiry.pk)
