from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from content.core.references import plain
from content.core.siteurl import absolute_url
from content.core.structured_data import jsonld_script

register = template.Library()

# The help contact that is the charity itself; every other contact is a public
# service (police, ROSA, the children's helpline) and never the charity's phone.
OWN_CONTACT_KEY = "hope-for-justice"


def organisation_id():
    """One address for the organisation, whatever the page's language, so both
    languages describe the same organisation."""
    return absolute_url("/") + "#organisation"


def organisation(contacts):
    """The charity as a schema.org NGO: its own phone and e-mail only (from its
    help contact, when published), never another service's number."""
    with translation.override(settings.LANGUAGE_CODE):
        home = absolute_url(reverse("core:home"))
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "@id": organisation_id(),
        "name": gettext("Hope for Justice Norway"),
        "url": home,
        "logo": absolute_url(static("img/favicon.svg")),
        "areaServed": {"@type": "Country", "name": "Norway"},
    }
    own = next((c for c in contacts if c.key == OWN_CONTACT_KEY), None)
    if own is not None:
        data["description"] = plain(own.when_to_use)
        if own.phone:
            data["telephone"] = own.phone_tel
        if own.email:
            data["email"] = own.email
    return data


@register.simple_tag
def organisation_jsonld(contacts):
    """The organisation as schema.org data (`contacts`: the page's list of
    published help contacts, so no extra query). The public services on the
    help page are left out: a search engine would show them as our numbers."""
    return jsonld_script(organisation(contacts))
