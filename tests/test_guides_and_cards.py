"""Guides for people who meet possible victims at work, and help cards in the
languages of people at risk: content, languages, links, print views."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import translation

from content.contacts.models import HelpCard, HelpCardLine, HelpContact
from content.core import references
from content.core.seed.content import SEED
from content.guides.models import Guide
from content.indicators.models import Indicator
from content.sectors.models import Sector
from tests.support import NEW_CARD_FORM
from tests.urls import public_urls

SEEDED_CARDS = ["en", "pl", "ro", "lt", "bg", "uk", "vi", "es"]
HTML_LANG = re.compile(r'<html lang="([a-z-]+)"')


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def main(html):
    return html[html.index("<main") : html.index("</main>")]


def card_url(code, language="nb", view="card"):
    """The address in `language`'s URL scheme (a card's own is the Bokmål one)."""
    with translation.override(language):
        return reverse(f"contacts:{view}", kwargs={"language_code": code})


# -- Guides ---------------------------------------------------------------------


def test_five_guides_are_seeded_in_both_languages(seed):
    guides = Guide.objects.published()
    assert {g.slug_nb for g in guides} == {
        "helse",
        "skole-og-barnevern",
        "nav-og-sosialtjenesten",
        "tilsyn-og-kontroll",
        "innkjop-av-tjenester",
    }
    for guide in guides:
        for field in ("title", "audience", "lead", "signs", "talking", "steps", "avoid", "course"):
            assert getattr(guide, f"{field}_nb") and getattr(guide, f"{field}_en"), field
        # Each asks an editor to have it checked by someone in the profession.
        assert "checked by someone who works in" in guide.editor_note
        assert guide.indicators.exists() and guide.sectors.exists() and guide.contacts.exists()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_guide_reads_in_each_language_with_its_parts(client, seed, language):
    guide = Guide.objects.get(slug_nb="helse")
    with translation.override(language):
        url = guide.get_absolute_url()
        html = get(client, url)
        assert HTML_LANG.search(html).group(1) == language
        body = main(html)
        assert guide.title in body
        for line in guide.sign_list + guide.step_list + guide.avoid_list:
            assert str(references.render(line)) in body
        # The interpreter rule: a professional interpreter, never a companion.
        assert ("tolk" if language == "nb" else "interpreter") in guide.talking
        assert "<ol" in body  # the steps are numbered


def test_a_guide_links_the_signs_forms_and_contacts_not_copies(client, seed):
    guide = Guide.objects.get(slug_nb="skole-og-barnevern")
    body = main(get(client, guide.get_absolute_url()))
    for indicator in guide.indicators.all():
        assert f'href="{indicator.get_absolute_url()}"' in body
    for sector in guide.sectors.all():
        assert f'href="{sector.get_absolute_url()}"' in body
    children = HelpContact.objects.get(phone="116 111")
    assert f'href="tel:{children.phone_tel}"' in body


def test_a_guide_shows_only_published_signs_forms_and_contacts(client, seed):
    guide = Guide.objects.get(slug_nb="helse")
    indicator = guide.indicators.first()
    sector = guide.sectors.first()
    contact = guide.contacts.get(phone="22 33 11 60")
    Indicator.objects.filter(pk=indicator.pk).update(is_published=False)
    Sector.objects.filter(pk=sector.pk).update(is_published=False)
    HelpContact.objects.filter(pk=contact.pk).update(is_published=False)
    body = main(get(client, guide.get_absolute_url()))
    assert indicator.text not in body
    assert sector.get_absolute_url() not in body
    assert "tel:+4722331160" not in body


def test_the_numbers_in_a_guide_come_from_the_contacts(client, seed):
    rosa = HelpContact.objects.get(phone="22 33 11 60")
    rosa.phone = "22 33 44 55"
    rosa.save()
    guide = Guide.objects.get(slug_nb="helse")
    for url in (guide.get_absolute_url(), guide.get_print_url()):
        body = main(get(client, url))
        assert "22 33 44 55" in body and "tel:+4722334455" in body
        assert "22 33 11 60" not in body


def test_an_unpublished_guide_is_gone(client, seed):
    guide = Guide.objects.get(slug_nb="helse")
    Guide.objects.filter(pk=guide.pk).update(is_published=False)
    assert client.get(guide.get_absolute_url()).status_code == 404
    assert client.get(guide.get_print_url()).status_code == 404
    assert guide.get_absolute_url() not in get(client, reverse("guides:index"))


def test_every_guide_is_listed_and_in_the_menu(client, seed):
    for language in ("nb", "en"):
        with translation.override(language):
            html = get(client, reverse("guides:index"))
            for guide in Guide.objects.published():
                assert f'href="{guide.get_absolute_url()}"' in main(html)
            assert f'href="{reverse("guides:index")}"' in get(
                client, "/" if language == "nb" else "/en/"
            )


# -- Help cards -----------------------------------------------------------------


def test_eight_cards_are_seeded_none_reviewed(seed):
    cards = HelpCard.objects.published()
    assert sorted(c.language_code for c in cards) == sorted(SEEDED_CARDS)
    assert not any(c.is_reviewed for c in cards)
    for card in cards:
        assert card.lines.count() == 6
        assert 4 <= len(card.sign_list) <= 5


@pytest.mark.parametrize("code", SEEDED_CARDS)
def test_a_card_is_in_its_own_language_frame_and_all(client, seed, code):
    card = HelpCard.objects.get(language_code=code)
    html = get(client, card_url(code))
    assert f'<html lang="{code}" dir="ltr">' in html
    assert card.title in main(html)
    # Named in itself, in the list of languages, marked with its language.
    assert re.search(rf'hreflang="{code}" lang="{code}" dir="ltr"[^>]*>{card.language_name}<', html)


def test_a_card_names_every_other_card_as_an_alternate(client, seed):
    HelpCard.objects.filter(language_code="vi").update(is_published=False)
    html = get(client, card_url("pl"))
    head = html[: html.index("</head>")]
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))
    published = [code for code in SEEDED_CARDS if code != "vi"]
    assert set(alternates) == {*published, "x-default"}
    for code in published:
        assert alternates[code] == settings.SITE_URL + card_url(code)
    # The card is in Polish: the page that lists every language, in English, is the default.
    with translation.override("en"):
        assert alternates["x-default"] == settings.SITE_URL + reverse("contacts:index")
    assert f'<link rel="canonical" href="{settings.SITE_URL}{card_url("pl")}">' in head


def test_the_help_page_lists_every_published_card_by_its_own_name(client, seed):
    HelpCard.objects.filter(language_code="es").update(is_published=False)
    for language in ("nb", "en"):
        with translation.override(language):
            body = main(get(client, reverse("contacts:index")))
        for card in HelpCard.objects.all():
            link = f'href="{card_url(card.language_code)}"'
            assert (link in body) == card.is_published, card
            if card.is_published:
                assert f">{card.language_name}</a>" in body
    assert client.get(card_url("es")).status_code == 404


def test_the_numbers_on_every_card_come_from_the_contacts(client, seed):
    rosa = HelpContact.objects.get(phone="22 33 11 60")
    rosa.phone = "22 33 44 55"
    rosa.save()
    for code in SEEDED_CARDS:
        for view in ("card", "card-print"):
            body = main(get(client, card_url(code, view=view)))
            assert 'href="tel:+4722334455"' in body and "22 33 44 55" in body, code
            assert "22 33 11 60" not in body, code
            assert 'href="tel:112"' in body and 'href="tel:116111"' in body, code
            assert ">116 111</a>" in body, code


def test_an_unpublished_contact_leaves_every_card(client, seed):
    HelpContact.objects.filter(phone="116 111").update(is_published=False)
    body = main(get(client, card_url("uk")))
    assert "tel:116111" not in body
    assert "tel:112" in body


def test_an_unreviewed_card_says_so_in_its_own_language(
    client, seed, django_capture_on_commit_callbacks
):
    card = HelpCard.objects.get(language_code="ro")
    body = main(get(client, card_url("ro")))
    assert card.unreviewed_notice in body
    assert "tradusă din norvegiană" in card.unreviewed_notice
    card.is_reviewed = True
    with django_capture_on_commit_callbacks(execute=True):  # the editor's save commits
        card.save()
    assert card.unreviewed_notice not in main(get(client, card_url("ro")))


def test_a_right_to_left_card_is_marked_so(client, seed):
    card = HelpCard.objects.create(
        language_code="ar",
        language_name="العربية",
        direction="rtl",
        unreviewed_notice="ترجمة من النرويجية.",
        title="مساعدة في النرويج",
        signs_title="علامات",
        signs="١\n٢\n٣\n٤",
        rights_title="حقوقك",
        rights="نص",
        contacts_title="اتصل",
    )
    HelpCardLine.objects.create(
        card=card, label="في خطر؟", contact=HelpContact.objects.get(phone="112")
    )
    html = get(client, card_url("ar"))
    assert '<html lang="ar" dir="rtl">' in html
    # Numbers read left to right inside right-to-left text.
    assert re.search(r'href="tel:112" dir="ltr"', html)
    assert 'hreflang="ar" lang="ar" dir="rtl"' in get(client, reverse("contacts:index"))


def test_an_unknown_language_is_not_found(client, seed):
    for code in ("xx", "PL", "<script>", "pl-", "..", "a" * 300):
        assert client.get(f"/hjelp/pa-ditt-sprak/{code}/").status_code == 404, code


def test_an_editor_adds_a_language_in_the_admin(client, seed):
    client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
    tip = HelpContact.objects.get(phone="112")
    form = {
        **NEW_CARD_FORM,
        "lines-TOTAL_FORMS": "1",
        "lines-INITIAL_FORMS": "0",
        "lines-0-label": "Ohus? Helista politseisse:",
        "lines-0-contact": str(tip.pk),
        "lines-0-sort_order": "0",
    }
    response = client.post("/admin/contacts/helpcard/add/", form)
    assert response.status_code == 302, response.content.decode()[-3000:]
    client.logout()
    html = get(client, card_url("et"))
    assert 'lang="et" dir="ltr"' in html and "Ohus? Helista politseisse:" in html
    assert ">Eesti</a>" in get(client, reverse("contacts:index"))


def test_the_admin_refuses_a_language_code_that_is_no_code(client, seed):
    client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
    response = client.post(
        "/admin/contacts/helpcard/add/",
        {"language_code": "Polish!", "lines-TOTAL_FORMS": "0", "lines-INITIAL_FORMS": "0"},
    )
    assert response.status_code == 200
    assert "language code" in response.content.decode().lower() or "språkkode" in (
        response.content.decode().lower()
    )
    assert not HelpCard.objects.filter(language_code="Polish!").exists()


# -- Print views, search and sitemap --------------------------------------------


def test_print_views_carry_a_qr_code_of_the_page_made_here(client, seed):
    guide = Guide.objects.get(slug_nb="helse")
    for page_url, print_url in (
        (guide.get_absolute_url(), guide.get_print_url()),
        (card_url("bg"), card_url("bg", view="card-print")),
    ):
        body = main(get(client, print_url))
        assert re.search(
            r'<svg aria-hidden="true" focusable="false" viewBox="[^"]+" class="hp-qr">', body
        )
        assert f"{settings.SITE_URL}{page_url}" in body  # the address, printed beside it
        assert "<img" not in body and "<script" not in body


def test_print_views_are_found_by_the_page_checks(seed):
    urls = public_urls("en")
    with translation.override("en"):
        for guide in Guide.objects.published():
            assert guide.get_print_url() in urls and guide.get_absolute_url() in urls
    for code in SEEDED_CARDS:
        assert card_url(code, view="card-print") in urls and card_url(code) in urls


def test_search_finds_guides_and_cards(client, seed):
    from content.search.index import rebuild

    rebuild()
    with translation.override("en"):
        html = get(client, reverse("search:index") + "?q=interpreter")
        assert Guide.objects.get(slug_nb="helse").get_absolute_url() in html
        html = get(client, reverse("search:index") + "?q=polski")
        assert card_url("pl") in html and 'lang="pl"' in html


def test_the_sitemap_has_every_guide_and_card(client, seed):
    xml = client.get("/sitemap.xml").content.decode()
    for guide in Guide.objects.published():
        assert f"{settings.SITE_URL}{guide.get_absolute_url()}" in xml
    for code in SEEDED_CARDS:
        assert f"{settings.SITE_URL}{card_url(code)}" in xml
        # One address per card: the English scheme's only redirects to it.
        assert f"{settings.SITE_URL}{card_url(code, 'en')}" not in xml
    assert "utskrift" not in xml and "/print/" not in xml


def test_the_seed_links_guides_only_to_seeded_items():
    keys = {key for key, _label, _fields in SEED}
    for key, label, fields in SEED:
        if label.startswith("guides.Guide_") or label == "contacts.HelpCardLine":
            for name in ("guide", "indicator", "sector", "helpcontact", "card", "contact"):
                if name in fields:
                    assert fields[name] in keys, (key, fields[name])


def test_the_school_guide_tells_how_to_talk_with_a_child(seed):
    from content.guides.models import Guide

    guide = Guide.objects.get(first_steps_role="school")
    for line in guide.talking_list + list(guide.talking_en.splitlines()):
        assert "person" not in line
    assert "Never promise to keep a secret" in guide.talking_en
    assert "Lov aldri å holde på en hemmelighet" in guide.talking_nb
