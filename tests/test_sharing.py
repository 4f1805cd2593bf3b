"""Found and shared: descriptions, link previews and schema.org data."""

import html as html_lib
import json
import re
import struct

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from content.contacts.models import HelpContact
from content.myths.models import Myth
from tests.urls import all_public_urls

META = re.compile(r'<meta (name|property)="([^"]+)" content="([^"]*)">')
JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def meta_of(page):
    found = {}
    for _kind, name, content in META.findall(page):
        found.setdefault(name, []).append(html_lib.unescape(content))
    return found


def title_of(page):
    return html_lib.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1))


def jsonld_of(page):
    return [json.loads(block) for block in JSONLD.findall(page)]


def test_every_page_has_a_description_and_a_link_preview(client, seed):
    share = settings.BASE_DIR / "static" / "img" / "share.png"
    for url in all_public_urls():
        page = client.get(url).content.decode()
        meta = meta_of(page)
        (description,) = meta["description"]
        assert 20 < len(description) <= 161, url
        assert meta["og:description"] == [description], url
        (og_title,) = meta["og:title"]
        assert og_title and title_of(page).startswith(og_title), url
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', page).group(1)
        assert meta["og:url"] == [canonical], url
        (image,) = meta["og:image"]
        assert image.startswith(settings.SITE_URL + "/static/img/share"), url
        assert meta["og:locale"] and meta["og:locale:alternate"], url
    assert share.exists()


def test_descriptions_come_from_each_pages_content(client, seed):
    from django.utils.text import Truncator

    from content.sectors.models import Case

    translation.activate("en")
    case = Case.objects.published().first()
    page = client.get(case.get_absolute_url()).content.decode()
    assert meta_of(page)["description"] == [Truncator(case.summary).chars(160)]
    assert meta_of(page)["og:title"] == [case.title]
    facts = client.get(reverse("facts:index")).content.decode()
    assert meta_of(facts)["og:title"] == ["Facts and figures"]
    assert "Every figure is shown with its source" in meta_of(facts)["description"][0]


def test_share_image_is_a_png_of_the_size_previews_expect():
    data = (settings.BASE_DIR / "static" / "img" / "share.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 630)
    assert len(data) < 100_000


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("url_name", ["core:home", "contacts:index"])
def test_organisation_names_every_published_contact(client, seed, language, url_name):
    translation.activate(language)
    page = client.get(reverse(url_name)).content.decode()
    contacts = list(HelpContact.objects.published())
    (org,) = [d for d in jsonld_of(page) if d.get("@type") == "NGO"]
    assert org["@context"] == "https://schema.org"
    assert org["name"] and org["url"].startswith(settings.SITE_URL + "/")
    points = org["contactPoint"]
    assert len(points) == len(contacts) > 0
    for contact, point in zip(contacts, points, strict=True):
        # What search engines require of a ContactPoint: its type and a way to reach it.
        assert point["@type"] == "ContactPoint" and point["contactType"]
        assert point["name"] == contact.name
        assert point.get("telephone") or point.get("url") or point.get("email")
        if contact.phone:
            assert point["telephone"] == contact.phone_tel
    numbers = {p.get("telephone") for p in points}
    for contact in contacts:
        if contact.phone:
            assert contact.phone_tel in numbers
    assert "112" in numbers and "+4722331160" in numbers


def test_an_unpublished_contact_is_left_out(client, seed):
    contact = HelpContact.objects.published().exclude(phone="").last()
    contact.is_published = False
    contact.save()
    page = client.get(reverse("core:home")).content.decode()
    (org,) = jsonld_of(page)
    assert contact.phone_tel not in {p.get("telephone") for p in org["contactPoint"]}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_myths_are_an_faq_page(client, seed, language):
    translation.activate(language)  # the fixture _fresh_state resets it
    page = client.get(reverse("myths:index")).content.decode()
    myths = list(Myth.objects.published())
    (faq,) = jsonld_of(page)
    assert faq["@context"] == "https://schema.org" and faq["@type"] == "FAQPage"
    assert len(faq["mainEntity"]) == len(myths) > 0
    for myth, question in zip(myths, faq["mainEntity"], strict=True):
        assert question["@type"] == "Question" and question["name"] == myth.myth
        assert question["acceptedAnswer"]["@type"] == "Answer"
        assert question["acceptedAnswer"]["text"] == myth.fact


def test_text_cannot_break_out_of_the_data_block(client, seed):
    Myth.objects.create(myth_nb="Slutt </script><script>alert(1)</script>", fact_nb="A & B <i>")
    page = client.get(reverse("myths:index")).content.decode()
    assert "<script>alert(1)" not in page
    (faq,) = jsonld_of(page)
    names = [q["name"] for q in faq["mainEntity"]]
    assert "Slutt </script><script>alert(1)</script>" in names


def test_pages_with_data_blocks_stay_cacheable(client, seed):
    # The data blocks need no CSP nonce; a nonce would keep the page out of the cache.
    for url_name in ("core:home", "myths:index", "contacts:index"):
        response = client.get(reverse(url_name))
        assert "'nonce-" not in response["Content-Security-Policy"], url_name
