"""A help card in a person's own language, all the way (the frame too), and
easy to pass on: a text message of the numbers and a contacts file (issue 22)."""

import html as html_lib
import re
from urllib.parse import unquote

import pytest
import vobject
from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from content.contacts.models import CARD_STRINGS, HelpCard, HelpContact
from content.contacts.sms import SmsLength, sms_length
from content.contacts.vcard import escape, fold
from content.core.frame import STRINGS
from tests.support import NEW_CARD_FORM

SEEDED_CARDS = ["en", "pl", "ro", "lt", "bg", "uk", "vi", "es"]
# What the issue saw on a Polish card: the frame's Bokmål words.
SEEN_IN_BOKMAL = [
    "Forlat siden",
    "Akutt fare? Ring",
    "Få hjelp",
    "Meny",
    "Hjelpetilbud",
    "Alle hjelpetilbud",
    "Trygg nettbruk",
]


def card_url(code, language="nb", view="card"):
    with translation.override(language):
        return reverse(f"contacts:{view}", kwargs={"language_code": code})


def page(client, code):
    response = client.get(card_url(code))
    assert response.status_code == 200
    return response, response.content.decode()


def bokmal_frame_strings():
    with translation.override("nb"):
        return {str(text) for text in {**STRINGS, **CARD_STRINGS}.values()}


# -- Wholly in its language -------------------------------------------------------


@pytest.mark.parametrize("code", [c for c in SEEDED_CARDS if c != "en"])
def test_no_bokmal_frame_string_on_a_card(client, seed, code):
    card = HelpCard.objects.get(language_code=code)
    _response, html = page(client, code)
    for text in bokmal_frame_strings() | set(SEEN_IN_BOKMAL):
        assert html_lib.escape(text) not in html and text not in html, (code, text)
    # Every frame string is the card's own, and none is marked as another language.
    for key in {**STRINGS, **CARD_STRINGS}:
        value = getattr(card, f"frame_{key}")
        assert value, (code, key)
        assert html_lib.escape(value, quote=True) in html, (code, key)
    # Only the links to the site's own (English) pages are marked as English.
    header = html.split("<main", 1)[0]
    marked = re.findall(r'<[^>]* lang="en"[^>]*>', header)
    assert marked and all('hreflang="en"' in tag or "hp-nav__list" in tag for tag in marked)


def test_the_frame_of_a_bokmal_page_is_still_bokmal(client, seed):
    html = client.get("/").content.decode()
    assert "Forlat siden" in html and "Meny" in html and 'dir="ltr"' in html
    html = client.get("/en/").content.decode()
    assert "Exit this page" in html and "Forlat siden" not in html


def test_a_frame_string_not_yet_translated_is_english_marked_so(client, seed):
    HelpCard.objects.filter(language_code="pl").update(frame_menu="", frame_quick_exit="")
    _response, html = page(client, "pl")
    assert 'lang="en">Menu</button>' in html
    assert html.count('data-exit lang="en">Exit this page</a>') == 2
    # The rest stays Polish, unmarked.
    assert ">Szybkie wyjście" not in html  # an aria-label, not text
    assert 'aria-label="Szybkie wyjście"' in html
    assert ">Przejdź do treści</a>" in html


def test_a_language_added_in_the_admin_brings_its_frame(client, seed):
    client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
    form = {
        **NEW_CARD_FORM,
        "frame_menu": "Menüü",
        "frame_quick_exit": "Lahku lehelt",
        "lines-TOTAL_FORMS": "0",
        "lines-INITIAL_FORMS": "0",
    }
    response = client.post("/admin/contacts/helpcard/add/", form)
    assert response.status_code == 302, response.content.decode()[-2000:]
    client.logout()
    response, html = page(client, "et")
    assert response["Content-Language"] == "et"
    assert '<html lang="et" dir="ltr">' in html
    assert ">Menüü</button>" in html and ">Lahku lehelt</a>" in html
    assert 'lang="en">Skip to main content</a>' in html  # not yet translated


@pytest.mark.parametrize("code", SEEDED_CARDS)
def test_a_card_says_its_language_everywhere(client, seed, code):
    response, html = page(client, code)
    assert response["Content-Language"] == code
    assert f'<html lang="{code}" dir="ltr">' in html
    locale = {"en": "en_GB", "uk": "uk_UA", "vi": "vi_VN"}.get(code, f"{code}_{code.upper()}")
    assert f'<meta property="og:locale" content="{locale}">' in html
    assert 'content="nb_NO"' not in html
    canonical = settings.SITE_URL + card_url(code)
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert f'<link rel="alternate" hreflang="{code}" href="{canonical}">' in html
    assert 'hreflang="nb"' not in html.split("</head>")[0]
    # The language switch leads to the help page in the site's languages; none is this page.
    assert 'aria-current="true"' not in html


@pytest.mark.parametrize("view", ["card", "card-print", "card-vcard"])
def test_one_address_per_card_the_other_redirects_for_good(client, seed, view):
    english = card_url("pl", "en", view)
    assert english.startswith("/en/")
    response = client.get(english)
    assert response.status_code == 301
    assert response["Location"] == card_url("pl", "nb", view)
    assert client.get(response["Location"]).status_code == 200


def test_the_sitemap_has_each_card_once(client, seed):
    xml = client.get("/sitemap.xml").content.decode()
    for code in SEEDED_CARDS:
        assert xml.count(f"{settings.SITE_URL}{card_url(code)}</loc>") == 1
        assert f"{settings.SITE_URL}{card_url(code, 'en')}" not in xml


def test_a_card_keeps_the_query_budget(client, seed, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        assert client.get(card_url("uk")).status_code == 200


# -- Segments, counted as a phone counts them -------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding", "units", "segments"),
    [
        ("", "GSM-7", 0, 0),
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("Ring 112! ÆØÅ æøå é ñ ¿¡ @£$", "GSM-7", 28, 1),
        # The extension table: two septets each.
        ("€" * 80, "GSM-7", 160, 1),
        ("€" * 81, "GSM-7", 162, 2),
        ("[]{}~^|\\", "GSM-7", 16, 1),
        # An escape pair is never split: 306 septets, yet three segments.
        ("a" * 152 + "€" + "a" * 151, "GSM-7", 305, 2),
        ("a" * 152 + "€" + "a" * 152, "GSM-7", 306, 3),
        # One character outside GSM-7 makes the whole text UCS-2.
        ("a" * 100 + "ł", "UCS-2", 101, 2),
        ("Zażółć gęślą jaźń", "UCS-2", 17, 1),
        ("ą" * 70, "UCS-2", 70, 1),
        ("ą" * 71, "UCS-2", 71, 2),
        ("ą" * 134, "UCS-2", 134, 2),
        ("ą" * 135, "UCS-2", 135, 3),
        ("¿Dónde?", "UCS-2", 7, 1),  # ó is not in GSM-7 (ò is)
        ("Допомога", "UCS-2", 8, 1),
        # A character beyond the BMP takes two UTF-16 units, never split.
        ("😀" * 35, "UCS-2", 70, 1),
        ("a" * 66 + "😀" + "a" * 66, "UCS-2", 134, 3),
    ],
)
def test_the_segment_counter(text, encoding, units, segments):
    assert sms_length(text) == SmsLength(encoding, units, segments)


@pytest.mark.parametrize("code", SEEDED_CARDS)
def test_every_card_has_a_short_text_of_the_numbers(client, seed, code):
    card = HelpCard.objects.with_lines().get(language_code=code)
    length = card.sms_length
    assert 1 <= length.segments <= 2, (code, length)
    assert length.encoding == ("GSM-7" if code == "en" else "UCS-2")
    numbers = set(re.findall(r"\d[\d ]*\d", card.sms_body))
    shown = {c.phone_display for c in HelpContact.objects.published() if c.phone}
    assert numbers and numbers <= shown, numbers
    assert {"112", "22 33 11 60", "116 111"} <= numbers


@pytest.mark.parametrize("code", SEEDED_CARDS)
def test_the_sms_link_carries_the_text(client, seed, code):
    card = HelpCard.objects.with_lines().get(language_code=code)
    _response, html = page(client, code)
    (href,) = re.findall(r'href="(sms:[^"]*)"', html)
    href = html_lib.unescape(href)
    assert href.startswith("sms:?&body=")
    body = href.removeprefix("sms:?&body=")
    assert re.fullmatch(r"[A-Za-z0-9%._~-]*", body)  # percent-encoded, nothing raw
    assert unquote(body) == card.sms_body
    # Without JavaScript the same text is there to select; the copy button waits for it.
    textarea = re.search(r"<textarea[^>]*readonly>(.*?)</textarea>", html, re.S).group(1)
    assert html_lib.unescape(textarea) == card.sms_body
    assert re.search(r'data-module="hp-copy"', html)
    assert re.search(r'<button class="hp-button hp-share__button" type="button" hidden', html)


def test_a_changed_number_follows_into_the_text(client, seed):
    rosa = HelpContact.objects.get(key="rosa")
    rosa.phone = "22 33 44 55"
    rosa.save()
    _response, html = page(client, "ro")
    assert "22%2033%2044%2055" in html and "22 33 11 60" not in html


def admin_form(card):
    form = {
        name: getattr(card, name)
        for name in [
            "language_code",
            "language_name",
            "direction",
            "unreviewed_notice",
            "title",
            "lead",
            "signs_title",
            "signs",
            "rights_title",
            "rights",
            "contacts_title",
            "sort_order",
        ]
    }
    form.update({"is_published": "on", "lines-TOTAL_FORMS": "0", "lines-INITIAL_FORMS": "0"})
    return form


def test_the_admin_refuses_a_text_over_two_segments(client, seed):
    user = User.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    card = HelpCard.objects.get(language_code="pl")
    url = f"/admin/contacts/helpcard/{card.pk}/change/"
    headers = {}
    page_html = client.get(url, **headers).content.decode()
    assert re.search(r"\d+ (units|enheter) \(UCS-2\), 2 (SMS segment|SMS-del)", page_html)
    long_text = "Pomoc: [[contact:rosa:phone]]. " + "ż" * 130  # 150 UCS-2 units
    form = admin_form(card) | {"sms_text": long_text}
    response = client.post(url, form, **headers)
    assert response.status_code == 200
    body = html_lib.unescape(response.content.decode())
    assert "Denne teksten tar 3 SMS-deler: høyst 2 er tillatt" in body
    card.refresh_from_db()
    assert card.sms_text != long_text
    # Two segments are allowed.
    ok = "Pomoc: [[contact:rosa:phone]]. " + "ż" * 90
    assert client.post(url, admin_form(card) | {"sms_text": ok}, **headers).status_code == 302


def test_the_refusal_is_in_the_editors_language(seed):
    card = HelpCard.objects.get(language_code="uk")
    card.sms_text = "ROSA: [[contact:rosa:phone]]. " + "ї" * 130
    for language, words in [("nb", "høyst 2"), ("en", "at most 2")]:
        with translation.override(language), pytest.raises(ValidationError) as refused:
            card.full_clean()
        assert words in " ".join(refused.value.message_dict["sms_text"]), language


def test_the_admin_refuses_a_number_typed_into_the_text(client, seed):
    client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
    card = HelpCard.objects.get(language_code="pl")
    url = f"/admin/contacts/helpcard/{card.pk}/change/"
    response = client.post(url, admin_form(card) | {"sms_text": "ROSA: 22 33 11 60"})
    assert response.status_code == 200
    assert "22 33 11 60" in html_lib.unescape(response.content.decode())
    card.refresh_from_db()
    assert "22 33 11 60" not in card.sms_text


# -- Numbers to keep: the contacts file --------------------------------------------

# Words that would tell someone looking at the phone what the numbers are for.
TELLING = [
    "traffick",
    "menneskehandel",
    "hope for justice",
    "handel ludźmi",
    "trafic",
    "prekyba",
    "трафик",
    "торгівл",
    "mua bán",
    "trata",
    "victim",
    "offer",
]


@pytest.mark.parametrize("code", SEEDED_CARDS)
def test_the_contacts_file_has_plain_names(client, seed, code):
    card = HelpCard.objects.with_lines().get(language_code=code)
    response = client.get(card.get_vcard_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="contacts-{code}.vcf"'
    assert "public" in response["Cache-Control"] and "Set-Cookie" not in response
    text = response.content.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    cards = list(vobject.readComponents(text))
    with_phone = [line for line in card.lines.all() if line.contact.phone]
    assert len(cards) == len(with_phone) == 5
    for parsed, line in zip(cards, with_phone, strict=True):
        assert parsed.version.value == "4.0"
        assert parsed.fn.value == line.name
        assert parsed.tel.value == f"tel:{line.contact.phone_tel}"
        assert parsed.fn.params["LANGUAGE"] == [code]
    lowered = text.lower()
    for word in TELLING:
        assert word not in lowered, (code, word)
    # The card says what the file is and how to delete it.
    _response, html = page(client, code)
    assert f'href="{card.get_vcard_url()}" download' in html
    assert html_lib.escape(card.frame_vcard_note, quote=True) in html


def test_a_long_name_is_folded_and_read_back():
    name = "Telefon zaufania dla dzieci i młodzieży, dzień i noc; bezpłatnie, anonimowo, Norwegia"
    folded = fold(f"FN:{escape(name)}")
    assert "\r\n " in folded
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    text = f"BEGIN:VCARD\r\nVERSION:4.0\r\n{folded}\r\nEND:VCARD\r\n"
    assert vobject.readOne(text).fn.value == name


# -- Nothing stored, nothing sent ------------------------------------------------


def test_sharing_sends_and_stores_nothing(client, seed):
    response, html = page(client, "vi")
    assert "Set-Cookie" not in response and "no-store" not in response.get("Cache-Control", "")
    main = html[html.index("<main") : html.index("</main>")]
    assert "<form" not in main and "method=" not in main
    assert client.post(card_url("vi")).status_code == 405
