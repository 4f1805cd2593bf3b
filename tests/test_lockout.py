"""The admin login lockout (django-axes): a few failures for one account or from
one client, and even the right password is refused until the lock is lifted."""

import logging

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

LOGIN = "/admin/login/"
PASSWORD = "a right password 4 tests"
LIMIT = settings.AXES_FAILURE_LIMIT


@pytest.fixture(autouse=True)
def _quick_hashes(settings):
    # Dozens of logins per test: a fast hasher keeps the module quick.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", "editor@example.org", PASSWORD, is_staff=True
    )


def attempt(username, password, address="203.0.113.7", language="nb"):
    client = Client(REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language)
    response = client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})
    response.logged_in = "_auth_user_id" in client.session
    return response


def fail(times, username="editor", address="203.0.113.7"):
    return [attempt(username, f"wrong {n}", address).status_code for n in range(times)]


def test_the_right_password_logs_in(db, editor):
    response = attempt("editor", PASSWORD)
    assert response.status_code == 302
    assert response.logged_in


def test_a_few_failures_lock_the_account_and_then_the_right_password_is_refused(db, editor):
    assert fail(LIMIT) == [200] * (LIMIT - 1) + [429]
    response = attempt("editor", PASSWORD)
    assert response.status_code == 429
    assert not response.logged_in


def test_the_account_stays_locked_from_another_client(db, editor):
    for n in range(LIMIT):
        fail(1, address=f"198.51.100.{n}")
    response = attempt("editor", PASSWORD, address="192.0.2.99")
    assert response.status_code == 429
    assert not response.logged_in


def test_failures_from_one_client_lock_out_that_client_for_every_account(db, editor):
    for n in range(LIMIT):
        fail(1, username=f"guess{n}", address="198.51.100.1")
    assert attempt("editor", PASSWORD, address="198.51.100.1").status_code == 429
    # Another client may still log in to the account nobody guessed at.
    assert attempt("editor", PASSWORD, address="192.0.2.99").logged_in


def test_the_lockout_message_is_in_the_admins_language(db, editor):
    fail(LIMIT)
    nb = attempt("editor", PASSWORD, language="nb")
    en = attempt("editor", PASSWORD, language="en")
    assert "Innlogging er satt på pause" in nb.text
    assert nb.headers["Content-Language"] == "nb"
    assert "Logging in is paused" in en.text
    assert en.headers["Content-Language"] == "en"
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    assert f"{minutes} minutter" in nb.text
    assert nb.headers["Retry-After"] == str(minutes * 60)
    assert nb.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "unlock",
    [
        lambda: call_command("axes_reset", verbosity=0),
        lambda: call_command("axes_reset_username", "editor", verbosity=0),
    ],
    ids=["axes_reset", "axes_reset_username"],
)
def test_a_management_command_lifts_the_lock(db, editor, unlock):
    fail(LIMIT)
    assert attempt("editor", PASSWORD).status_code == 429
    unlock()
    response = attempt("editor", PASSWORD)
    assert response.status_code == 302
    assert response.logged_in


def test_deleting_the_access_attempt_in_the_admin_lifts_the_lock(db, editor, django_user_model):
    fail(LIMIT)
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "x")
    client = Client()
    client.force_login(admin)
    listing = client.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "editor" in listing.text
    pks = [str(pk) for pk in AccessAttempt.objects.values_list("pk", flat=True)]
    response = client.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": pks, "post": "yes"},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert attempt("editor", PASSWORD).logged_in


def test_the_lock_ends_after_the_cool_off(db, editor, settings):
    fail(LIMIT)
    earlier = AccessAttempt.objects.get().attempt_time - settings.AXES_COOLOFF_TIME
    AccessAttempt.objects.update(attempt_time=earlier)
    assert attempt("editor", PASSWORD).logged_in


def test_a_refused_attempt_is_cheap_and_writes_nothing(db, editor, monkeypatch):
    fail(LIMIT)
    checked = []
    monkeypatch.setattr(
        "django.contrib.auth.hashers.check_password", lambda *a, **k: checked.append(1)
    )
    before = list(AccessAttempt.objects.values_list("failures_since_start", flat=True))
    client = Client(REMOTE_ADDR="203.0.113.7")
    with CaptureQueriesContext(connection) as queries:
        response = client.post(LOGIN, {"username": "editor", "password": PASSWORD})
    assert response.status_code == 429
    assert not checked, "no password is checked during a lockout"
    assert all(q["sql"].lstrip().upper().startswith("SELECT") for q in queries.captured_queries)
    assert len(queries) <= 2
    assert list(AccessAttempt.objects.values_list("failures_since_start", flat=True)) == before


def test_no_address_is_stored(db, editor):
    fail(LIMIT, address="203.0.113.7")
    stored = AccessAttempt.objects.get()
    assert stored.ip_address != "203.0.113.7"
    assert "203.0.113.7" not in str(AccessAttempt.objects.values().get())


def test_no_address_or_account_name_is_logged(db, editor, caplog):
    with caplog.at_level(logging.DEBUG):
        fail(LIMIT, username="editor", address="203.0.113.7")
        attempt("editor", PASSWORD, address="203.0.113.7")
        call_command("axes_reset", verbosity=0)
        attempt("editor", PASSWORD, address="203.0.113.7")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Locking out" in logged  # axes does log, and this test reads its lines
    assert "203.0.113.7" not in logged
    assert "editor" not in logged


def test_a_remembered_refusal_is_forgotten_when_the_lock_is_lifted(db, editor):
    fail(LIMIT)
    assert attempt("editor", PASSWORD).status_code == 429  # now remembered in the cache
    call_command("axes_reset", verbosity=0)
    assert attempt("editor", PASSWORD).logged_in
