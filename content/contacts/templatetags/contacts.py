from django import template
from django.urls import reverse
from django.utils.translation import get_language, gettext

from content.core.structured_data import jsonld_script

register = template.Library()


def contact_point(contact, request):
    point = {
        "@type": "ContactPoint",
        "name": contact.name,
        "contactType": contact.name,
        "description": contact.when_to_use,
        "areaServed": "NO",
        "url": request.build_absolute_uri(contact.get_absolute_url()),
    }
    if contact.phone:
        point["telephone"] = contact.phone_tel
    if contact.email:
        point["email"] = contact.email
    return point


@register.simple_tag(takes_context=True)
def organisation_jsonld(context, contacts):
    """The organisation as schema.org data, with a ContactPoint for every
    published help contact (`contacts`: the page's list, so no extra query)."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": gettext("Hope for Justice Norway"),
        "url": request.build_absolute_uri(reverse("core:home")),
        "inLanguage": get_language(),
        "areaServed": "NO",
        "contactPoint": [contact_point(contact, request) for contact in contacts],
    }
    return jsonld_script(data)
