"""[[contact:<key>:phone|email|web]] in editable text: the contact's current
number (a link that dials), e-mail address or web address; [[contact:<key>:info]]
what it is for, when it answers and its age limit, as sentences; [[contact:<key>]] its name."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from .models import HelpContact


def load():
    return {contact.key: contact for contact in HelpContact.objects.published()}


def render(contact, part):
    if part == "phone" and contact.phone:
        return format_html(
            '<a class="hp-ref hp-ref--phone" href="tel:{}">{}</a>',
            contact.phone_tel,
            contact.phone_display,
        )
    if part == "email" and contact.email:
        return format_html('<a href="mailto:{}">{}</a>', contact.email, contact.email)
    if part == "web" and contact.web_url:
        return format_html(
            '<a href="{}" rel="noreferrer">{}</a>', contact.web_url, contact.web_display
        )
    if part == "info":
        return render_to_string(
            "includes/contact_facts.html", {"contact": contact, "as_text": True}
        )
    if part == "":
        return contact.name
    return None


def fallback(part):
    """A contact that is gone or unpublished: point to the help page instead."""
    if part in ("phone", "email", "web"):
        return format_html('<a href="{}">{}</a>', reverse("contacts:index"), _("the help page"))
    return ""
