"""Every change to a help contact is recorded (`ContactChange`), shown on the
admin's front page for a week and e-mailed to `STAFF_ALERT_EMAILS` with the
values before and after. Mail trouble is logged; the save is kept."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import get_translation_fields

from content.core.siteurl import absolute_url

from .models import ContactChange, HelpContact

logger = logging.getLogger(__name__)

# What a visitor acts on. Order, timestamps and the editors' note are left out.
WATCHED = [
    "name",
    "phone",
    "web_url",
    "email",
    "hours",
    "anonymity",
    "is_published",
    "is_emergency",
]


def watched_columns():
    translated = set(translator.get_options_for_model(HelpContact).get_field_names())
    columns = []
    for name in WATCHED:
        columns += get_translation_fields(name) if name in translated else [name]
    return columns


def _text(value, column=None):
    if value is None or value == "":
        return "–"
    choices = HelpContact._meta.get_field(column).flatchoices if column else None
    if choices:
        with translation.override(settings.LANGUAGE_CODE):
            return str(dict(choices).get(value, value))
    if isinstance(value, bool):
        with translation.override(settings.LANGUAGE_CODE):
            return _("yes") if value else _("no")
    return str(value)


def _remember_old(sender, instance, raw=False, **kwargs):
    if raw:
        return
    columns = watched_columns()
    old = None
    if instance.pk is not None:
        old = HelpContact._base_manager.filter(pk=instance.pk).values(*columns).first()
    instance._contact_before = old


def _record_save(sender, instance, created, raw=False, **kwargs):
    if raw or not hasattr(instance, "_contact_before"):
        return
    before = instance._contact_before
    del instance._contact_before
    columns = watched_columns()
    if before is None:
        changes = [
            {"field": c, "before": "–", "after": _text(getattr(instance, c), c)}
            for c in columns
            if getattr(instance, c) not in ("", None)
        ]
        kind = ContactChange.Kind.ADDED
    else:
        changes = [
            {"field": c, "before": _text(before[c], c), "after": _text(getattr(instance, c), c)}
            for c in columns
            if (before[c] or "") != (getattr(instance, c) or "")
        ]
        kind = ContactChange.Kind.CHANGED
    if changes:
        record(instance, kind, changes)


def _record_delete(sender, instance, **kwargs):
    changes = [
        {"field": c, "before": _text(getattr(instance, c), c), "after": "–"}
        for c in watched_columns()
        if getattr(instance, c) not in ("", None)
    ]
    record(instance, ContactChange.Kind.DELETED, changes)


def record(contact, kind, changes):
    """Keeps the change and, once the save is committed, e-mails it."""
    change = ContactChange.objects.create(
        contact=None if kind == ContactChange.Kind.DELETED else contact,
        contact_name=contact.name,
        kind=kind,
        changes=changes,
        changed_by=getattr(contact, "_changed_by", ""),
    )
    # After the commit: a rolled-back save (or a preview) sends nothing.
    transaction.on_commit(lambda: send_alert(change))
    return change


def send_alert(change):
    if not settings.STAFF_ALERT_EMAILS:
        return
    # Staff read Bokmål.
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Help contact %(kind)s: %(name)s") % {
            "kind": change.get_kind_display(),
            "name": " ".join(change.contact_name.split()),
        }
        lines = [
            _("%(field)s: %(before)s → %(after)s") % {"field": f, "before": b, "after": a}
            for f, b, a in change.lines()
        ]
        if change.changed_by:
            lines += ["", _("Changed by: %(user)s") % {"user": change.changed_by}]
        path = reverse("admin:contacts_contactchange_changelist")
        if change.contact_id:
            path = reverse("admin:contacts_helpcontact_change", args=[change.contact_id])
        lines += ["", _("Check it in the admin: %(url)s") % {"url": absolute_url(path)}]
        body = "\n".join([_("Before and after (check that this change is right):"), "", *lines])
    try:
        send_mail(subject, body, None, settings.STAFF_ALERT_EMAILS)
    except Exception:
        logger.exception("Could not send the alert about help contact change %s", change.pk)


pre_save.connect(_remember_old, sender=HelpContact, dispatch_uid="contact_alert_pre")
post_save.connect(_record_save, sender=HelpContact, dispatch_uid="contact_alert_post")
post_delete.connect(_record_delete, sender=HelpContact, dispatch_uid="contact_alert_delete")
