"""Course inquiries: the form a visitor sends, and what staff do with it."""

import csv
import io
import re
from datetime import timedelta
from html import unescape
from unittest import mock

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from content.courses.models import CourseInquiry, months_before

VALID = {
    "name": "Kari Nordmann",
    "organisation": "Helsestasjonen på Grünerløkka",
    "email": "kari@example.org",
    "phone": "+47 22 33 44 55",
    "role": "Helsesykepleier",
    "participants": "12",
    "preferred_time": "Uke 12",
    "message": "Vi ønsker et kurs for hele avdelingen.",
}


def url(name, language="nb"):
    with translation.override(language):
        return reverse(name)


def post(client, data, language="nb"):
    return client.post(url("courses:inquiry", language), data)


# -- The form -------------------------------------------------------------------


def test_the_form_has_its_own_translated_addresses():
    assert url("courses:inquiry") == "/kurs/foresporsel/"
    assert url("courses:inquiry", "en") == "/en/courses/inquiry/"
    assert url("courses:thanks") == "/kurs/takk/"
    assert url("courses:thanks", "en") == "/en/courses/thank-you/"
    assert url("pages:courses") == "/kurs/"


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("nb", ["Ditt navn", "Virksomhet eller arbeidssted", "E-postadresse", "Send forespørsel"]),
        ("en", ["Your name", "Organisation or workplace", "E-mail address", "Send inquiry"]),
    ],
)
def test_the_form_shows_its_labels_in_each_language(client, seed, language, labels):
    response = client.get(url("courses:inquiry", language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html
    for label in labels:
        assert label in html
    form = re.search(r"<form\b[^>]*>", html).group(0)
    assert 'method="post"' in form and f'action="{url("courses:inquiry", language)}"' in form
    assert 'name="csrfmiddlewaretoken"' in html


def test_every_field_has_a_label_and_people_fields_say_what_they_are(client, seed):
    html = client.get(url("courses:inquiry", "en")).content.decode()
    for name in VALID:
        assert f'<label class="hp-field__label" for="id_{name}">' in html, name
        assert f'id="id_{name}"' in html, name
    for name, autocomplete in [
        ("name", "name"),
        ("organisation", "organization"),
        ("email", "email"),
        ("phone", "tel"),
    ]:
        field = re.search(rf'<input [^>]*name="{name}"[^>]*>', html).group(0)
        assert f'autocomplete="{autocomplete}"' in field, name
    for required in ("name", "organisation", "email", "role"):
        field = re.search(rf'<input [^>]*name="{required}"[^>]*>', html).group(0)
        assert " required" in field, required
        label = re.search(rf'<label [^>]*for="id_{required}">.*?</label>', html).group(0)
        assert "(required)" in label
    phone = re.search(r'<label [^>]*for="id_phone">.*?</label>', html).group(0)
    assert "(required)" not in phone
    # The e-mail hint is read out with the field.
    email = re.search(r'<input [^>]*name="email"[^>]*>', html).group(0)
    assert 'aria-describedby="id_email_helptext"' in email and 'id="id_email_helptext"' in html


@pytest.mark.parametrize(
    "language, hint",
    [
        ("nb", "Ikke skriv personopplysninger om noen du er bekymret for"),
        ("en", "Do not write personal details about anyone you are worried about"),
    ],
)
def test_the_free_text_field_asks_for_nobodys_personal_details(client, seed, language, hint):
    """The inquiry is about a course: the message field says, where it is
    filled in and read out with it, not to name or identify a person."""
    html = client.get(url("courses:inquiry", language)).content.decode()
    message = re.search(r"<textarea [^>]*name=\"message\"[^>]*>", html).group(0)
    assert 'aria-describedby="id_message_helptext"' in message
    helptext = re.search(r'<p class="hp-field__hint" id="id_message_helptext">(.*?)</p>', html)
    assert helptext and hint in unescape(helptext.group(1))


def test_the_honeypot_is_hidden_from_people(client, seed):
    html = client.get(url("courses:inquiry", "en")).content.decode()
    trap = re.search(r'<div class="hp-honeypot" aria-hidden="true">.*?</div>', html, re.S)
    assert trap and "Leave this field empty" in trap.group(0)
    field = re.search(r'<input [^>]*name="website"[^>]*>', trap.group(0)).group(0)
    assert 'tabindex="-1"' in field and 'autocomplete="off"' in field
    assert " required" not in field


def test_the_course_page_leads_to_the_form(client, seed):
    for language in ("nb", "en"):
        html = client.get(url("pages:courses", language)).content.decode()
        assert f'<a class="hp-button" href="{url("courses:inquiry", language)}">' in html


# -- Sending it -------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_valid_inquiry_is_saved_once_and_thanked_for(client, seed, language):
    response = post(client, VALID, language)
    assert response.status_code == 302
    assert response.headers["Location"] == url("courses:thanks", language)
    inquiry = CourseInquiry.objects.get()
    assert inquiry.name == "Kari Nordmann"
    assert inquiry.organisation == "Helsestasjonen på Grünerløkka"
    assert inquiry.participants == 12
    assert inquiry.language == language
    assert inquiry.status == CourseInquiry.Status.NEW and inquiry.handled_at is None
    thanks = client.get(response.headers["Location"])
    assert thanks.status_code == 200
    assert "no-store" in thanks.headers["Cache-Control"]
    assert ("Takk for forespørselen" if language == "nb" else "Thank you for your inquiry") in (
        thanks.content.decode()
    )


def test_only_the_required_fields_are_needed(client, seed):
    required = {k: VALID[k] for k in ("name", "organisation", "email", "role")}
    assert post(client, required).status_code == 302
    inquiry = CourseInquiry.objects.get()
    assert inquiry.participants is None and inquiry.phone == "" and inquiry.message == ""


BAD = [
    # (what was sent, the field, Bokmål message, English message)
    ({"name": ""}, "name", "Skriv inn navnet ditt", "Enter your name"),
    (
        {"organisation": "   "},
        "organisation",
        "Skriv inn navnet på virksomheten",
        "Enter the name of your organisation or workplace",
    ),
    ({"email": ""}, "email", "Skriv inn e-postadressen din", "Enter your e-mail address"),
    (
        {"email": "kari(at)example"},
        "email",
        "Skriv inn en e-postadresse på riktig form",
        "Enter an e-mail address in the correct format, like name@example.org",
    ),
    ({"role": ""}, "role", "Skriv inn hva slags tjeneste", "Enter what kind of service"),
    (
        {"name": "K" * 201},
        "name",
        "Navnet kan ha høyst 200 tegn",
        "Your name must be 200 characters or fewer",
    ),
    (
        {"message": "x" * 3001},
        "message",
        "Meldingen kan ha høyst 3000 tegn",
        "The message must be 3000 characters or fewer",
    ),
    (
        {"preferred_time": "x" * 201},
        "preferred_time",
        "høyst 200 tegn",
        "When it would suit you must be 200 characters or fewer",
    ),
    ({"phone": "ring meg"}, "phone", "Skriv inn et telefonnummer", "Enter a phone number"),
    ({"phone": "1" * 31}, "phone", "høyst 30 tegn", "30 characters or fewer"),
    ({"participants": "mange"}, "participants", "Skriv inn antallet", "whole number"),
    ({"participants": "0"}, "participants", "minst 1", "must be 1 or more"),
    ({"participants": "10" * 20}, "participants", "høyst 9999", "9999 or fewer"),
]


@pytest.mark.parametrize(("bad", "field", "nb", "en"), BAD, ids=[b[1] for b in BAD])
def test_bad_input_gets_a_clear_message_in_the_visitors_language(client, seed, bad, field, nb, en):
    for language, message in (("nb", nb), ("en", en)):
        response = post(client, {**VALID, **bad}, language)
        assert response.status_code == 400, (language, bad)
        html = response.content.decode()
        assert f'<html lang="{language}" dir="ltr">' in html
        summary = re.search(r'<div class="hp-error-summary".*?</div>', html, re.S).group(0)
        assert f'href="#id_{field}"' in summary and message in summary, (language, summary)
        beside = re.search(rf'<p class="hp-field__error" id="id_{field}_error">.*?</p>', html)
        assert beside and message in beside.group(0), language
        widget = re.search(rf'<(?:input|textarea) [^>]*name="{field}"[^>]*>', html).group(0)
        assert 'aria-invalid="true"' in widget and f"id_{field}_error" in widget
        assert html.count('class="hp-field__error"') == 1
    assert not CourseInquiry.objects.exists()


def test_what_the_visitor_typed_is_kept_when_something_is_wrong(client, seed):
    response = post(client, {**VALID, "email": "not an address"}, "en")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Helsestasjonen på Grünerløkka"' in html
    assert 'value="not an address"' in html
    assert "Vi ønsker et kurs for hele avdelingen.</textarea>" in html
    assert "<title>Error: " in html


def test_an_empty_form_lists_every_missing_field_in_order(client, seed):
    html = post(client, {}, "en").content.decode()
    summary = re.search(r'<div class="hp-error-summary".*?</div>', html, re.S).group(0)
    links = re.findall(r'href="#id_(\w+)"', summary)
    assert links == ["name", "organisation", "email", "role"]


def test_odd_input_never_breaks_the_form(client, seed):
    for odd in (
        {"name": "\x00"},
        {"participants": "1e9999"},
        {"participants": "-1"},
        {"email": "a@" + "b" * 300 + ".no"},
        {"organisation": "Line\r\nBcc: x@example.org"},
    ):
        response = post(client, {**VALID, **odd})
        assert response.status_code in (302, 400), odd
    assert client.get(url("courses:inquiry") + "?name=x").status_code == 200


def test_a_bot_that_fills_the_honeypot_is_thanked_but_nothing_is_saved(client, seed):
    response = post(client, {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert response.headers["Location"] == url("courses:thanks")
    assert not CourseInquiry.objects.exists()
    response = post(client, {"website": "spam"}, "en")
    assert response.status_code == 302 and not CourseInquiry.objects.exists()


# -- Forgery protection and cookies ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [("nb", "Skjemaet kunne ikke sendes"), ("en", "The form could not be sent")],
)
def test_a_post_without_the_csrf_token_is_refused_with_a_friendly_page(seed, language, text):
    client = Client(enforce_csrf_checks=True)
    response = post(client, VALID, language)
    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html
    assert text in html
    assert 'id="main-content"' in html and "hp-footer" in html
    assert f'href="{url("courses:inquiry", language)}"' in html
    assert not CourseInquiry.objects.exists()


def test_the_form_works_with_the_csrf_check_on(seed):
    client = Client(enforce_csrf_checks=True)
    html = client.get(url("courses:inquiry")).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = post(client, {**VALID, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert CourseInquiry.objects.count() == 1


def test_the_form_page_sets_only_the_csrf_cookie(client, seed):
    for language in ("nb", "en"):
        client.cookies.clear()
        response = client.get(url("courses:inquiry", language))
        assert set(response.cookies) == {"csrftoken"}
        cookie = response.cookies["csrftoken"]
        # A browser-session cookie, not one that stays for a year.
        assert not cookie["max-age"] and not cookie["expires"]
        assert cookie["samesite"] == "Strict"
        assert "no-store" in response.headers["Cache-Control"]


def test_the_course_page_and_the_thank_you_page_set_no_cookie(seed):
    for language in ("nb", "en"):
        for name in ("pages:courses", "courses:thanks"):
            response = Client().get(url(name, language))
            assert response.status_code == 200
            assert not response.cookies, name


def test_sending_the_form_sets_no_other_cookie(seed):
    client = Client(enforce_csrf_checks=True)
    html = client.get(url("courses:inquiry")).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = post(client, {**VALID, "csrfmiddlewaretoken": token})
    assert set(response.cookies) <= {"csrftoken"}
    thanks = client.get(response.headers["Location"])
    assert not thanks.cookies
    assert set(client.cookies) == {"csrftoken"}


def test_a_form_from_another_origin_is_refused(seed):
    client = Client(enforce_csrf_checks=True)
    html = client.get(url("courses:inquiry")).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    for origin in ("null", "https://evil.example"):
        response = client.post(
            url("courses:inquiry"), {**VALID, "csrfmiddlewaretoken": token}, HTTP_ORIGIN=origin
        )
        assert response.status_code == 403, origin
    assert not CourseInquiry.objects.exists()


def test_the_form_page_stays_within_the_query_budget(client, seed):
    for language in ("nb", "en"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("courses:inquiry", language)).status_code == 200
        assert len(queries) <= 6
        with CaptureQueriesContext(connection) as queries:
            assert post(client, {}, language).status_code == 400
        assert len(queries) <= 6


# -- E-mail to staff -------------------------------------------------------------------


def test_staff_are_emailed_when_an_address_is_set(client, seed, settings, mailoutbox):
    settings.COURSE_INQUIRY_NOTIFY = ["kurs@example.org"]
    post(client, {**VALID, "organisation": "Barnevernet  i Bærum"}, "en")
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["kurs@example.org"]
    # In Bokmål for staff, on one header line, with a link to the admin.
    assert message.subject == "Ny kursforespørsel fra Barnevernet i Bærum"
    inquiry = CourseInquiry.objects.get()
    assert f"/admin/courses/courseinquiry/{inquiry.pk}/change/" in message.body
    assert "kari@example.org" in message.body


def test_no_mail_without_an_address(client, seed, settings, mailoutbox):
    settings.COURSE_INQUIRY_NOTIFY = []
    assert post(client, VALID).status_code == 302
    assert not mailoutbox


def test_mail_trouble_never_loses_the_inquiry(client, seed, settings):
    settings.COURSE_INQUIRY_NOTIFY = ["kurs@example.org"]
    with mock.patch("content.courses.mail.send_mail", side_effect=OSError("no server")):
        response = post(client, VALID)
    assert response.status_code == 302
    assert CourseInquiry.objects.count() == 1


# -- The admin --------------------------------------------------------------------------


def make_inquiry(days_ago=0, **fields):
    inquiry = CourseInquiry.objects.create(**{**VALID, "participants": 12, **fields})
    if days_ago:
        CourseInquiry.objects.filter(pk=inquiry.pk).update(
            created_at=timezone.now() - timedelta(days=days_ago)
        )
    return inquiry


@pytest.fixture
def staff_client(client, django_user_model, seed):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


ADMIN = "/admin/courses/courseinquiry/"


def test_admin_lists_and_filters_inquiries(staff_client):
    make_inquiry(name="Ny Nilsen")
    make_inquiry(name="Gammel Hansen", status=CourseInquiry.Status.HANDLED)
    html = staff_client.get(ADMIN).content.decode()
    assert "Ny Nilsen" in html and "Gammel Hansen" in html
    assert "kari@example.org" in html and "Grünerløkka" in html
    new = staff_client.get(ADMIN + "?status__exact=new").content.decode()
    assert "Ny Nilsen" in new and "Gammel Hansen" not in new
    found = staff_client.get(ADMIN + "?q=Hansen").content.decode()
    assert "Gammel Hansen" in found and "Ny Nilsen" not in found
    this_year = timezone.localdate().year
    assert staff_client.get(ADMIN + f"?created_at__year={this_year}").status_code == 200
    first = CourseInquiry.objects.first()
    assert staff_client.get(f"{ADMIN}{first.pk}/change/").status_code == 200


def test_newest_inquiries_come_first(seed):
    old = make_inquiry(days_ago=3)
    new = make_inquiry()
    assert list(CourseInquiry.objects.all()) == [new, old]


def test_mark_as_handled(staff_client):
    first, second, untouched = make_inquiry(), make_inquiry(), make_inquiry()
    response = staff_client.post(
        ADMIN, {"action": "mark_handled", "_selected_action": [first.pk, second.pk]}
    )
    assert response.status_code == 302
    for inquiry in (first, second):
        inquiry.refresh_from_db()
        assert inquiry.status == CourseInquiry.Status.HANDLED
        assert inquiry.handled_at is not None
    untouched.refresh_from_db()
    assert untouched.status == CourseInquiry.Status.NEW and untouched.handled_at is None


def test_changing_the_status_by_hand_records_when(seed):
    inquiry = make_inquiry()
    inquiry.status = CourseInquiry.Status.HANDLED
    inquiry.save()
    assert inquiry.handled_at is not None
    inquiry.status = CourseInquiry.Status.NEW
    inquiry.save()
    assert inquiry.handled_at is None


def test_export_as_csv(staff_client):
    chosen = make_inquiry(name="Åse Ødegård", organisation="Barnevernet i Bærum")
    make_inquiry(name="Ikke valgt")
    formula = make_inquiry(name="=HYPERLINK(1)")
    response = staff_client.post(
        ADMIN, {"action": "export_csv", "_selected_action": [chosen.pk, formula.pk]}
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment;" in response.headers["Content-Disposition"]
    assert ".csv" in response.headers["Content-Disposition"]
    data = b"".join(response.streaming_content)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark, for Excel
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    header, *lines = rows
    # The admin is in Bokmål (its address has no language prefix).
    assert header[:5] == ["mottatt", "status", "navn", "virksomhet", "e-post"]
    assert len(lines) == 2
    by_name = {line[2]: line for line in lines}
    assert "Ikke valgt" not in by_name
    line = by_name["Åse Ødegård"]
    assert line[3] == "Barnevernet i Bærum" and line[4] == "kari@example.org"
    assert line[5] == "'+47 22 33 44 55" and line[7] == "12"
    assert line[1] == "Ny" and line[10] == "Norsk bokmål"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", line[0])
    # A visitor's text never turns into a formula in a spreadsheet.
    assert "'=HYPERLINK(1)" in by_name


def test_editors_can_view_and_change_inquiries_but_not_users(client, seed):
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="editors"))
    client.force_login(editor)
    inquiry = make_inquiry()
    assert client.get(ADMIN).status_code == 200
    assert client.get(f"{ADMIN}{inquiry.pk}/change/").status_code == 200
    response = client.post(ADMIN, {"action": "mark_handled", "_selected_action": [inquiry.pk]})
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == CourseInquiry.Status.HANDLED
    assert client.get("/admin/auth/user/").status_code == 403
    assert client.get("/admin/auth/group/").status_code == 403


def test_saving_an_inquiry_does_not_clear_the_page_cache(client, seed):
    client.get("/")
    with CaptureQueriesContext(connection) as before:
        client.get("/")
    make_inquiry()
    with CaptureQueriesContext(connection) as after:
        client.get("/")
    assert len(before) == len(after) == 0


# -- Retention --------------------------------------------------------------------------


def test_old_inquiries_are_deleted_and_counted(seed, settings):
    settings.COURSE_INQUIRY_RETENTION_MONTHS = 12
    old = [make_inquiry(days_ago=400), make_inquiry(days_ago=370)]
    kept = [make_inquiry(days_ago=300), make_inquiry()]
    out = io.StringIO()
    call_command("delete_old_inquiries", stdout=out)
    assert "Deleted 2 course inquiries" in out.getvalue()
    remaining = set(CourseInquiry.objects.values_list("pk", flat=True))
    assert remaining == {i.pk for i in kept}
    assert not remaining & {i.pk for i in old}


def test_retention_is_a_setting(seed, settings):
    settings.COURSE_INQUIRY_RETENTION_MONTHS = 1
    make_inquiry(days_ago=40)
    kept = make_inquiry(days_ago=20)
    out = io.StringIO()
    call_command("delete_old_inquiries", stdout=out)
    assert "Deleted 1 course inquiry " in out.getvalue()
    assert list(CourseInquiry.objects.all()) == [kept]


def test_months_are_calendar_months():
    moment = timezone.now().replace(year=2025, month=3, day=31)
    assert months_before(moment, 1).date().isoformat() == "2025-02-28"
    assert months_before(moment, 12).date().isoformat() == "2024-03-31"
    assert months_before(moment.replace(month=1, day=15), 1).date().isoformat() == "2024-12-15"
