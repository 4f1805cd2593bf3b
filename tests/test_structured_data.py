"""What search engines and link previews read, read back with extruct (the
extractor search tools use), against the properties each type may and must have."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from extruct import extract

from content.contacts.models import HelpContact
from tests.urls import LANGUAGES, public_urls

# For each schema.org type we publish: the properties it must have, and those it
# may have (every one defined by schema.org for that type; "inLanguage" is not
# defined for an Organization, so it is not here).
TYPES = {
    "NGO": {
        "required": {"@id", "name", "url", "logo", "description", "email", "telephone"},
        "allowed": {"areaServed"},
    },
    "Country": {"required": {"name"}, "allowed": set()},
}
KEYWORDS = {"@context", "@type"}
OWN_CONTACT = "hope-for-justice"


def structured_data(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return extract(
        response.content.decode(),
        base_url=settings.SITE_URL + url,
        syntaxes=["json-ld", "opengraph"],
        uniform=True,
    )


def check_node(node, where):
    kind = node.get("@type")
    assert kind in TYPES, f"{where}: a {kind!r} is not a type we mean to publish"
    rules = TYPES[kind]
    present = set(node) - KEYWORDS
    assert rules["required"] <= present, f"{where}: {kind} lacks {rules['required'] - present}"
    extra = present - rules["required"] - rules["allowed"]
    assert not extra, f"{where}: {kind} does not take {extra}"
    for name, value in node.items():
        assert value not in ("", None, [], {}), f"{where}: {kind}.{name} is empty"
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                check_node(item, f"{where} {kind}.{name}")


def walk(node):
    yield node
    for value in node.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                yield from walk(item)


@pytest.fixture
def pages(client, seed):
    """Every page in both languages with what extruct reads from it."""
    return {
        (language, url): structured_data(client, url)
        for language in LANGUAGES
        for url in public_urls(language)
    }


def test_every_page_with_structured_data_is_valid_for_what_it_claims(pages):
    carrying = set()
    for (_language, url), data in pages.items():
        for node in data["json-ld"]:
            assert node["@context"] in ("https://schema.org", "http://schema.org"), url
            check_node(node, url)
            carrying.add(url)
    # The home and the help page, in both languages, carry the organisation.
    for language in LANGUAGES:
        with translation.override(language):
            assert {reverse("core:home"), reverse("contacts:index")} <= carrying


def test_one_organisation_the_same_in_both_languages(pages):
    organisations = [
        node
        for data in pages.values()
        for top in data["json-ld"]
        for node in walk(top)
        if node["@type"] == "NGO"
    ]
    assert len(organisations) >= 4
    for key in ("@id", "url", "logo", "email", "telephone"):
        assert len({org[key] for org in organisations}) == 1, key
    org = organisations[0]
    assert org["@id"] == settings.SITE_URL + "/#organisation"
    assert org["url"] == settings.SITE_URL + "/"
    own = HelpContact.objects.get(key=OWN_CONTACT)
    assert org["telephone"] == own.phone_tel == "+4722550200"
    assert org["email"] == own.email


def test_no_other_services_telephone_is_the_charitys(pages):
    others = HelpContact.objects.exclude(key=OWN_CONTACT).exclude(phone="")
    numbers = {c.phone_tel for c in others} | {c.phone for c in others}
    assert {"112", "02800", "+4722331160", "116111"} <= numbers
    for (_language, url), data in pages.items():
        for top in data["json-ld"]:
            for node in walk(top):
                assert not numbers & {str(v) for v in node.values()}, (url, node)
                assert "contactPoint" not in node, url


def test_an_unpublished_own_contact_takes_its_phone_out(client, seed):
    own = HelpContact.objects.get(key=OWN_CONTACT)
    own.is_published = False
    own.save()
    (org,) = structured_data(client, reverse("core:home"))["json-ld"]
    assert "telephone" not in org and "email" not in org
    assert org["@id"] == settings.SITE_URL + "/#organisation"


def test_link_previews_say_article_except_on_the_home_page(pages):
    for (language, url), data in pages.items():
        (og,) = data["opengraph"]
        with translation.override(language):
            home = reverse("core:home")
        assert og["@type"] == ("website" if url == home else "article"), url


@pytest.mark.parametrize("language", LANGUAGES)
def test_link_preview_locale_is_the_pages_language(client, seed, language):
    with translation.override(language):
        url = reverse("facts:index")
    (og,) = structured_data(client, url)["opengraph"]
    page = client.get(url).content.decode()
    expected = {"nb": "nb_NO", "en": "en_GB"}
    assert f'<meta property="og:locale" content="{expected[language]}">' in page
    others = [v for code, v in expected.items() if code != language]
    for other in others:
        assert f'<meta property="og:locale:alternate" content="{other}">' in page
    assert og["@type"] == "article"


def test_a_page_in_its_own_language_sets_the_preview_language(client, seed):
    """A page written wholly in another language (a Polish help card) sets
    `page_language`; og:locale follows it and the other cards are alternates."""
    from content.contacts.models import HelpCard

    html = client.get(HelpCard.objects.get(language_code="pl").get_absolute_url()).text
    assert '<meta property="og:locale" content="pl_PL">' in html
    assert '<meta property="og:locale:alternate" content="uk_UA">' in html
    assert '<meta property="og:locale:alternate" content="en_GB">' in html
    assert 'alternate" content="pl_PL">' not in html
