"""The work check, "Is this OK at work in Norway?" (issue 23, point 3): in both
site languages and every help-card language, editable per language, the
answer on the same page, never a verdict, nothing stored."""

import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation

from content.workcheck.models import WorkCheck, WorkCheckQuestion

CHECK_LANGUAGES = ["nb", "en", "pl", "ro", "lt", "bg", "uk", "vi", "es"]
TOPICS = ["contract", "payslip", "passport", "debt", "deductions", "hours", "freedom", "threats"]
# The answer that can point to exploitation, per question.
WORRYING = {
    "contract": "no",
    "payslip": "no",
    "passport": "yes",
    "debt": "yes",
    "deductions": "yes",
    "hours": "yes",
    "freedom": "no",
    "threats": "yes",
}


def check_url(code, site="nb", **answers):
    with translation.override(site):
        url = reverse("workcheck:detail", kwargs={"language_code": code})
    return url + ("?" + urlencode(answers) if answers else "")


def main(html):
    return html[html.index("<main") : html.index("</main>")]


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_check_in_every_language_with_the_eight_questions(seed):
    checks = WorkCheck.objects.published()
    assert sorted(c.language_code for c in checks) == sorted(CHECK_LANGUAGES)
    for check in checks:
        assert [q.key for q in check.questions.all()] == TOPICS, check
        # Card languages are marked as not checked by a native speaker, as the cards are.
        if check.language_code != "nb":
            assert not check.is_reviewed and check.unreviewed_notice, check


@pytest.mark.parametrize("code", CHECK_LANGUAGES)
def test_every_language_renders_the_questions_and_every_answer(client, seed, code):
    check = WorkCheck.objects.get(language_code=code)
    questions = list(check.questions.all())
    html = client.get(check_url(code)).content.decode()
    body = main(html)
    assert f'lang="{code}"' in body and check.title in body
    for question in questions:
        assert question.text in body
        for value in ("yes", "no", "unsure"):
            assert f'name="{question.key}" value="{value}"' in body
    assert check.answer_title not in body  # no answer before a question is answered

    # Every worrying answer at once: each one's sign and every next step shows.
    html = client.post(check_url(code), WORRYING).content.decode()
    body = text(main(html))
    assert check.answer_title in body and check.not_a_verdict in body
    for question in questions:
        assert question.concern in body
    for number in ("112", "22 33 11 60", "116 111", "politiet.no"):
        assert number in body, number
    assert check.inspection_url in html and "arbeidstilsynet.no" in body
    assert check.not_saved in body

    # No worrying answer: no sign listed, still what to do next.
    calm = {key: "yes" if answer == "no" else "no" for key, answer in WORRYING.items()}
    body = text(main(client.post(check_url(code), calm).content.decode()))
    assert check.no_concerns in body and "22 33 11 60" in body
    assert not any(question.concern in body for question in questions)

    # Not sure: where to ask.
    body = text(main(client.post(check_url(code), {"hours": "unsure"}).content.decode()))
    assert check.unsure_text in body


def test_the_site_language_check_is_the_index(client, seed):
    for site, code in (("nb", "nb"), ("en", "en")):
        with translation.override(site):
            url = reverse("workcheck:index")
        check = WorkCheck.objects.get(language_code=code)
        assert check.title in client.get(url).content.decode()


def test_the_answer_keeps_what_was_ticked_and_lists_only_the_worrying_answers(client, seed):
    html = main(
        client.post(check_url("en"), {"passport": "yes", "contract": "yes"}).content.decode()
    )
    passport = WorkCheckQuestion.objects.get(work_check__language_code="en", key="passport")
    contract = WorkCheckQuestion.objects.get(work_check__language_code="en", key="contract")
    assert passport.concern in html and contract.concern not in html
    assert 'name="passport" value="yes" checked' in html


def test_never_a_verdict_and_no_wage_rate(client, seed):
    """CONTENT.md gives no wage rate: no sum of money is shown anywhere."""
    money = re.compile(r"\b(NOK|kr\.?|kroner)\s?\d|\d+\s?(NOK|kr\b)", re.I)
    for code in CHECK_LANGUAGES:
        body = text(main(client.post(check_url(code), WORRYING).content.decode()))
        assert not money.search(body), code
    body = text(main(client.post(check_url("en"), WORRYING).content.decode()))
    for verdict in ("You are exploited", "you are a victim", "You are being exploited."):
        assert verdict not in body


@pytest.mark.parametrize(
    "query",
    ["passport=maybe", "nothing=yes", "passport=yes&passport=no", "hours=%00", "q=" + "x" * 5000],
)
def test_bad_answers_are_ignored_never_an_error(client, seed, query):
    response = client.post(
        check_url("en") + "?" + query, query, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200


def test_an_unknown_language_is_not_found(client, seed):
    assert client.get(check_url("xx")).status_code == 404
    WorkCheck.objects.filter(language_code="pl").update(is_published=False)
    assert client.get(check_url("pl")).status_code == 404


def test_no_store_and_no_cookie_on_every_step(client, seed):
    for url in (check_url("pl"), check_url("pl", **WORRYING)):
        response = client.get(url)
        assert "no-store" in response["Cache-Control"] and not response.cookies


def test_quick_exit_on_every_step(client, seed):
    for url in (check_url("uk"), check_url("uk", **WORRYING)):
        assert "data-exit" in client.get(url).content.decode()


def test_an_editor_changes_a_question_in_one_language(client, seed):
    question = WorkCheckQuestion.objects.get(work_check__language_code="ro", key="debt")
    question.text = "Datorezi bani cuiva pentru drum?"
    question.save()
    assert "Datorezi bani cuiva pentru drum?" in client.get(check_url("ro")).content.decode()
    assert "Datorezi bani cuiva pentru drum?" not in client.get(check_url("pl")).content.decode()


def test_the_admin_lists_and_edits_the_checks(admin_client_):
    response = admin_client_.get(reverse("admin:workcheck_workcheck_changelist"))
    assert response.status_code == 200 and "Polski" in response.content.decode()
    check = WorkCheck.objects.get(language_code="vi")
    response = admin_client_.get(reverse("admin:workcheck_workcheck_change", args=[check.pk]))
    assert response.status_code == 200
    assert check.questions.first().text in response.content.decode()


def test_search_finds_the_check_in_its_language(client, seed):
    from django.core.management import call_command

    call_command("rebuild_search_index", verbosity=0)
    for site, query, code in (("en", "passport", "en"), ("nb", "paszport", "pl")):
        with translation.override(site):
            url = reverse("search:index") + "?" + urlencode({"q": query})
            target = reverse("workcheck:detail", kwargs={"language_code": code})
        assert f'href="{target}"' in client.get(url).content.decode(), (site, query)


def test_the_answers_never_travel_in_the_address(client, seed):
    """A controller reading the browser's history sees no answers: the form
    posts them, and answers in an old address are ignored."""
    url = check_url("en")
    html = main(client.get(url).content.decode())
    assert 'method="post"' in html and 'method="get"' not in html
    response = client.get(url + "?" + urlencode(WORRYING))
    assert " checked>" not in main(response.content.decode())
    posted = client.post(url, WORRYING)
    assert posted.status_code == 200 and "no-store" in posted["Cache-Control"]
    assert not posted.cookies
    assert " checked>" in main(posted.content.decode())


@pytest.mark.parametrize(
    "language,says",
    [
        ("en", ["The work check", "they are not in the page", "The first fifteen minutes"]),
        ("nb", ["Sjekk jobben", "står ikke i sidens adresse", "De første femten minuttene"]),
    ],
)
def test_the_privacy_page_says_what_each_tool_leaves_behind(client, seed, language, says):
    with translation.override(language):
        url = reverse("pages:privacy")
    body = text(main(client.get(url).content.decode()))
    for words in says:
        assert words in body, words
