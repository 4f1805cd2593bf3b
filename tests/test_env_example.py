""".env.example lists every variable the site reads, and works as an env file
as it is (docker --env-file, systemd's EnvironmentFile, or copied to .env)."""

import json
import os
import re
import subprocess
import sys

from django.conf import settings

BASE_DIR = settings.BASE_DIR
# Where the site's code reads its environment.
SOURCES = [*BASE_DIR.glob("hopeportal/*.py"), *BASE_DIR.glob("content/**/*.py")]
SOURCES.append(BASE_DIR / "gunicorn.conf.py")
READS = re.compile(
    r"""(?:env(?:\.\w+)?\(\s*|os\.environ(?:\.get\(|\[)\s*|os\.getenv\(\s*)["']([A-Z_]+)["']"""
)
# Set by the entry points themselves, not by whoever deploys the site.
# Set by the code itself, not by whoever runs the site.
NOT_SETTINGS = {"DJANGO_SETTINGS_MODULE", "HOPEPORTAL_SERVING", "HOPEPORTAL_LOCAL_URL"}


def listed():
    """Variables in .env.example: set (NAME=...) or shown commented out (# NAME=...)."""
    text = (BASE_DIR / ".env.example").read_text()
    return set(re.findall(r"^(?:# )?([A-Z_]+)=", text, flags=re.M))


def env_file():
    """The variables as an env file sets them: NAME=value lines, comments skipped."""
    lines = (BASE_DIR / ".env.example").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def test_every_variable_the_site_reads_is_listed():
    read = {name for path in SOURCES for name in READS.findall(path.read_text())} - NOT_SETTINGS
    assert {"DJANGO_STATIC_ROOT", "FORWARDED_ALLOW_IPS", "WEB_CONCURRENCY"} <= read
    assert read <= listed(), read - listed()


def test_the_file_as_it_is_gives_the_defaults():
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.DEBUG, s.ALLOWED_HOSTS, s.CSRF_TRUSTED_ORIGINS, "
        "s.COURSE_INQUIRY_NOTIFY, str(s.DATABASES['default']['NAME']), s.HTTPS]))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "hopeportal.settings", **env_file()},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    debug, hosts, origins, notify, database, https = json.loads(result.stdout)
    assert not debug and not https
    assert hosts == ["127.0.0.1", "localhost"] and origins == [] and notify == []
    assert database.endswith("var/db.sqlite3")


def test_gunicorn_reads_the_file_and_an_empty_worker_count():
    for extra in ({}, {"WEB_CONCURRENCY": ""}, {"WEB_CONCURRENCY": "3"}):
        code = "import runpy; c = runpy.run_path('gunicorn.conf.py'); print(c['workers'])"
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=BASE_DIR,
            env={**env_file(), **extra, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        workers = int(result.stdout)
        if extra.get("WEB_CONCURRENCY"):
            assert workers == 3
        else:
            assert 1 <= workers <= 4
