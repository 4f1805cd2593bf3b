"""Nothing a person in danger or a professional reads here can mislead them
(issue 18): the guides state the law as CONTENT.md section 14 does, the tip
service is a link wherever it is named, contacts say what they are for, when
they answer and who they are for, figures carry their data year and their
source's own page, and the sitemap holds every page of the menu."""

import datetime
import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from content.contacts.models import HelpCard, HelpContact
from content.core import references
from content.facts.models import Series, Statistic
from content.guides.models import Guide
from content.sectors.models import Case
from tests.test_content import squash, text_of
from tests.urls import LANGUAGES, public_urls, sitemaps

pytestmark = pytest.mark.django_db

GUIDES = ["helse", "skole-og-barnevern", "nav-og-sosialtjenesten", "tilsyn-og-kontroll"]
BUYERS = "innkjop-av-tjenester"
TIP_PATH = {
    "nb": "«Tips politiet», deretter menneskehandel",
    "en": "“Tips politiet”, then human trafficking",
}


def visible(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return text_of(response)


def guide_views(slug, language):
    guide = Guide.objects.get(slug_nb=slug)
    with translation.override(language):
        return guide, [guide.get_absolute_url(), guide.get_print_url()]


# -- 1. The guides get the law right --------------------------------------------------

# What every guide must say, as CONTENT.md section 14 states it (nb, en).
EVERY_GUIDE = [
    ("i akutt fare, ring 112", "in immediate danger, call 112"),
    ("grov menneskehandel", "gross human trafficking"),
    ("straffeloven § 196", "Penal Code section 196"),
    (
        "ROSA ( 22 33 11 60 ) hjelper personer fra 18 år",
        "ROSA ( 22 33 11 60 ) helps people aged 18 and over",
    ),
    ("få innvilget en refleksjonsperiode", "can be granted"),
    ("uten å si hvem", "without saying who"),
    ("samtykke", "consent"),
    ("gjør det ikke lovlig å dele", "does not make it lawful to share"),
    ("Konfronter aldri", "Never confront"),
    ("som kan advare den som utnytter", "can warn whoever exploits"),
]
# The duty to inform child welfare: the employee's own, whatever their confidentiality.
CHILD_DUTY = [
    (
        "skal du selv gi opplysninger til barnevernet",
        "you must tell the child welfare service (barnevernet) yourself",
    ),
    ("uansett taushetsplikt", "regardless of your duty of confidentiality"),
    (
        "det er ikke nok å si fra til leder eller å sende politiet et tips",
        "telling a manager or sending the police a tip does not fulfil it",
    ),
]


@pytest.mark.parametrize("slug", GUIDES)
def test_each_guide_and_its_print_view_states_the_duties(client, seed, slug, language):
    index = 0 if language == "nb" else 1
    _guide, urls = guide_views(slug, language)
    for url in urls:
        text = visible(client, url)
        for phrases in EVERY_GUIDE + CHILD_DUTY:
            assert phrases[index] in text, (url, phrases[index])
        assert TIP_PATH[language] in text, url


def test_the_buyers_guide_states_the_duties_and_never_has_workers_questioned(
    client, seed, language
):
    index = 0 if language == "nb" else 1
    _guide, urls = guide_views(BUYERS, language)
    for url in urls:
        text = visible(client, url)
        for phrases in EVERY_GUIDE:
            assert phrases[index] in text, (url, phrases[index])
        # A public buyer has the duty to inform child welfare; a private one may tell them.
        assert ("offentlige tjenester" if language == "nb" else "public services") in text
        assert (
            "ikke en privat virksomhet" if language == "nb" else "not a private business"
        ) in text
        assert CHILD_DUTY[0][index] in text
        # Once there is a suspicion, questions can alert the exploiter.
        for wrong in (
            "Spør leverandøren om lønn, arbeidstid og bolig",
            "Ask the supplier about pay, working hours and housing",
            "Snakk med personen alene",
            "Talk with the person alone",
        ):
            assert wrong not in text, url
        assert (
            "ikke spør leverandøren eller arbeiderne"
            if language == "nb"
            else "do not ask the supplier or the workers"
        ) in text


def test_health_care_adds_section_31_and_section_33(client, seed, language):
    _guide, urls = guide_views("helse", language)
    for url in urls:
        text = visible(client, url)
        if language == "nb":
            assert "skal du som helsepersonell varsle politiet, uansett taushetsplikt" in text
            assert "(helsepersonelloven § 31)" in text and "(helsepersonelloven § 33" in text
        else:
            assert "you as health personnel must notify the police" in text
            assert "(Health Personnel Act section 31)" in text
            assert "(Health Personnel Act section 33" in text


def test_child_welfare_staff_get_steps_of_their_own(client, seed, language):
    guide, urls = guide_views("skole-og-barnevern", language)
    mark = "Du som jobber i barnevernet:" if language == "nb" else "If you work in child welfare:"
    own = [line for line in guide.step_list if line.startswith(mark)]
    assert len(own) >= 3
    text = squash(visible(client, urls[0]))
    for line in own:
        assert squash(references.plain(line)) in text
    # ROSA is for adults: child welfare staff are told never to send a child there.
    assert any("ROSA" in line for line in own)


def test_every_contact_a_guide_names_is_in_its_own_list(seed):
    for guide in Guide.objects.published():
        listed = {c.key for c in guide.contacts.all()}
        for field in ("talking", "steps", "avoid"):
            for lang in LANGUAGES:
                text = getattr(guide, f"{field}_{lang}")
                named = set(re.findall(r"\[\[contact:([a-z0-9-]+)", text))
                assert named <= listed, (guide.slug, field, named - listed)
                if "ROSA" in text:
                    assert "rosa" in listed, guide.slug


def test_no_guide_title_says_for_you_who(client, seed):
    with translation.override("en"):
        for guide in Guide.objects.published():
            assert not guide.title.startswith("For you who")
            assert "For you who" not in visible(client, guide.get_absolute_url())
        assert "For you who" not in visible(client, reverse("guides:index"))
        assert "emergency rooms" not in visible(
            client, reverse("guides:detail", kwargs={"slug": "health-care"})
        )


# -- 3. The tip service is a link wherever it is named ----------------------------


def tip_service():
    return HelpContact.objects.get(key="police-tip")


def card_pages():
    """A help card's pages are in the card's own language (issue 22): its
    footer names the tip service as the card does, and its own tests check it."""
    return {
        url
        for card in HelpCard.objects.all()
        for url in (card.get_absolute_url(), card.get_print_url())
    }


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_the_tip_service_is_a_link_on_every_page(client, seed, language_code):
    tip = tip_service()
    with translation.override(language_code):
        name, link = tip.name, f'href="{tip.web_url}"'
        urls = public_urls(language_code)
    assert len(urls) > 40
    cards = card_pages()
    for url in urls:
        html = client.get(url).content.decode()
        # In the footer, with its name and the path on the police's site.
        footer = html[html.index("<footer") :] if "<footer" in html else ""
        if url in cards:
            assert not footer or link in footer, url
            continue
        assert (
            name in footer and link in footer and TIP_PATH[language_code] in text_of_html(footer)
        ), url


def text_of_html(html):
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


# The path on the police's site, in each card's language (the Norwegian words
# are what the visitor sees on politiet.no).
CARD_PATH = [
    "„Tips politiet“",
    "„Tips politiet”",
    "«Tips politiet»",
    '"Tips politiet"',
    "“Tips politiet”",
]


def test_every_card_and_its_print_view_links_the_tip_service_with_the_path(client, seed):
    tip = tip_service()
    cards = HelpCard.objects.published()
    assert cards.count() == 8
    for card in cards:
        for view in ("card", "card-print"):
            url = reverse(f"contacts:{view}", kwargs={"language_code": card.language_code})
            html = client.get(url).content.decode()
            card_html = html[
                html.index('class="hp-sheet' if view == "card-print" else 'class="hp-helpcard"') :
            ]
            assert f'href="{tip.web_url}"' in card_html, url
            assert any(path in card_html for path in CARD_PATH), url
            assert "Menneskehandel" in card_html, url


# -- 4. Contacts carry purpose, hours and age limit wherever they are listed -------


def test_every_listing_of_a_contact_says_what_it_is_for_when_it_answers_and_18_plus(
    client, seed, language
):
    """In the page's main content (the footer has a test of its own): a listing
    says what the contact is for (its purpose, or at length when to use it),
    when it answers, and ROSA's age limit."""
    contacts = list(HelpContact.objects.published())
    rosa = HelpContact.objects.get(key="rosa")
    assert rosa.min_age == 18
    with translation.override(language):
        age = str(rosa.age_limit)
        assert age == (
            "For personer fra 18 år" if language == "nb" else "For people aged 18 and over"
        )
        hfj = HelpContact.objects.get(key="hope-for-justice")
        listings = {
            reverse("core:home"): contacts,
            reverse("contacts:index"): contacts,
            reverse("pages:about"): [hfj],
            reverse("pages:courses"): [hfj],
        }
        for guide in Guide.objects.published():
            listings[guide.get_absolute_url()] = list(guide.contacts.all())
            listings[guide.get_print_url()] = list(guide.contacts.all())
        facts = {
            c.pk: (str(c.purpose), references.plain(c.when_to_use), references.plain(c.hours))
            for c in contacts
        }
    for url, listed in listings.items():
        html = client.get(url).content.decode()
        text = text_of_html(html[html.index("<main") : html.index("</main>")])
        for contact in listed:
            purpose, when, hours = facts[contact.pk]
            assert purpose in text or when.split(".")[0] in text, (url, contact.key)
            assert hours.split(".")[0] in text, (url, contact.key)
        if any(c.key == "rosa" for c in listed):
            assert age in text, url


def test_footer_lists_each_contact_with_its_facts(client, seed, language):
    with translation.override(language):
        html = client.get(reverse("pages:why-no-help")).content.decode()
        footer = text_of_html(html[html.index("<footer") :])
        for contact in HelpContact.objects.published():
            assert str(contact.purpose) in footer, contact.key
            assert references.plain(contact.hours).split(".")[0] in footer, contact.key
        assert str(HelpContact.objects.get(key="rosa").age_limit) in footer


def test_a_fresh_install_shows_when_the_contacts_were_checked(client, seed, language):
    for contact in HelpContact.objects.published():
        assert contact.last_checked == datetime.date(2026, 11, 29), contact.key
    with translation.override(language):
        html = client.get(reverse("contacts:index")).content.decode()
    checked = "Sist kontrollert" if language == "nb" else "Last checked"
    assert html.count('datetime="2026-11-29"') == HelpContact.objects.published().count()
    assert checked in html


def test_the_help_page_claims_nothing_about_02800s_anonymity(client, seed, language):
    assert HelpContact.objects.get(key="police").anonymity == ""
    with translation.override(language):
        text = visible(client, reverse("contacts:index"))
    assert "Ikke anonymt" not in text and "Not anonymous" not in text


# -- 2. Misleading and quality points ---------------------------------------------


NO_PAPERS = [
    "You have rights even if you have no papers",
    "Tienes derechos aunque no tengas papeles",
    "Turite teises, net jei neturite dokumentų",
    "Имате права, дори ако нямате документи",
    "У вас є права, навіть якщо у вас немає документів",
    "Masz prawa, nawet jeśli nie masz dokumentów",
    "Bạn có quyền lợi ngay cả khi không có giấy tờ",
    "Ai drepturi chiar dacă nu ai acte",
]
CARD_SLIPS = {
    "es": ["y puedes ser víctima", "persona nativa"],
    "lt": ["pinigų pragyvenimui", ", arba", "anonimiški"],
    "bg": ["изработите"],
    "uk": ["в поліцію", ", або"],
    "pl": ["anonimowy"],
    "vi": ["quyền lợi"],
    "ro": ["plătești prin muncă", "primești puțini bani sau deloc"],
}


def test_cards_claim_nothing_unsupported_and_read_naturally(client, seed):
    for card in HelpCard.objects.published():
        url = reverse("contacts:card", kwargs={"language_code": card.language_code})
        text = visible(client, url)
        for line in NO_PAPERS:
            assert line not in text, url
        for slip in CARD_SLIPS.get(card.language_code, []):
            assert slip not in text, (url, slip)
        # Not yet checked by a native speaker: the card still says so.
        assert not card.is_reviewed and card.unreviewed_notice in text


BOKMAL_SLIPS = [
    "med tanke på tvangsarbeid",
    "menneskehandelsaken",
    "holde på dem",
    " uka",
    "Hope for Justice Norway",
    "Dommen er ikke bekreftet",
    "Koordineringsenheten for ofre",
]
ENGLISH_SLIPS = [
    "For you who",
    "Nor does it decide the case",
    "emergency rooms",
    "Coordination Unit for Victims",
]


def test_no_page_keeps_a_slip_the_issue_found(client, seed):
    cards = card_pages()
    for language, slips in (("nb", BOKMAL_SLIPS), ("en", ENGLISH_SLIPS)):
        for url in sorted(set(public_urls(language)) - cards):
            text = visible(client, url)
            for slip in slips:
                assert slip not in text, (url, slip)


def test_what_it_is_states_both_holdings_of_rt_2013_39(client, seed, language):
    with translation.override(language):
        text = visible(client, reverse("pages:what-it-is"))
    if language == "nb":
        assert "objektivt sett er tvingende" in text
        assert "Det avgjørende er om situasjonen var tvingende" not in text
    else:
        assert "objectively coercive" in text
        assert "What decides it is whether the situation was coercive" not in text


def test_rights_links_the_help_page_and_gives_rosas_number(client, seed, language):
    with translation.override(language):
        html = client.get(reverse("pages:rights")).content.decode()
        assert f'<a href="{reverse("contacts:index")}">' in html
    assert 'href="tel:+4722331160"' in html


def test_the_facts_page_shows_the_profit_figures_it_names(client, seed, language):
    with translation.override(language):
        text = visible(client, reverse("facts:index"))
    profits = Statistic.objects.get(key="world-forced-labour-profits-2024")
    assert profits.is_published and profits.data_year == 2021
    with translation.override(language):
        assert profits.formatted_value.replace("\xa0", " ") in text
    data = "Tall for 2021, publisert 2024" if language == "nb" else "Data for 2021, published 2024"
    assert data in text
    older = Statistic.objects.get(key="world-forced-labour-profits-2014")
    assert older.is_published and older.data_year == 2012


def test_the_case_box_says_date_of_judgment(client, seed, language):
    case = Case.objects.get(slug_nb="hagesentersaken")
    with translation.override(language):
        text = visible(client, case.get_absolute_url())
    assert ("Dato for dommen" if language == "nb" else "Date of judgment") in text
    assert " År " not in text


# -- 5. Dated and linked ----------------------------------------------------------


def test_no_published_figure_without_a_data_year(seed):
    for stat in Statistic.objects.published():
        assert stat.data_year, stat.key
    draft = Statistic.objects.filter(is_published=False, data_year=None).first()
    assert draft is not None  # the deck's unverified figures
    draft.is_published = True
    with pytest.raises(ValidationError) as error:
        draft.full_clean()
    assert "data_year" in error.value.message_dict


def test_every_source_link_is_the_page_itself_not_a_front_page(seed):
    sourced = [*Statistic.objects.published(), *Case.objects.published()]
    linked = [item for item in sourced if item.source_url]
    for item in linked:
        assert urlsplit(item.source_url).path.strip("/"), item
    # Every published case has its source's own page.
    for case in Case.objects.published():
        assert case.source_url, case
    # A figure without a link says why, for editors.
    for stat in Statistic.objects.published().filter(source_url=""):
        assert "no link yet" in stat.editor_note.lower(), stat.key


def test_the_newest_figures_come_first(client, seed):
    norway = list(Series.objects.published().filter(title_en__contains="police"))
    assert [s.title_en[-4:] for s in norway] == ["2023", "2017"]
    with translation.override("en"):
        html = client.get(reverse("facts:index")).content.decode()
    assert html.index(f'id="series-{norway[0].pk}"') < html.index(f'id="series-{norway[1].pk}"')


ILO_GLOBAL_ESTIMATES_2022 = (
    "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_854733/lang--en/index.htm"
)


def test_each_headline_figure_links_its_source_over_https(client, seed, language):
    """Home and facts: a figure from the 2022 Global Estimates links the ILO's
    publication page for it; no source is linked over plain http."""
    headline = list(Statistic.objects.published().filter(is_headline=True))
    assert len(headline) >= 3
    for stat in Statistic.objects.published():
        assert not stat.source_url.startswith("http://"), stat.key
    home = reverse("core:home")
    for url in (home, reverse("facts:index")):
        html = client.get(url).content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        assert 'href="http://' not in main, url
        for stat in headline:
            if "Global Estimates" in stat.source_name:
                assert stat.source_url == ILO_GLOBAL_ESTIMATES_2022, stat.key
            assert stat.source_url, stat.key
            # The home page's figure boxes; on the facts page a figure may be a chart's row.
            box = html[html.index(f'id="figure-{stat.pk}"') :]
            box = box[: box.index("</p>", box.index('class="hp-figure__source"'))]
            assert f'<a href="{stat.source_url}"' in (box if url == home else html), (url, stat.key)


def test_sources_name_no_report_title_the_sources_do_not_give(client, seed, language):
    """KOM's 2023 figures were reported in June 2024: no "status report for 2023"
    (tilstandsrapport) title that no source gives."""
    text = visible(client, reverse("facts:index"))
    for title in ("status report", "tilstandsrapport"):
        assert title not in text.lower()
    kom = Statistic.objects.get(key="norway-reports-2023")
    assert ("juni 2024" if language == "nb" else "June 2024") in kom.source_name


def test_chart_sources_show_the_year_published(client, seed, language):
    html = client.get(reverse("facts:index")).content.decode()
    lines = re.findall(r'<p class="hp-chart__source">(.*?)</p>', html, re.S)
    assert len(lines) == Series.objects.published().count() >= 3
    published = "publisert" if language == "nb" else "published"
    for series in Series.objects.published():
        line = html[html.index(f'id="series-{series.pk}"') :]
        line = re.search(r'<p class="hp-chart__source">(.*?)</p>', line, re.S).group(1)
        for stat in series.statistics.published():
            assert f"({published} {stat.published_year})" in line, (series.title_en, stat.key)


def test_the_facts_page_links_the_open_data_package(client, seed, language):
    html = client.get(reverse("facts:index")).content.decode()
    open_data = html[html.index('id="open-data"') :]
    assert f'href="{reverse("facts:datapackage")}"' in open_data
    assert client.get(reverse("facts:datapackage")).status_code == 200


def test_a_link_carries_only_the_source_it_leads_to(client, seed, language):
    """A case's source name that lists two sources ("domstol.no …; NRK
    Buskerud") links only the first, the page the link leads to."""
    case = Case.objects.get(slug_nb="hagesentersaken")
    first, second = case.source_name.split("; ")
    assert "domstol.no" in first and case.source_url.startswith("https://www.domstol.no/")
    html = client.get(case.get_absolute_url()).content.decode()
    link = re.search(rf'<a href="{re.escape(case.source_url)}"[^>]*>(.*?)</a>(.*?)</dd>', html)
    assert link, case.source_url
    assert unescape(link.group(1)) == first
    assert unescape(link.group(2)).startswith("; " + second)


# -- 6. The sitemap holds every page of the menu -----------------------------------


def test_the_sitemap_lists_every_page_in_the_menu(client, seed, language):
    with translation.override(language):
        home = client.get(reverse("core:home")).content.decode()
        search = reverse("search:index")
    start = home.index('class="hp-nav"')
    nav = home[start : home.index("</nav>", start)]
    menu = set(re.findall(r'href="([^"]+)"', nav))
    sitemap = client.get("/sitemap.xml").content.decode()
    located = {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    # The search form is in the menu but has no content of its own to index.
    missing = menu - located - {search}
    assert not missing
    assert len(menu) >= 11
    with translation.override(language):
        assert reverse("guides:index") in located
    assert sitemaps()
