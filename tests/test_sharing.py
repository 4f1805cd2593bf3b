"""Found and shared: descriptions, link previews and schema.org data."""

import html as html_lib
import json
import re
import struct

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from content.contacts.models import HelpContact
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


def test_myths_are_not_marked_up_as_questions(client, seed):
    # A myth is a statement, not a question: no FAQPage (see test_structured_data).
    page = client.get(reverse("myths:index")).content.decode()
    assert jsonld_of(page) == []


def test_text_cannot_break_out_of_the_data_block(client, seed):
    own = HelpContact.objects.get(key="hope-for-justice")
    own.when_to_use_nb = "Slutt </script><script>alert(1)</script> A & B <i>"
    own.save()
    page = client.get(reverse("core:home")).content.decode()
    assert "<script>alert(1)" not in page
    (org,) = jsonld_of(page)
    assert org["description"] == "Slutt </script><script>alert(1)</script> A & B <i>"


def test_pages_with_data_blocks_stay_cacheable(client, seed):
    # The data blocks need no CSP nonce; a nonce would keep the page out of the cache.
    for url_name in ("core:home", "myths:index", "contacts:index"):
        response = client.get(reverse(url_name))
        assert "'nonce-" not in response["Content-Security-Policy"], url_name
