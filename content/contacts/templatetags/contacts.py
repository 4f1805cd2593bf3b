from django import template
from django.urls import reverse
from django.utils.translation import get_language, gettext

from content.core.references import plain
from content.core.siteurl import absolute_url
from content.core.structured_data import jsonld_script

register = template.Library()


def contact_point(contact):
    point = {
        "@type": "ContactPoint",
        "name": contact.name,
        "contactType": contact.name,
        "description": plain(contact.when_to_use),
        "areaServed": "NO",
        "url": absolute_url(contact.get_absolute_url()),
    }
    if contact.phone:
        point["telephone"] = contact.phone_tel
    if contact.email:
        point["email"] = contact.email
    return point


@register.simple_tag
def organisation_jsonld(contacts):
    """The organisation as schema.org data, with a ContactPoint for every
    published help contact (`contacts`: the page's list, so no extra query)."""
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": gettext("Hope for Justice Norway"),
        "url": absolute_url(reverse("core:home")),
        "inLanguage": get_language(),
        "areaServed": "NO",
        "contactPoint": [contact_point(contact) for contact in contacts],
    }
    return jsonld_script(data)
