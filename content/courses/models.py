import calendar

from django.conf import settings
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

    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    role = models.CharField(
        _("service or profession"),
        max_length=200,
        help_text=_("What kind of service the course is for."),
    )
    participants = models.PositiveIntegerField(
        _("participants"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(9999)],
    )
    preferred_time = models.CharField(_("preferred time"), max_length=200, blank=True)
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
