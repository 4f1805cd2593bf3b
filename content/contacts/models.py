import re
from datetime import timedelta
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from content.core import frame
from content.core.models import (
    Checkable,
    CheckableQuerySet,
    Publishable,
    PublishableQuerySet,
    lines,
)
from content.core.references import TOKEN
from content.editorial import reference_checks

NORWAY = "+47"


def phone_digits(number):
    return re.sub(r"[^\d+]", "", number)


def validate_phone(number):
    digits = phone_digits(number)
    if not re.fullmatch(r"\+?\d{3,15}", digits):
        raise ValidationError(_("Enter a phone number of digits, e.g. 22 33 11 60 or 112."))


class HelpContactQuerySet(CheckableQuerySet, PublishableQuerySet):
    pass


class HelpContact(Checkable, Publishable):
    check_order = 10  # a wrong number matters most: contacts are checked first
    reference_exempt_fields = ("phone",)

    class Anonymity(models.TextChoices):
        YES = "yes", _("You can stay anonymous")
        NO = "no", _("Not anonymous")
        UNKNOWN = "", _("Not stated")

    key = models.SlugField(
        _("key"),
        max_length=50,
        unique=True,
        help_text=_(
            "A short, fixed name that texts use to show this contact, e.g. "
            "[[contact:rosa:phone]]. Changing it breaks those references."
        ),
    )
    name = models.CharField(_("name"), max_length=200)
    purpose = models.CharField(
        _("what it is for"),
        max_length=200,
        blank=True,
        help_text=_(
            "A few words, shown wherever the contact is listed (the footer, printed guides), "
            'e.g. "Helpline for people exposed to human trafficking".'
        ),
    )
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
    hours = models.CharField(_("opening hours"), max_length=400, blank=True)
    anonymity = models.CharField(
        _("anonymous"), max_length=3, choices=Anonymity.choices, blank=True, default=""
    )
    min_age = models.PositiveSmallIntegerField(
        _("age limit"),
        null=True,
        blank=True,
        help_text=_("The youngest age it serves, e.g. 18 for ROSA. Empty: no age limit."),
    )
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Never shown on the site.")
    )
    is_emergency = models.BooleanField(
        _("emergency number"),
        default=False,
        help_text=_("Shown in the header of every page and first on the help page."),
    )

    objects = HelpContactQuerySet.as_manager()

    class Meta:
        ordering = ["-is_emergency", "sort_order", "pk"]
        verbose_name = _("help contact")
        verbose_name_plural = _("help contacts")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("contacts:index") + f"#contact-{self.pk}"

    @property
    def age_limit(self):
        """The age limit as a visitor reads it, or "" when there is none."""
        if self.min_age is None:
            return ""
        return _("For people aged %(age)s and over") % {"age": self.min_age}

    @property
    def phone_tel(self):
        """The `tel:` form: Norwegian 8-digit numbers get +47; short numbers
        such as 112 and 02800 only work as dialled, so they stay as they are."""
        digits = phone_digits(self.phone)
        if len(digits) == 8 and not digits.startswith("0"):
            return NORWAY + digits
        return digits

    @property
    def web_display(self):
        """The web address as people say it: politiet.no, not https://www.politiet.no/."""
        shown = self.web_url.split("://", 1)[-1].removeprefix("www.")
        return shown[:-1] if shown.endswith("/") and shown.count("/") == 1 else shown

    @property
    def phone_display(self):
        """Grouped as people write numbers in Norway: 22 33 11 60, 116 111."""
        digits = phone_digits(self.phone)
        if digits.startswith(NORWAY):
            digits = digits[len(NORWAY) :]
        if len(digits) == 8 and not digits.startswith("0"):
            return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
        if len(digits) == 6 and digits.startswith("116"):
            return f"{digits[:3]} {digits[3:]}"  # the European helplines: 116 111
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


validate_language_code = RegexValidator(
    r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    _("Enter a language code such as pl, ro, uk or pt-BR (see the IANA language subtag registry)."),
)


class HelpCardQuerySet(PublishableQuerySet):
    def listed(self):
        """The published cards, with what a list of languages shows."""
        return self.published().only("language_code", "language_name", "direction")

    def with_lines(self):
        return self.prefetch_related(
            Prefetch(
                "lines",
                queryset=HelpCardLine.objects.filter(contact__is_published=True).select_related(
                    "contact"
                ),
            )
        )


# The card's own strings beside the frame's (content.core.frame): each a
# `frame_<key>` field, falling back to this English text while empty.
CARD_STRINGS = {
    "share_title": _("Pass the numbers on"),
    "sms_link": _("Send as a text message"),
    "sms_hint": _("Or copy the text and send it the way you like:"),
    "copy_button": _("Copy the text"),
    "copied": _("Copied."),
    "vcard_link": _("Save the numbers in your phone"),
    "vcard_note": _(
        "The contacts get plain names that do not say what they are about. To delete "
        "them, open Contacts, choose each one and delete it."
    ),
    "print_link": _("Print this card on one page"),
    "languages_title": _("Help in your language"),
}
SMS_MAX_SEGMENTS = 2


def sms_problems(text):
    """Why a card's text message cannot be saved, as messages for an editor."""
    from .sms import max_units, sms_length

    length = sms_length(text)
    if length.segments <= SMS_MAX_SEGMENTS:
        return []
    return [
        _(
            "This text takes %(segments)d SMS segments: at most %(max)d. Shorten it "
            "to %(limit)d units or fewer (now %(units)d, %(encoding)s)."
        )
        % {
            "segments": length.segments,
            "max": SMS_MAX_SEGMENTS,
            "limit": max_units(length.encoding, SMS_MAX_SEGMENTS),
            "units": length.units,
            "encoding": length.encoding,
        }
    ]


def render_sms(text, contacts):
    """A text message as sent: its references ([[contact:rosa:phone]]) as plain
    text from `contacts` (by key); one naming no contact there leaves nothing."""

    def value(match):
        kind, key, part = match.groups()
        contact = contacts.get(key) if kind == "contact" else None
        if contact is None:
            return ""
        return {
            "phone": contact.phone_display,
            "web": contact.web_display,
            "email": contact.email,
        }.get(part or "", contact.name)

    return TOKEN.sub(value, text)


class HelpCard(Publishable):
    """One calm page of help in a language a person at risk reads, written in
    that language (so its texts are plain fields, not translated ones). The
    numbers come from the help contacts its lines point to."""

    class Direction(models.TextChoices):
        LTR = "ltr", _("left to right")
        RTL = "rtl", _("right to left (Arabic, Persian, Urdu, ...)")

    language_code = models.CharField(
        _("language code"),
        max_length=10,
        unique=True,
        validators=[validate_language_code],
        help_text=_("The language's code, e.g. pl or ro. It is also the card's address."),
    )
    language_name = models.CharField(
        _("name of the language in itself"), max_length=100, help_text=_("E.g. Polski, Română.")
    )
    direction = models.CharField(
        _("writing direction"), max_length=3, choices=Direction.choices, default=Direction.LTR
    )
    is_reviewed = models.BooleanField(
        _("checked by a native speaker"),
        default=False,
        help_text=_("Until it is, the card shows its notice that it is translated from Norwegian."),
    )
    unreviewed_notice = models.CharField(
        _("notice: translated from Norwegian"),
        max_length=300,
        help_text=_("In the card's language. Shown until a native speaker has checked the card."),
    )
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(_("introduction"), blank=True)
    signs_title = models.CharField(_("heading of the signs"), max_length=200)
    signs = models.TextField(_("signs"), help_text=_("Four or five, in plain words. One per line."))
    rights_title = models.CharField(_("heading of the rights"), max_length=200)
    rights = models.TextField(_("rights"), help_text=_("Separate paragraphs with an empty line."))
    contacts_title = models.CharField(_("heading of the contacts"), max_length=200)
    sms_text = models.TextField(
        _("text message with the numbers"),
        blank=True,
        help_text=_(
            "The key numbers and what each is for, in the card's language, at most two "
            "SMS segments. Write each number as a reference, e.g. [[contact:rosa:phone]]."
        ),
    )
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Never shown on the site.")
    )

    objects = HelpCardQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("help card in another language")
        verbose_name_plural = _("help cards in other languages")

    def __str__(self):
        return f"{self.language_name} ({self.language_code})"

    def get_absolute_url(self):
        return _canonical(reverse, "contacts:card", kwargs={"language_code": self.language_code})

    def get_print_url(self):
        return _canonical(
            reverse, "contacts:card-print", kwargs={"language_code": self.language_code}
        )

    def get_help_url(self):
        """The help page, in the current language: where a card's language switch leads."""
        return reverse("contacts:index")

    def get_vcard_url(self):
        return _canonical(
            reverse, "contacts:card-vcard", kwargs={"language_code": self.language_code}
        )

    @cached_property
    def sms_body(self):
        """The text message as sent, with the numbers of the card's own contacts."""
        return render_sms(
            self.sms_text, {line.contact.key: line.contact for line in self.lines.all()}
        )

    @property
    def sms_href(self):
        """`sms:?&body=`: Android reads the query, iOS 8 and later the `&body`."""
        return "sms:?&body=" + quote(self.sms_body, safe="")

    @property
    def sms_length(self):
        from .sms import sms_length

        return sms_length(self.sms_body)

    def clean(self):
        super().clean()
        contacts = {c.key: c for c in HelpContact.objects.published()}
        errors = reference_checks.problems(self.sms_text)
        errors += sms_problems(render_sms(self.sms_text, contacts))
        if errors:
            raise ValidationError({"sms_text": errors})

    def frame(self):
        """The frame's and the card's strings in the card's language (English
        where a field is empty)."""
        own = {key: getattr(self, f"frame_{key}") for key in FRAME_KEYS}
        return frame.Frame(own, {**frame.STRINGS, **CARD_STRINGS})

    def help_list(self):
        """The footer's list of contacts, named as on the card. What each is
        for and when it answers come in English (the page renders under it),
        marked as such."""
        return [
            {
                "name": line.name or line.contact.name,
                "lang": "" if line.name else frame.FALLBACK_LANGUAGE,
                "contact": line.contact,
                "facts_lang": frame.FALLBACK_LANGUAGE,
            }
            for line in self.lines.all()
        ]

    @property
    def sign_list(self):
        return lines(self.signs)


FRAME_KEYS = [*frame.STRINGS, *CARD_STRINGS]
for _key, _default in {**frame.STRINGS, **CARD_STRINGS}.items():
    HelpCard.add_to_class(
        f"frame_{_key}",
        models.CharField(
            format_lazy(_("text: “{}”"), _default),
            max_length=300,
            blank=True,
            help_text=_("In the card's language. While empty, the English text is shown."),
        ),
    )


def _canonical(reverse, *args, **kwargs):
    """A card is in its own language, whatever the site's: one address for it,
    the site's default language's (the other redirects there)."""
    with translation.override(settings.LANGUAGE_CODE):
        return reverse(*args, **kwargs)


class HelpCardLine(models.Model):
    """A contact on a card, introduced in the card's language."""

    # Edited inside its card: editors need its permissions too.
    editors_may_edit = True

    card = models.ForeignKey(
        HelpCard, on_delete=models.CASCADE, related_name="lines", verbose_name=_("card")
    )
    label = models.CharField(
        _("text in the card's language"),
        max_length=300,
        help_text=_('E.g. "In danger? Call the police". The number comes from the contact.'),
    )
    name = models.CharField(
        _("plain name in the card's language"),
        max_length=100,
        blank=True,
        help_text=_(
            "For the footer and the contacts file a visitor saves in a phone. Say nothing "
            'about trafficking and name no organisation against it: e.g. "Police emergency", '
            '"ROSA", "Helpline for children".'
        ),
    )
    contact = models.ForeignKey(
        HelpContact, on_delete=models.CASCADE, related_name="+", verbose_name=_("contact")
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("contact on the card")
        verbose_name_plural = _("contacts on the card")

    def __str__(self):
        return self.label


class ContactChangeQuerySet(models.QuerySet):
    def recent(self, days=7):
        return self.filter(changed_at__gte=timezone.now() - timedelta(days=days))


class ContactChange(models.Model):
    """A change to a help contact, kept so staff can see it and check it: a
    changed number is the worst defacement this site can suffer (alerts.py)."""

    # Editors see the changes (the admin lets nobody edit them).
    editors_may_edit = True

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
