"""The first fifteen minutes: the decision path for professionals (issue 23).

Each path through the questions reaches the right contacts and duties (a
table of answers and what the summary must hold, and every possible path
checked against the rules), every language renders every step, each guide
starts with the path set for its role, and it is found where people are."""

import itertools
import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from content.guides.models import Guide

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# The numbers and addresses as the seed's contacts show them.
EMERGENCY, CHILDREN, POLICE = "112", "116 111", "02800"
ROSA, HOPE, TIP = "22 33 11 60", "22 55 02 00", "politiet.no"
NUMBERS = {EMERGENCY, CHILDREN, POLICE, ROSA, HOPE, TIP}

# The rules, by their titles (core.Rule, seeded from content/core/seed/rules.yaml).
INFORM = {"en": "Duty to inform child welfare", "nb": "Opplysningsplikt til barnevernet"}
AVERT = {"en": "Duty to avert", "nb": "Avvergingsplikt"}
SECTION_31 = {"en": "Health Personnel Act section 31", "nb": "helsepersonelloven § 31"}
NOT_ALERT = {"en": "Do not alert the exploiter", "nb": "Ikke få den som utnytter"}
CONFIDENTIALITY = {"en": "Confidentiality and consent", "nb": "Taushetsplikt og samtykke"}
DUTIES = {"inform": INFORM, "avert": AVERT, "31": SECTION_31}
ALWAYS = {"not-alert": NOT_ALERT, "confidentiality": CONFIDENTIALITY}
HEADINGS = {
    "en": ("Numbers used", "Duties that applied", "Duties that may apply", "On every path"),
    "nb": ("Numre som ble brukt", "Plikter som gjaldt", "Plikter som kan gjelde", "Gjelder alltid"),
}
END = {"en": "This page contains no name", "nb": "Denne siden inneholder ingen navn"}
ROLES = ["", "health", "school", "nav", "inspection", "buying"]
PUBLIC_SERVICES = {"health", "school", "nav", "inspection"}


def path_url(language="en", **answers):
    with translation.override(language):
        url = reverse("guides:first-steps")
    return url + ("?" + urlencode(answers) if answers else "")


def main(html):
    return html[html.index("<main") : html.index("</main>")]


def text(html):
    part = main(html) if "</main>" in html else html
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", part)))


def sections(html, language="en"):
    """The summary's sections by heading: {heading: its text} ('' if absent)."""
    body = text(html)
    marks = sorted((body.index(h), h) for h in (*HEADINGS[language], END[language]) if h in body)
    found = dict.fromkeys(HEADINGS[language], "")
    for (start, heading), (end, _next) in itertools.pairwise(marks):
        found[heading] = body[start + len(heading) : end]
    return found


def named(part, table, language):
    return {key for key, titles in table.items() if titles[language] in part}


def expected(role, answers):
    """What CONTENT.md section 14 calls for, written apart from the code:
    (numbers used, duties that applied, duties that may apply)."""
    danger, child, gross = answers["danger"], answers["child"], answers["gross"]
    numbers, applied, may = set(), set(), set()
    if danger == "yes" or gross == "yes":
        numbers.add(EMERGENCY)
    if child in ("yes", "unsure"):
        numbers.add(CHILDREN)
    if child in ("no", "unsure"):
        numbers.add(ROSA)  # the adult route stays open while the age is unsure
    if gross == "yes":
        numbers.add(POLICE)
    if answers["advice"] == "yes":
        numbers.add(HOPE)
    if answers["tip"] == "yes":
        numbers.add(TIP)
    # The duty to inform binds public services only; a buyer may be one.
    if child == "yes" and role in PUBLIC_SERVICES:
        applied.add("inform")
    elif child in ("yes", "unsure"):
        may.add("inform")  # an unsure age, or a buyer or no role: only if a public service
    # Section 196 applies on "yes" only; "not sure" is a may.
    if gross == "yes":
        applied.add("avert")
    elif gross == "unsure":
        may.add("avert")
    # Section 31: health personnel, with danger or signs of gross trafficking.
    if role == "health" and (danger == "yes" or gross == "yes"):
        applied.add("31")
    elif role in ("health", "school", ""):
        may.add("31")
    return numbers, applied, may


def every_path():
    for values in itertools.product(
        ("yes", "no"),
        ("yes", "no", "unsure"),
        ("yes", "no", "unsure"),
        ("yes", "no", "unsure"),
        ("yes", "no"),
        ("yes", "no"),
    ):
        yield dict(zip(("danger", "child", "gross", "help", "advice", "tip"), values, strict=False))


def test_a_buyer_is_not_told_of_a_duty_a_private_business_does_not_have(client, seed):
    answers = {"role": "buying", "danger": "no", "child": "yes", "gross": "no"}
    answers |= {"help": "no", "advice": "no", "tip": "no"}
    html = client.get(path_url(**answers)).content.decode()
    found = sections(html)
    assert "my own duty" not in text(html)
    assert INFORM["en"] not in found["Duties that applied"]
    assert "applies if you work in a public service" in found["Duties that may apply"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_every_path_records_what_the_rules_call_for(client, seed, language, role):
    """Every answer combination, for each role and language: the numbers, the
    duties that applied, those that may, and what holds on every path."""
    used_h, applied_h, may_h, always_h = HEADINGS[language]
    paths = list(every_path())
    assert len(paths) == 2 * 3 * 3 * 3 * 2 * 2
    for answers in paths:
        query = {"role": role, **answers} if role else answers
        html = client.get(path_url(language, **query)).content.decode()
        found = sections(html, language)
        numbers, applied, may = expected(role, answers)
        assert {n for n in NUMBERS if n in found[used_h]} == numbers, query
        assert named(found[applied_h], DUTIES, language) == applied, query
        assert named(found[may_h], DUTIES, language) == may, query
        assert named(found[always_h], ALWAYS, language) == set(ALWAYS), query
        body = text(html)
        if answers["help"] == "unsure":
            assert "did not want help" not in body and "ville ikke ha hjelp" not in body


def test_one_question_a_screen_and_the_next_one_follows_the_answer(client, seed):
    steps = [
        ({}, "Is anyone in danger right now?"),
        ({"danger": "no"}, "Is the person under 18?"),
        ({"danger": "no", "child": "no"}, "Are there signs of gross human trafficking?"),
        ({"danger": "no", "child": "no", "gross": "no"}, "Does the person want help?"),
        # For a child, the law's question: does exploitation appear certain or most likely?
        ({"danger": "no", "child": "yes"}, "appear certain or most likely that the child"),
        ({"danger": "no", "child": "yes", "gross": "no", "help": "no"}, "Do you want advice?"),
    ]
    for answers, question in steps:
        html = client.get(path_url(**answers)).content.decode()
        body = main(html)
        assert body.count("<form") == 1 and question in body, answers
        # The answers so far travel as hidden fields of the one form, nowhere else.
        for key, value in answers.items():
            assert f'<input type="hidden" name="{key}" value="{value}">' in body


def test_an_answer_shows_what_to_do_now(client, seed):
    body = text(client.get(path_url(danger="yes")).content.decode())
    assert "What to do now" in body and "Call the police emergency number now: 112" in body
    body = text(client.get(path_url(danger="no", child="yes")).content.decode())
    assert INFORM["en"] in body and CHILDREN in body and "ROSA is for adults" in body


def test_the_reflection_period_can_be_granted_and_is_for_non_citizens(client, seed):
    answers = {"danger": "no", "child": "no", "gross": "no", "help": "yes"}
    body = text(client.get(path_url(**answers)).content.decode())
    assert "can be granted a reflection period" in body
    assert "not a Norwegian citizen" in body and "not automatic" in body


@pytest.mark.parametrize(
    "query",
    [
        "danger=maybe",
        "danger=yes&child=perhaps&gross=yes",
        "role=pilot&danger=yes",
        "danger=yes&danger=no",
        "child=yes",
        "danger=%00",
        "tip=yes&advice=yes",
    ],
)
def test_bad_answers_ask_again_never_an_error(client, seed, query):
    response = client.get(path_url() + "?" + query)
    assert response.status_code == 200
    assert "<form" in main(response.content.decode())


def test_every_screen_is_no_store_and_sets_no_cookie(client, seed):
    for answers in [{}, {"danger": "yes"}, next(every_path())]:
        response = client.get(path_url(**answers))
        assert "no-store" in response["Cache-Control"]
        assert not response.cookies


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_renders_every_step(client, seed, language):
    """Every question, every step's advice and the summary, in the language's
    words (Bokmål is not English), with the contacts' numbers."""
    seen = set()
    for answers in every_path():
        keys = list(answers)
        for n in range(len(keys) + 1):
            partial = {k: answers[k] for k in keys[:n]}
            query = urlencode(partial)
            if query in seen:
                continue
            seen.add(query)
            response = client.get(path_url(language, **partial))
            assert response.status_code == 200, (language, partial)
            html = response.content.decode()
            assert f'<html lang="{language}"' in html
            if language == "nb":
                # No English text of the path left untranslated.
                for english in ("What to do now", "Is anyone in danger", "Numbers used", "Duty to"):
                    assert english not in html, (english, partial)
    assert len(seen) > 100


def test_the_summary_asks_for_nothing_about_the_person(client, seed):
    html = main(client.get(path_url(**next(every_path()))).content.decode())
    assert "<input" not in html and "<textarea" not in html and "<form" not in html
    assert "contains no name and nothing about the person" in text(html)


@pytest.mark.parametrize(
    "slug,role,reminder",
    [
        ("health-care", "health", SECTION_31),
        ("schools-and-child-welfare", "school", INFORM),
        ("nav-and-social-services", "nav", INFORM),
        ("inspections", "inspection", NOT_ALERT),
        ("buying-services", "buying", NOT_ALERT),
    ],
)
def test_each_guide_starts_with_the_path_set_for_its_role(client, seed, slug, role, reminder):
    with translation.override("en"):
        url = Guide.objects.get(slug_en=slug).get_absolute_url()
        html = main(client.get(url).content.decode())
        start = reverse("guides:first-steps")
    first_section = html.index("<section")
    assert html.index("The first fifteen minutes") < html.index("Signs to watch for")
    assert f'action="{start}"' in html[first_section:]
    assert f'<input type="hidden" name="role" value="{role}">' in html
    assert reminder["en"] in text(html) and NOT_ALERT["en"] in text(html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_help_page_signs_page_guides_and_cards_link_both_tools(client, seed, language):
    with translation.override(language):
        first_steps = reverse("guides:first-steps")
        work_check = reverse("workcheck:index")
        pages = [reverse("contacts:index"), reverse("indicators:index"), reverse("guides:index")]
        cards = [
            reverse("contacts:card", kwargs={"language_code": code})
            for code in ("en", "pl", "ro", "lt", "bg", "uk", "vi", "es")
        ]
    for url in pages:
        html = main(client.get(url).content.decode())
        assert f'href="{first_steps}"' in html and f'href="{work_check}"' in html, url
    # A card has one address and renders its frame under English (issue 22):
    # its links lead to the English pages.
    with translation.override("en"):
        first_steps = reverse("guides:first-steps")
        work_check = reverse("workcheck:index")
    for url in cards:
        html = main(client.get(url, follow=True).content.decode())
        code = url.rstrip("/").rsplit("/", 1)[1]
        assert f'href="{first_steps}"' in html, url
        # The work check in the card's own language, named in that language.
        assert f'{work_check}{code}/" hreflang="{code}" lang="{code}"' in html, url


def test_search_finds_the_path(client, seed):
    from django.core.management import call_command

    call_command("rebuild_search_index", verbosity=0)
    for language, query in (("en", "duty to avert"), ("nb", "avvergingsplikt")):
        with translation.override(language):
            url = reverse("search:index") + "?" + urlencode({"q": query})
            target = reverse("guides:first-steps")
        html = client.get(url).content.decode()
        assert f'href="{target}"' in html, language


def test_a_professional_hears_of_the_duty_to_inform_on_the_help_page_and_checklist(client, seed):
    from content.indicators.models import Indicator

    with translation.override("en"):
        help_url, guidance_url = reverse("contacts:index"), reverse("indicators:guidance")
    assert INFORM["en"] in text(client.get(help_url).content.decode())
    signs = list(Indicator.objects.published().values_list("pk", flat=True)[:3])
    body = text(client.post(guidance_url, {"signs": signs}).content.decode())
    assert INFORM["en"] in body and "regardless of your duty of confidentiality" in body


def test_a_rule_is_worded_once_and_every_page_shows_the_edit(client, seed):
    """An editor's change to a rule shows in each guide, the decision path
    and the help page: no page types the duty again."""
    from content.core.models import Rule

    rule = Rule.objects.get(key="duty-to-inform")
    with translation.override("en"):
        rule.text = "EDITED: tell the child welfare service yourself."
        rule.save()
        urls = [guide.get_absolute_url() for guide in Guide.objects.published()]
        urls += [reverse("contacts:index"), path_url("en", role="school", danger="no", child="yes")]
    for url in urls:
        assert "EDITED: tell the child welfare service" in client.get(url).content.decode(), url
    for guide in Guide.objects.published():
        assert "regardless of your duty of confidentiality" not in (guide.steps_en or ""), guide
