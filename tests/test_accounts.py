"""Who gets into the admin (the accounts app): the login lockout (django-axes),
where a few failures for one account or from one client refuse even the right
password until the lock is lifted; and two factors at login."""

import logging
import threading
import time

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.accounts.lockout import LoginLockoutMiddleware
from tests.support import connections_to, wait_until

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


# -- A flood of refused logins slows itself down, not the public pages ---------------


def refused_login(**extra):
    """A locked-out client's login attempt, as a WSGI server would pass it on."""
    return RequestFactory().post(
        LOGIN, {"username": "editor", "password": PASSWORD}, REMOTE_ADDR="203.0.113.7", **extra
    )


@pytest.fixture
def waits(monkeypatch):
    slept = []
    monkeypatch.setattr("content.accounts.lockout.time.sleep", slept.append)
    return slept


def test_a_refusal_is_held_back_under_a_threaded_server(db, editor, waits, settings):
    settings.LOGIN_REFUSAL_DELAY = 1.5
    fail(LIMIT)
    middleware = LoginLockoutMiddleware(lambda request: HttpResponse("the login page"))
    response = middleware(refused_login(**{"wsgi.multithread": True}))
    assert response.status_code == 429
    assert waits == [1.5]


def test_a_sync_worker_answers_a_refusal_at_once(db, editor, waits):
    # Waiting would hold the whole worker, and with it the public pages.
    fail(LIMIT)
    middleware = LoginLockoutMiddleware(lambda request: HttpResponse("the login page"))
    assert middleware(refused_login(**{"wsgi.multithread": False})).status_code == 429
    assert waits == []


def test_only_so_many_refusals_wait_at_once(db, editor, waits, settings):
    settings.LOGIN_REFUSALS_WAITING = 2
    fail(LIMIT)
    middleware = LoginLockoutMiddleware(lambda request: HttpResponse("the login page"))
    assert middleware.waiting.acquire(blocking=False)  # one refusal waiting already
    assert middleware(refused_login(**{"wsgi.multithread": True})).status_code == 429
    assert len(waits) == 1  # the second slot
    assert middleware.waiting.acquire(blocking=False)  # and the slot was given back
    assert middleware.waiting.acquire(blocking=False) is False
    assert middleware(refused_login(**{"wsgi.multithread": True})).status_code == 429
    assert len(waits) == 1  # both taken: answered at once


def test_a_login_that_is_not_refused_is_never_held_back(db, editor, waits):
    fail(LIMIT - 1)
    request = refused_login(**{"wsgi.multithread": True})
    response = LoginLockoutMiddleware(lambda request: HttpResponse("the login page"))(request)
    assert response.content == b"the login page" and waits == []


def test_refusals_held_back_under_gunicorn_leave_the_public_pages_served(site_factory):
    """One worker with its threads, as `make run` configures it: a locked-out
    client's attempts are answered only after the delay, and while they wait
    the help page is answered at once."""
    site = site_factory(workers=1, DJANGO_LOGIN_FAILURE_LIMIT=1, DJANGO_LOGIN_REFUSAL_DELAY=3)
    browser = site.browser()
    fields = browser.form(LOGIN)
    fields.update(username="nobody", password="wrong")
    assert browser.post(LOGIN, fields)[0] == 429  # the failure that locks the client out
    answers = []

    def try_again():
        answers.append((browser.post(LOGIN, fields)[0], time.monotonic()))

    attempts = [threading.Thread(target=try_again) for _ in range(3)]
    started = time.monotonic()
    for thread in attempts:
        thread.start()
    # All three reached the worker (the login page's failure left no connection open).
    wait_until(lambda: connections_to(site.port) >= 3, what="three waiting logins")
    status, _headers, body = site.get("/hjelp/")
    helped = time.monotonic()
    for thread in attempts:
        thread.join()
    assert status == 200 and b'href="tel:112"' in body
    assert [status for status, _ in answers] == [429, 429, 429]
    assert all(answered - started > 2.5 for _, answered in answers), "the flood was not slowed"
    assert all(helped < answered for _, answered in answers), "the help page waited"


# -- Two factors -----------------------------------------------------------------------


@pytest.fixture
def kari(seed):
    user = User.objects.create_user("kari", password="a long pass phrase", is_staff=True)
    user.groups.add(Group.objects.get(name="editors"))
    return user


@pytest.fixture
def kari_client(client, kari):
    client.force_login(kari)
    return client


@pytest.fixture
def two_factors(settings):
    settings.ADMIN_2FA = True


def login(client, code=None):
    data = {"username": "kari", "password": "a long pass phrase", "next": "/admin/"}
    if code is not None:
        data["otp_token"] = code
    return client.post("/admin/login/", data)


def now_code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


def test_the_password_alone_is_refused_when_two_factors_are_required(kari, two_factors):
    call_command("setup_2fa", "kari", stdout=__import__("io").StringIO())
    client = Client()
    response = login(client)
    assert response.status_code == 200
    assert "Koden er feil eller utløpt" in response.content.decode()
    assert client.get("/admin/").status_code == 302
    assert login(client, "000000").status_code == 200


def test_an_authenticator_code_or_a_recovery_code_lets_an_editor_in(kari, two_factors):
    import io

    out = io.StringIO()
    call_command("setup_2fa", "kari", stdout=out)
    device = TOTPDevice.objects.get(user=kari)
    client = Client()
    assert login(client, now_code(device)).status_code == 302
    assert client.get("/admin/").status_code == 200

    recovery = StaticDevice.objects.get(user=kari).token_set.first().token
    assert recovery in out.getvalue()
    other = Client()
    assert login(other, recovery).status_code == 302
    assert other.get("/admin/").status_code == 200
    # Each recovery code works once.
    assert login(Client(), recovery).status_code == 200


def test_a_password_only_session_is_not_enough(kari_client, two_factors):
    assert kari_client.get("/admin/").status_code == 302


def test_an_account_without_a_device_is_told_what_to_do(kari, two_factors):
    response = login(Client(), "123456")
    assert "ingen annen faktor" in response.content.decode()


def test_two_factors_are_on_by_default_behind_https():
    import subprocess
    import sys

    code = "from django.conf import settings; print(settings.ADMIN_2FA)"
    env = {**__import__("os").environ, "DJANGO_SETTINGS_MODULE": "hopeportal.settings"}
    for https, expected in (("true", "True"), ("false", "False")):
        out = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            env={**env, "DJANGO_HTTPS": https},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert out == expected
