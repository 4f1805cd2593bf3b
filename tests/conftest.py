import os

# Playwright's sync API runs an event loop in the test thread; without this Django
# refuses database access there ("SynchronousOnlyOperation"). Tests only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.db.models.signals import post_migrate
from django.dispatch import receiver
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from pytest_django.live_server_helper import LiveServer

from content.availability.middleware import write_pages
from content.core.models import SeedRecord
from content.core.seed import load
from content.core.seed.content import SEED
from tests.support import TEST_STORAGES, launch_args

# Fixtures that start the site under gunicorn.
pytest_plugins = ["tests.servers"]

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# The page cache and the "temporarily unavailable" pages live under var/: the
# test run gets a var/ of its own (before any cache is opened), so it never
# touches a running site's.
settings.VAR_DIR = Path(tempfile.mkdtemp(prefix="hopeportal-test-var-"))
atexit.register(shutil.rmtree, settings.VAR_DIR, ignore_errors=True)
if settings.CACHES["pages"]["BACKEND"].endswith(("FileBasedCache", "PageFileCache")):
    settings.CACHES["pages"]["LOCATION"] = str(settings.VAR_DIR / "pages")


# Whether the seed content is in the test database now. Loading it costs about
# 450 queries, so it is loaded once per run, and again only after something
# emptied the database: a transactional test's flush (or a migration) ends with
# Django's post_migrate signal, which marks it gone.
_seed = {"loaded": False}


@receiver(post_migrate)
def _seed_gone(**kwargs):
    _seed["loaded"] = False


def _load_seed_once(django_db_blocker):
    """What `manage.py seed` does: the content, then the 503 pages (rendered with
    the static files the tests serve, which need no collectstatic)."""
    with django_db_blocker.unblock():
        # One query: a database emptied some other way than the flag knows
        # (a migration test's schema rebuilt) has no seed records either.
        if _seed["loaded"] and SeedRecord.objects.exists():
            return
        with override_settings(STORAGES=TEST_STORAGES):
            load(SEED)
            write_pages()
    _seed["loaded"] = True


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    _load_seed_once(django_db_blocker)


def _flushes(request):
    """Whether the test runs in a transactional database, emptied when it ends."""
    marker = request.node.get_closest_marker("django_db")
    return bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
        or (marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)))
    )


@pytest.fixture(autouse=True)
def _fresh_state(request):
    # Pages are cached whole; a test must never see another test's page.
    for alias in settings.CACHES:
        caches[alias].clear()
    # A transactional test's flush recreates the content types, maybe with other
    # ids: a cached one (django-reversion's seed revision uses them) would then
    # point at nothing.
    ContentType.objects.clear_cache()
    yield
    translation.activate(settings.LANGUAGE_CODE)
    if _flushes(request):
        _seed["loaded"] = False


@dataclass(frozen=True)
class CrawledPage:
    """A page as a visitor's first request gets it (no cache), and what it cost."""

    status: int
    headers: dict
    cookies: frozenset
    html: str
    size: int
    queries: int


@pytest.fixture(scope="session")
def crawl(django_db_setup, django_db_blocker):
    """Every page in every language (and each language's 404 page), fetched once
    per test run with the test client and the seed content, for the per-page
    checks to share: {url: CrawledPage}. Each page starts from empty caches, so
    `queries` is what the page costs when it is not cached."""
    from tests.urls import seed_page_params

    _load_seed_once(django_db_blocker)
    pages = {}
    with django_db_blocker.unblock(), override_settings(STORAGES=TEST_STORAGES):
        client = Client()
        for param in seed_page_params():
            url = param.values[0]
            for alias in settings.CACHES:
                caches[alias].clear()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            client.cookies.clear()
            pages[url] = CrawledPage(
                status=response.status_code,
                headers=dict(response.headers),
                cookies=frozenset(response.cookies),
                html=response.content.decode(),
                size=len(response.content),
                queries=len(queries),
            )
    for alias in settings.CACHES:
        caches[alias].clear()
    return pages


@pytest.fixture
def _seed_committed(django_db_setup, django_db_blocker):
    """The seed content in the test database for good. A transactional test
    (the browser tests) empties the database when it ends; the next test that
    needs the content loads it again, once, whatever order the tests run in."""
    _load_seed_once(django_db_blocker)


@pytest.fixture
def seed(_seed_committed, db):
    """The seed content (loaded before the test's transaction begins)."""


@pytest.fixture(scope="session")
def _site_server(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture
def site_url(_site_server, _seed_committed, db):
    """The site with the seed content, served for a browser test that only
    reads pages. Unlike live_server it needs no emptying of the database after
    each test: the server shares the test's SQLite connection, so it sees the
    content and what a test sends (a course inquiry) goes with the test's
    transaction. (Browser tests run on SQLite.)"""
    return _site_server.url


@pytest.fixture
def admin_client_(client, django_user_model, seed):
    """A client logged in to the admin as a superuser, with the seed content."""
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture(params=LANGUAGES)
def language(request):
    with translation.override(request.param):
        yield request.param


@pytest.fixture(autouse=True)
def _static_files_without_collectstatic(settings):
    settings.STORAGES = TEST_STORAGES
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright starts Debian's Chromium, not a downloaded browser."""
    return {**launch_args(), **browser_type_launch_args}


# --- What runs where ------------------------------------------------------------
# `make test` runs every test not marked `full`; `make test-full` runs them all.
# A new module lands in `make test` unless it marks itself (`pytestmark =
# pytest.mark.full`) or a test (`@pytest.mark.full`). Tests marked `postgresql`
# need PostgreSQL (DATABASE_URL): on SQLite they are left out, and said so.
# Tests marked `stack` are `full` tests too.


@pytest.hookimpl(tryfirst=True)  # before `-m` picks the tests
def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.get_closest_marker("stack"):  # the real stack: the full run only
            item.add_marker(pytest.mark.full)
    if connection.vendor == "postgresql":
        return
    kept, left = [], []
    for item in items:
        (left if item.get_closest_marker("postgresql") else kept).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept
        config._hopeportal_postgresql_only = len(left)


def pytest_terminal_summary(terminalreporter, config):
    left = getattr(config, "_hopeportal_postgresql_only", 0)
    if left:
        terminalreporter.write_line(
            f"{left} PostgreSQL-only tests left out: run them with DATABASE_URL=postgres://... "
            "(`make test-full` does where PostgreSQL is installed)"
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI a skipped test is a failure: CI must run every test."""
    report = yield
    if report.skipped and os.environ.get("CI") == "true" and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped under CI (CI=true), which needs every test: {reason}"
    return report
