"""The first fifteen minutes: the decision path for professionals (issue 23).

Each path through the questions reaches the right contacts and duties (a
table of answers and what the summary must hold, and every possible path
checked against the rules), every language renders every step, each guide
starts with the path set for its role, and it is found where people are."""

import itertools
import re
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

# The duties, by words CONTENT.md section 14 uses (English).
INFORM = "regardless of their duty of confidentiality, tell the child welfare service"
AVERT = "Penal Code section 196"
SECTION_31 = "helsepersonelloven section 31"
NOT_ALERT = "in a way that can alert the exploiter"
CONFIDENTIALITY = "without naming the person, and share identifying details only"
DUTIES = {INFORM, AVERT, SECTION_31, NOT_ALERT, CONFIDENTIALITY}


def path_url(language="en", **answers):
    with translation.override(language):
        url = reverse("guides:first-steps")
    return url + ("?" + urlencode(answers) if answers else "")


def main(html):
    return html[html.index("<main") : html.index("</main>")]


def text(html):
    part = main(html) if "</main>" in html else html
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", part))


def section(html, heading):
    """The text of the summary's section under `heading` ('' if none)."""
    body = text(html)
    if heading not in body:
        return ""
    rest = body.split(heading, 1)[1]
    for other in ("Numbers used", "Duties that applied", "This page holds no name"):
        if other != heading and other in rest:
            rest = rest.split(other, 1)[0]
    return rest


# (answers, numbers the summary lists, duties it names). A table a reader can
# check against CONTENT.md section 14 line by line.
TABLE = [
    # Nobody in danger, an adult who wants help: ROSA and the reflection period.
    (
        {"danger": "no", "child": "no", "gross": "no", "help": "yes", "advice": "no", "tip": "no"},
        {ROSA},
        set(),
    ),
    # In danger: 112 first.
    (
        {"danger": "yes", "child": "no", "gross": "no", "help": "no", "advice": "no", "tip": "no"},
        {EMERGENCY, ROSA},
        set(),
    ),
    # A child: the duty to inform and 116 111; never ROSA, never asked about it.
    (
        {"danger": "no", "child": "yes", "gross": "no", "advice": "no", "tip": "no"},
        {CHILDREN},
        {INFORM},
    ),
    # Age unknown: treated as a possible child.
    (
        {"danger": "no", "child": "unsure", "gross": "no", "advice": "yes", "tip": "no"},
        {CHILDREN, HOPE},
        {INFORM, CONFIDENTIALITY},
    ),
    # Gross trafficking: the duty to avert, report to the police.
    (
        {"danger": "no", "child": "no", "gross": "yes", "help": "no", "advice": "no", "tip": "no"},
        {EMERGENCY, POLICE, ROSA},
        {AVERT},
    ),
    # A child in gross trafficking, in danger: every duty at once.
    (
        {"danger": "yes", "child": "yes", "gross": "yes", "advice": "yes", "tip": "yes"},
        {EMERGENCY, CHILDREN, POLICE, HOPE, TIP},
        {INFORM, AVERT, CONFIDENTIALITY},
    ),
    # Advice without naming the person.
    (
        {
            "danger": "no",
            "child": "no",
            "gross": "unsure",
            "help": "unsure",
            "advice": "yes",
            "tip": "no",
        },
        {ROSA, HOPE},
        {AVERT, CONFIDENTIALITY},
    ),
    # A tip: the tip service, and confidentiality still holds.
    (
        {"danger": "no", "child": "no", "gross": "no", "help": "no", "advice": "no", "tip": "yes"},
        {ROSA, TIP},
        {CONFIDENTIALITY},
    ),
    # Health care: section 31 with the danger.
    (
        {
            "role": "health",
            "danger": "yes",
            "child": "no",
            "gross": "no",
            "help": "yes",
            "advice": "no",
            "tip": "no",
        },
        {EMERGENCY, ROSA},
        {SECTION_31},
    ),
    # Inspections and buying services: do not alert the exploiter.
    (
        {
            "role": "inspection",
            "danger": "no",
            "child": "no",
            "gross": "yes",
            "help": "no",
            "advice": "yes",
            "tip": "no",
        },
        {EMERGENCY, POLICE, ROSA, HOPE},
        {AVERT, NOT_ALERT, CONFIDENTIALITY},
    ),
    (
        {
            "role": "buying",
            "danger": "no",
            "child": "no",
            "gross": "no",
            "help": "no",
            "advice": "no",
            "tip": "no",
        },
        {ROSA},
        {NOT_ALERT},
    ),
    # Schools and child welfare, a child.
    (
        {
            "role": "school",
            "danger": "no",
            "child": "yes",
            "gross": "no",
            "advice": "no",
            "tip": "no",
        },
        {CHILDREN},
        {INFORM},
    ),
]


@pytest.mark.parametrize("answers,numbers,duties", TABLE)
def test_each_path_reaches_the_right_contacts_and_duties(client, seed, answers, numbers, duties):
    html = client.get(path_url(**answers)).content.decode()
    assert "What I did" in html
    used = section(html, "Numbers used")
    assert {n for n in NUMBERS if n in used} == numbers, used
    named = section(html, "Duties that applied")
    assert {d for d in DUTIES if d in named} == duties, named


def expected(answers):
    """What the rules of CONTENT.md section 14 call for, written apart from the code."""
    numbers, duties = set(), set()
    role = answers.get("role")
    if role == "health":
        duties.add(SECTION_31)
    if role in ("inspection", "buying"):
        duties.add(NOT_ALERT)
    if answers["danger"] == "yes":
        numbers.add(EMERGENCY)
    if answers["child"] in ("yes", "unsure"):
        numbers.add(CHILDREN)
        duties.add(INFORM)
    if answers["gross"] == "yes":
        numbers |= {EMERGENCY, POLICE}
        duties.add(AVERT)
    if answers["gross"] == "unsure":
        duties.add(AVERT)
    if "help" in answers:
        numbers.add(ROSA)
    if answers["advice"] == "yes":
        numbers.add(HOPE)
        duties.add(CONFIDENTIALITY)
    if answers["tip"] == "yes":
        numbers.add(TIP)
        duties.add(CONFIDENTIALITY)
    return numbers, duties


def every_path():
    for danger, child, gross, advice, tip in itertools.product(
        ("yes", "no"),
        ("yes", "no", "unsure"),
        ("yes", "no", "unsure"),
        ("yes", "no"),
        ("yes", "no"),
    ):
        base = {"danger": danger, "child": child, "gross": gross}
        helps = ("yes", "no", "unsure") if child == "no" else (None,)
        for help_ in helps:
            answers = {**base, **({"help": help_} if help_ else {}), "advice": advice, "tip": tip}
            yield answers


def test_every_path_ends_in_a_summary_with_what_the_rules_call_for(client, seed):
    paths = list(every_path())
    assert len(paths) == 2 * (2 * 3 * 1 + 1 * 3 * 3) * 2 * 2
    for answers in paths:
        html = client.get(path_url(**answers)).content.decode()
        numbers, duties = expected(answers)
        used, named = section(html, "Numbers used"), section(html, "Duties that applied")
        assert {n for n in NUMBERS if n in used} == numbers, answers
        assert {d for d in DUTIES if d in named} == duties, answers


def test_one_question_a_screen_and_the_next_one_follows_the_answer(client, seed):
    steps = [
        ({}, "Is anyone in danger right now?"),
        ({"danger": "no"}, "Is the person under 18?"),
        ({"danger": "no", "child": "no"}, "Are there signs of gross human trafficking?"),
        ({"danger": "no", "child": "no", "gross": "no"}, "Does the person want help?"),
        # A child is not asked about ROSA: the next question is advice.
        ({"danger": "no", "child": "yes", "gross": "no"}, "Do you want advice before you do more?"),
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
    assert INFORM in body and CHILDREN in body and "ROSA is for adults" in body


def test_the_reflection_period_can_be_granted_and_is_for_non_citizens(client, seed):
    answers = {"danger": "no", "child": "no", "gross": "no", "help": "yes"}
    body = text(client.get(path_url(**answers)).content.decode())
    assert "reflection period can be granted" in body
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
    assert "no name and nothing about the person" in text(html)


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
    assert reminder in text(html)


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
