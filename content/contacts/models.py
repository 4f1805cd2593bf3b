import re

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.core.models import Publishable, PublishableQuerySet

NORWAY = "+47"


def phone_digits(number):
    return re.sub(r"[^\d+]", "", number)


def validate_phone(number):
    digits = phone_digits(number)
    if not re.fullmatch(r"\+?\d{3,15}", digits):
        raise ValidationError(_("Enter a phone number of digits, e.g. 22 33 11 60 or 112."))


class HelpContact(Publishable):
    class Anonymity(models.TextChoices):
        YES = "yes", _("You can stay anonymous")
        NO = "no", _("Not anonymous")
        UNKNOWN = "", _("Not stated")

    name = models.CharField(_("name"), max_length=200)
    when_to_use = models.TextField(_("when to contact"))
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        validators=[validate_phone],
        help_text=_("As people write it: 22 33 11 60, 112, 02800."),
    )
    web_url = models.URLField(_("web address"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    anonymity = models.CharField(
        _("anonymous"), max_length=3, choices=Anonymity.choices, blank=True, default=""
    )
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Never shown on the site.")
    )
    is_emergency = models.BooleanField(
        _("emergency number"),
        default=False,
        help_text=_("Shown in the header of every page and first on the help page."),
    )

    class Meta:
        ordering = ["-is_emergency", "sort_order", "pk"]
        verbose_name = _("help contact")
        verbose_name_plural = _("help contacts")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("contacts:index") + f"#contact-{self.pk}"

    @property
    def phone_tel(self):
        """The `tel:` form: Norwegian 8-digit numbers get +47; short numbers
        such as 112 and 02800 only work as dialled, so they stay as they are."""
        digits = phone_digits(self.phone)
        if len(digits) == 8 and not digits.startswith("0"):
            return NORWAY + digits
        return digits

    @property
    def phone_display(self):
        """Grouped as people write numbers in Norway: 22 33 11 60."""
        digits = phone_digits(self.phone)
        if digits.startswith(NORWAY):
            digits = digits[len(NORWAY) :]
        if len(digits) == 8 and not digits.startswith("0"):
            return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
        return digits


class SituationQuerySet(PublishableQuerySet):
    def published(self):
        return super().published().filter(contact__is_published=True)


class Situation(Publishable):
    """One line of the help page's "who should I contact?" guide."""

    situation = models.CharField(
        _("situation"), max_length=200, help_text=_('E.g. "Someone is in danger now".')
    )
    advice = models.CharField(_("advice"), max_length=300, blank=True)
    contact = models.ForeignKey(
        HelpContact, on_delete=models.CASCADE, related_name="situations", verbose_name=_("contact")
    )

    objects = SituationQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("situation")
        verbose_name_plural = _("who to contact: situations")

    def __str__(self):
        return self.situation

    def get_absolute_url(self):
        return reverse("contacts:index") + "#who-to-contact"


class ContactChangeQuerySet(models.QuerySet):
    def recent(self, days=7):
        from datetime import timedelta

        from django.utils import timezone

        return self.filter(changed_at__gte=timezone.now() - timedelta(days=days))


class ContactChange(models.Model):
    """A change to a help contact, kept so staff can see it and check it: a
    changed number is the worst defacement this site can suffer (alerts.py)."""

    class Kind(models.TextChoices):
        ADDED = "added", _("added")
        CHANGED = "changed", _("changed")
        DELETED = "deleted", _("deleted")

    contact = models.ForeignKey(
        HelpContact,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="changes",
        verbose_name=_("help contact"),
    )
    contact_name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("what happened"), max_length=10, choices=Kind.choices)
    # [{"field": column name, "before": text, "after": text}, ...]
    changes = models.JSONField(_("changes"), default=list)
    changed_by = models.CharField(_("changed by"), max_length=150, blank=True)
    changed_at = models.DateTimeField(_("changed"), auto_now_add=True, db_index=True)

    objects = ContactChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("help contact change")
        verbose_name_plural = _("help contact changes")

    def __str__(self):
        return f"{self.contact_name}: {self.get_kind_display()}"

    def lines(self):
        """(field label, before, after) for each changed field."""
        result = []
        for change in self.changes:
            try:
                label = HelpContact._meta.get_field(change["field"]).verbose_name
            except Exception:
                label = change["field"]
            result.append((str(label), change["before"], change["after"]))
        return result
