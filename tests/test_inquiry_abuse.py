"""The course form against abuse: a throttle per client, inert CSV cells,
one-line fields that stay one line, and a staff e-mail nobody can add lines to."""

import csv
import io
import logging

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client

from content.courses.admin import CSV_FIELDS, FORMULA_STARTS
from content.courses.models import CourseInquiry
from tests.test_courses import VALID, post

ONE_LINE_FIELDS = ["name", "organisation", "email", "phone", "role", "preferred_time"]


# -- Throttle ---------------------------------------------------------------------


@pytest.fixture
def limit(settings):
    settings.COURSE_INQUIRY_LIMIT_PER_HOUR = 3
    return 3


def client_at(address):
    return Client(REMOTE_ADDR=address)


@pytest.mark.parametrize(
    "language, text",
    [
        ("nb", "Forespørselen din ble ikke sendt"),
        ("en", "Your inquiry was not sent"),
    ],
)
def test_past_the_limit_a_calm_message_and_nothing_saved_or_mailed(
    seed, limit, settings, mailoutbox, language, text
):
    settings.COURSE_INQUIRY_NOTIFY = ["kurs@example.org"]
    client = client_at("203.0.113.5")
    for _ in range(limit):
        assert post(client, VALID, language).status_code == 302
    response = post(client, VALID, language)
    assert response.status_code == 429
    assert text in response.text
    assert "no-store" in response.headers["Cache-Control"]
    assert CourseInquiry.objects.count() == limit
    assert len(mailoutbox) == limit


def test_the_limit_is_per_client(seed, limit):
    for _ in range(limit):
        post(client_at("203.0.113.5"), VALID)
    assert post(client_at("203.0.113.5"), VALID).status_code == 429
    assert post(client_at("198.51.100.8"), VALID).status_code == 302


def test_behind_a_proxy_the_client_is_the_address_the_proxy_saw(seed, limit, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    proxy = "10.0.0.1"

    def via_proxy(client_address, claimed="1.2.3.4"):
        client = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=f"{claimed}, {client_address}")
        return post(client, VALID)

    for n in range(limit):
        # A client cannot get round the limit by claiming other addresses.
        assert via_proxy("203.0.113.5", claimed=f"1.2.3.{n}").status_code == 302
    assert via_proxy("203.0.113.5").status_code == 429
    assert via_proxy("198.51.100.8").status_code == 302


def test_mistakes_do_not_count_toward_the_limit(seed, limit):
    client = client_at("203.0.113.5")
    for _ in range(limit + 2):
        assert post(client, {**VALID, "email": "not an address"}).status_code == 400
    assert post(client, VALID).status_code == 302


def test_the_honeypot_still_catches_bots_silently(seed, limit):
    client = client_at("203.0.113.5")
    for _ in range(limit + 2):
        response = post(client, {**VALID, "website": "http://spam.example"})
        assert response.status_code == 302
    assert not CourseInquiry.objects.exists()


def test_the_throttle_keeps_no_address_in_the_cache_the_database_or_the_log(seed, limit, caplog):
    address = "203.0.113.77"
    with caplog.at_level(logging.DEBUG):
        for _ in range(limit + 1):
            post(client_at(address), VALID)
    assert address not in caplog.text
    if hasattr(cache, "_cache"):  # a local memory cache: its keys can be listed
        keys = list(cache._cache)
        assert any("course-inquiries:" in key for key in keys)
        assert not any(address in key for key in keys)
    assert address not in str(list(CourseInquiry.objects.values()))


# -- CSV export -------------------------------------------------------------------


@pytest.fixture
def staff(client, django_user_model, seed):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def export(client, inquiries):
    response = client.post(
        "/admin/courses/courseinquiry/",
        {"action": "export_csv", "_selected_action": [i.pk for i in inquiries]},
    )
    data = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(data), delimiter=";"))
    return header, rows


# Columns an editor or a visitor can put text in (the others are dates and a
# number, which the database keeps as such): status and language included, as
# the admin shows whatever the database holds.
NOT_TEXT = ("created_at", "handled_at", "participants")
TEXT_COLUMNS = [name for name in CSV_FIELDS if name not in NOT_TEXT]


@pytest.mark.parametrize("prefix", FORMULA_STARTS, ids=[hex(ord(p)) for p in FORMULA_STARTS])
def test_every_csv_column_is_inert_whatever_it_starts_with(staff, prefix):
    value = f'{prefix}HYPERLINK("//ev.il","x")'
    # Each column as long as the database lets it be (PostgreSQL enforces it).
    values = {
        name: value[: CourseInquiry._meta.get_field(name).max_length or None]
        for name in TEXT_COLUMNS
    }
    inquiry = CourseInquiry.objects.create(**{**VALID, "participants": 12})
    CourseInquiry.objects.filter(pk=inquiry.pk).update(**values)
    _header, [row] = export(staff, [inquiry])
    cells = dict(zip(CSV_FIELDS, row, strict=True))
    for name in TEXT_COLUMNS:
        assert cells[name] == "'" + values[name], name


def test_every_formula_start_is_covered():
    # OWASP's list, and the full-width forms spreadsheets also read as formulas.
    assert set(FORMULA_STARTS) >= {"=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"}


def test_the_phone_numbers_from_the_issue_are_inert(staff):
    inquiries = [CourseInquiry.objects.create(**{**VALID, "phone": p}) for p in ("+1-1", "-(1)")]
    _header, rows = export(staff, inquiries)
    phones = sorted(row[CSV_FIELDS.index("phone")] for row in rows)
    assert phones == ["'+1-1", "'-(1)"]


def test_plain_cells_are_left_as_they_are(staff):
    inquiry = CourseInquiry.objects.create(**{**VALID, "participants": 12})
    _header, [row] = export(staff, [inquiry])
    assert row[CSV_FIELDS.index("name")] == "Kari Nordmann"
    assert row[CSV_FIELDS.index("participants")] == "12"


# -- One-line fields --------------------------------------------------------------


@pytest.mark.parametrize("field", ONE_LINE_FIELDS)
@pytest.mark.parametrize("brk", ["\n", "\r", "\r\n", "\u2028"], ids=["LF", "CR", "CRLF", "LS"])
def test_a_line_break_in_a_one_line_field_is_refused_with_a_clear_message(client, seed, field, brk):
    good = VALID[field]
    middle = len(good) // 2
    response = post(client, {**VALID, field: good[:middle] + brk + "Bcc: x@ev.il" + good[middle:]})
    assert response.status_code == 400
    assert not CourseInquiry.objects.exists()
    form = response.context["form"]
    assert list(form.errors) == [field]


@pytest.mark.parametrize(
    "language, text",
    [("nb", "Skriv navnet ditt på én linje"), ("en", "Write your name on one line")],
)
def test_the_line_break_message_is_in_the_visitors_language(client, seed, language, text):
    response = post(client, {**VALID, "name": "Kari\nBcc: x@ev.il"}, language)
    assert text in response.text


@pytest.mark.parametrize("field", ONE_LINE_FIELDS)
def test_the_model_refuses_line_breaks_too_so_the_admin_does(field):
    inquiry = CourseInquiry(**{**VALID, "participants": 12, field: "a\nBcc: x@ev.il"})
    with pytest.raises(Exception) as error:
        inquiry.full_clean()
    assert field in error.value.message_dict


def test_the_admin_form_refuses_a_line_break(staff):
    inquiry = CourseInquiry.objects.create(**{**VALID, "participants": 12})
    response = staff.post(
        f"/admin/courses/courseinquiry/{inquiry.pk}/change/",
        {**VALID, "organisation": "Org\r\nBcc: x@ev.il", "status": "new", "language": "nb"},
    )
    assert response.status_code == 200  # the form again, with the error
    assert "på én linje" in response.text or "one line" in response.text
    inquiry.refresh_from_db()
    assert inquiry.organisation == VALID["organisation"]


def test_the_message_may_have_several_lines(client, seed):
    assert post(client, {**VALID, "message": "Linje 1\nLinje 2"}).status_code == 302


# -- Staff e-mail -----------------------------------------------------------------


def test_the_staff_email_gets_no_extra_lines(client, seed, settings, mailoutbox):
    settings.COURSE_INQUIRY_NOTIFY = ["kurs@example.org"]
    message = "Hei\nBcc: evil@ev.il\nNavn: Falsk\r\nTo: x@ev.il\n\nSlutt"
    assert post(client, {**VALID, "message": message}).status_code == 302
    mail = mailoutbox[0]
    assert mail.bcc == [] and mail.to == ["kurs@example.org"]
    assert "\n" not in mail.subject and "\r" not in mail.subject
    lines = mail.body.splitlines()
    # Every line of the message is indented and quoted under its label.
    assert "melding:" in lines
    start = lines.index("melding:") + 1
    quoted = lines[start : start + 6]
    assert quoted == [
        "    > Hei",
        "    > Bcc: evil@ev.il",
        "    > Navn: Falsk",
        "    > To: x@ev.il",
        "    >",
        "    > Slutt",
    ]
    assert not any(line.startswith(("Bcc:", "To:")) for line in lines)
    assert [line for line in lines if line.startswith("navn:")] == ["navn: Kari Nordmann"]


def test_an_inquiry_saved_another_way_still_mails_one_line_values(seed, settings, mailoutbox, rf):
    from content.courses.mail import notify_staff

    settings.COURSE_INQUIRY_NOTIFY = ["kurs@example.org"]
    inquiry = CourseInquiry.objects.create(
        **{**VALID, "name": "Kari\nBcc: evil@ev.il", "organisation": "Org\r\nX-Evil: 1"}
    )
    notify_staff(inquiry, rf.get("/"))
    mail = mailoutbox[0]
    assert mail.subject == "Ny kursforespørsel fra Org X-Evil: 1"
    assert "navn: Kari Bcc: evil@ev.il" in mail.body.splitlines()
    assert not any(line.startswith("Bcc:") for line in mail.body.splitlines())
    assert User.objects.count() == 0
