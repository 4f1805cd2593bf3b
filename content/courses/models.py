import calendar
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def site_languages():
    # A callable, so adding a language to the site needs no migration here.
    return settings.LANGUAGES


def months_before(moment, months):
    """The same time `months` calendar months earlier (31 March - 1 month = 28/29 Feb)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


# Every character that starts a new line somewhere: in an e-mail, a CSV file, a
# spreadsheet or Python's own str.splitlines.
LINE_BREAK = re.compile(r"[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def one_line(value):
    """One-line fields must stay one line: in the staff e-mail, a line break
    could fake a line of its own (say "Bcc: ..."); in the CSV, a new row."""
    if LINE_BREAK.search(value):
        raise ValidationError(_("Write this on one line, without line breaks."), code="line_break")


class CourseInquiryQuerySet(models.QuerySet):
    def mark_handled(self):
        """Marks the new ones handled now; returns how many."""
        return self.filter(status=CourseInquiry.Status.NEW).update(
            status=CourseInquiry.Status.HANDLED, handled_at=timezone.now()
        )

    def older_than(self, months):
        return self.filter(created_at__lt=months_before(timezone.now(), months))


class CourseInquiry(models.Model):
    """A request for a course, sent through the form on the site."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        HANDLED = "handled", _("Handled")

    name = models.CharField(_("name"), max_length=200, validators=[one_line])
    organisation = models.CharField(_("organisation"), max_length=200, validators=[one_line])
    email = models.EmailField(_("e-mail"), max_length=254, validators=[one_line])
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[one_line])
    role = models.CharField(
        _("service or profession"),
        max_length=200,
        validators=[one_line],
        help_text=_("What kind of service the course is for."),
    )
    participants = models.PositiveIntegerField(
        _("participants"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(9999)],
    )
    preferred_time = models.CharField(
        _("preferred time"), max_length=200, blank=True, validators=[one_line]
    )
    message = models.TextField(_("message"), max_length=3000, blank=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=site_languages,
        default=settings.LANGUAGE_CODE,
        help_text=_("The site language the inquiry was sent in."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)

    objects = CourseInquiryQuerySet.as_manager()

    # The one field that may hold several lines.
    MULTILINE_FIELDS = ["message"]
    # What the visitor fills in, in the form's order (the form, the staff e-mail
    # and the CSV export all use it).
    VISITOR_FIELDS = [
        "name",
        "organisation",
        "email",
        "phone",
        "role",
        "participants",
        "preferred_time",
        "message",
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("course inquiry")
        verbose_name_plural = _("course inquiries")

    def __str__(self):
        return f"{self.name}, {self.organisation}"

    def save(self, *args, **kwargs):
        # handled_at says when it was handled, however the status was changed.
        if self.status == self.Status.HANDLED and self.handled_at is None:
            self.handled_at = timezone.now()
        elif self.status == self.Status.NEW:
            self.handled_at = None
        super().save(*args, **kwargs)
