"""Without DJANGO_SITE_URL, `make run` builds absolute addresses from its own HOST
and PORT; a production check refuses to go without it."""

import os
import subprocess
import sys

from django.conf import settings

BASE_DIR = settings.BASE_DIR


def run(code, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "HOPEPORTAL_"))}
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, *code],
        cwd=BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "hopeportal.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def site_url(**env):
    code = (
        "import django; django.setup(); from django.conf import settings; print(settings.SITE_URL)"
    )
    result = run(["-c", code], **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_make_run_passes_its_own_address():
    result = subprocess.run(
        ["make", "-n", "run", "HOST=127.0.0.1", "PORT=8080"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )
    gunicorn = [line for line in result.stdout.splitlines() if "gunicorn" in line]
    assert gunicorn and "HOPEPORTAL_LOCAL_URL=http://127.0.0.1:8080" in gunicorn[-1]
    assert "--bind 127.0.0.1:8080" in gunicorn[-1]


def test_without_site_url_the_local_address_is_used():
    assert site_url(HOPEPORTAL_LOCAL_URL="http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert site_url() == "http://127.0.0.1:8000"


def test_an_explicit_site_url_wins():
    assert (
        site_url(
            DJANGO_SITE_URL="https://hope.example.org/",
            HOPEPORTAL_LOCAL_URL="http://127.0.0.1:8080",
        )
        == "https://hope.example.org"
    )


def test_the_deploy_check_fails_without_site_url():
    production = {
        "DJANGO_SECRET_KEY": "x" * 60,
        "DJANGO_HTTPS": "true",
        "DJANGO_ALLOWED_HOSTS": "hope.example.org",
        "HOPEPORTAL_LOCAL_URL": "https://hope.example.org",
    }
    check = ["manage.py", "check", "--deploy", "--fail-level", "WARNING"]
    result = run(check, **production)
    assert result.returncode != 0 and "hopeportal.E003" in result.stderr
    result = run(check, **production, DJANGO_SITE_URL="https://hope.example.org")
    assert "hopeportal.E003" not in result.stderr
