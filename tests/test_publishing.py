"""What editors publish is what every visitor gets, at once, even under faults.

Against real gunicorn (tests/servers.py): several workers, edits from the admin
and from separate processes, requests that try to poison the page cache,
concurrent writers on SQLite, a hung database, backup and restore.
"""

import contextlib
import threading
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.servers import PausableProxy, normalise
from tests.support import wait_until
from tests.urls import all_public_urls

ANONYMOUS_REQUESTS = 40


def all_answers(site, path):
    return [site.get(path) for _ in range(ANONYMOUS_REQUESTS)]


def warm(site, *paths):
    for path in paths:
        for status, _headers, _body in all_answers(site, path):
            assert status == 200, path


# -- 1. Every edit reaches every worker at once ------------------------------------


def test_an_admin_edit_shows_on_every_worker_at_once(site_factory):
    site = site_factory(workers=4)
    pk = site.shell("from content.myths.models import Myth; print(Myth.objects.first().pk)")
    warm(site, "/myter/", "/en/myths/")
    editor = site.browser()
    editor.login()
    change = f"/admin/myths/myth/{pk.strip()}/change/"
    fields = editor.form(change)
    fields["myth_nb"] = ["Ny myte lagret av en redaktør"]
    fields["_save"] = ["Lagre"]
    status, _headers, _body = editor.post(change, fields)
    assert status == 302
    for status, _headers, body in all_answers(site, "/myter/"):
        assert status == 200 and "Ny myte lagret av en redaktør" in body.decode()


@pytest.mark.full  # make test keeps the admin edit on every worker
def test_edits_from_another_process_show_on_every_worker_at_once(site_factory):
    site = site_factory(workers=4)
    sector = site.shell(
        "from content.sectors.models import Sector; from django.utils import translation; "
        "translation.activate('nb'); print(Sector.objects.published().first().get_absolute_url())"
    ).strip()
    warm(site, sector, "/hjelp/", "/", "/en/")

    site.shell(
        "from content.sectors.models import Sector; "
        "s = Sector.objects.published().first(); s.is_published = False; s.save()"
    )
    assert {status for status, _h, _b in all_answers(site, sector)} == {404}

    site.shell(
        "from content.contacts.models import HelpContact; "
        "c = HelpContact.objects.published().filter(is_emergency=False).first(); "
        "c.phone = '22 99 88 77'; c.save()"
    )
    for path in ("/hjelp/", "/", "/en/"):  # the help page, and every page's footer
        for status, _headers, body in all_answers(site, path):
            assert status == 200 and 'href="tel:+4722998877"' in body.decode(), path


@pytest.mark.full  # two app servers and Redis
def test_an_edit_on_one_app_server_shows_on_another_at_once(site_factory, redis_url, tmp_path):
    """Two app servers (own var/, own workers) sharing the database and, as the
    README says, one Redis for the page cache."""
    first = site_factory(workers=2, DJANGO_PAGE_CACHE_URL=redis_url)
    database = first.env["DATABASE_URL"]
    other_var = tmp_path / "other-server"
    other_var.mkdir()
    second = site_factory(
        workers=2, var_dir=other_var, DATABASE_URL=database, DJANGO_PAGE_CACHE_URL=redis_url
    )
    warm(first, "/myter/")
    warm(second, "/myter/")
    first.shell(
        "from content.myths.models import Myth; "
        "m = Myth.objects.first(); m.myth_nb = 'Endret på den første serveren'; m.save()"
    )
    for status, _headers, body in all_answers(second, "/myter/"):
        assert status == 200 and "Endret på den første serveren" in body.decode()


# -- 2. No request changes what another visitor gets ----------------------------------

POISONING = {
    "host with a port": {"Host": "127.0.0.1:6666"},
    "host with a trailing dot": {"Host": "127.0.0.1."},
    "host in upper case": {"Host": "LOCALHOST"},
    "second allowed host": {"Host": "localhost"},
    "SCRIPT_NAME": {"SCRIPT_NAME": "/hjelp"},
    "X-Forwarded-Host": {"X-Forwarded-Host": "evil.example"},
    "X-Forwarded-Proto": {"X-Forwarded-Proto": "https"},
}
MACHINE_PAGES = ["/robots.txt", "/.well-known/security.txt", "/sitemap.xml"]


@pytest.mark.parametrize("attack", POISONING)
def test_no_request_changes_the_page_the_next_visitor_gets(site_factory, attack):
    poisoned = site_factory(workers=1)
    fresh = site_factory(workers=1)
    for path in ["/hjelp/", "/", *MACHINE_PAGES]:
        poisoned.request("GET", path, headers=POISONING[attack])
        status, _headers, body = poisoned.get(path)
        assert status == 200
        assert body == fresh.get(path)[2], path
        assert b"6666" not in body and b"evil.example" not in body


def test_a_host_django_refuses_gets_400_cached_page_or_not(site_factory):
    site = site_factory(workers=1)
    site.get("/hjelp/")
    for host in ("evil.example", "127.0.0.1.evil.example"):
        assert site.request("GET", "/hjelp/", headers={"Host": host})[0] == 400


def test_plain_http_is_redirected_under_https_cached_page_or_not(site_factory):
    # The proxy in front (here: the test) is trusted to say the request was HTTPS.
    site = site_factory(
        workers=1,
        DJANGO_HTTPS="true",
        DJANGO_SITE_URL="https://127.0.0.1",
        FORWARDED_ALLOW_IPS="127.0.0.1",
    )
    status, _headers, _body = site.request("GET", "/hjelp/", {"X-Forwarded-Proto": "https"})
    assert status == 200
    status, _headers, _body = site.request("GET", "/hjelp/", {"X-Forwarded-Proto": "https"})
    assert status == 200  # now from the cache
    status, headers, _body = site.get("/hjelp/")
    assert status == 301 and headers["location"].startswith("https://")


# -- 3. SQLite: concurrent writers wait instead of failing ---------------------------


# 20 saves in `make test`; the 200 that once found "database is locked" in the full run.
@pytest.mark.parametrize("saves", [20, pytest.param(200, marks=pytest.mark.full)])
def test_editors_save_while_visitors_send_inquiries_without_a_failure(site_factory, saves):
    # The point is the database: the per-client limit on inquiries is lifted here.
    site = site_factory(workers=4, DJANGO_COURSE_INQUIRY_LIMIT_PER_HOUR="1000000")
    pk = site.shell("from content.myths.models import Myth; print(Myth.objects.first().pk)")
    editor = site.browser()
    editor.login()
    change = f"/admin/myths/myth/{pk.strip()}/change/"
    fields = editor.form(change)
    fields["_save"] = ["Lagre"]
    failures = []
    stop = threading.Event()

    def visitor(n):
        browser = site.browser()
        form = "/kurs/foresporsel/"
        data = browser.form(form)
        data.update(
            name=f"Visitor {n}",
            organisation="Legevakten",
            email=f"visitor{n}@example.org",
            role="Helse",
            participants="4",
        )
        while not stop.is_set():
            status, _headers, _body = browser.post(form, data)
            if status != 302:
                failures.append(("inquiry", status))
            stop.wait(0.05)

    visitors = [threading.Thread(target=visitor, args=(n,)) for n in range(8)]
    for thread in visitors:
        thread.start()
    try:
        for n in range(saves):
            # In hexadecimal: a text with "112" or "113" in it would be refused, as
            # the admin takes a typed emergency number for a missing reference.
            fields["myth_nb"] = [f"Myte, utgave {n:x}"]
            status, _headers, _body = editor.post(change, fields)
            if status != 302:
                failures.append(("admin save", status))
    finally:
        stop.set()
        for thread in visitors:
            thread.join()
    assert failures == []
    inquiries = site.shell(
        "from content.courses.models import CourseInquiry; print(CourseInquiry.objects.count())"
    )
    assert int(inquiries) > 0


# -- 4. A database that is down or hung costs seconds, not the site -------------------


def pages_without_queries(paths):
    """The paths whose page needs no query once a worker keeps the frame (help
    bar and footer, kept per content version): with the database down, such a
    page is served in full, not with the 503 page."""
    client = Client()
    client.cookies["fresh"] = "1"  # past the page cache, never past the kept frame
    free = set()
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            status = client.get(path).status_code
        if status == 200 and not queries:
            free.add(path)
    return free


def assert_calm_503_within_seconds(site, cached):
    """Every public URL and /health/ answer within 5 s: the cached pages as
    usual, the rest with the 503 page in their language, showing 112 (or, a
    page that needs no query, the page itself)."""
    slow = []
    paths = [*all_public_urls(), "/health/"]
    served_without_database = pages_without_queries(paths)
    assert len(served_without_database) < len(paths) / 4  # the check can fail
    for path in paths:
        started = time.monotonic()
        status, headers, body = site.get(path)
        if time.monotonic() - started > 5:
            slow.append(path)
        if path in cached:
            assert status == 200, path
        elif path in served_without_database and status == 200:
            pass
        else:
            assert status == 503, path
            assert headers["cache-control"] == "no-store"
        assert b'href="tel:112"' in body, path
        if path.startswith("/en/"):
            assert b'<html lang="en" dir="ltr">' in body, path
    assert slow == []


def test_a_hung_database_gets_a_calm_503_within_seconds(site_factory, hung_database, seed):
    # Warm two pages with the database up, then serve the same install from a
    # database server that accepts connections and never answers.
    healthy = site_factory(workers=2)
    cached = ["/hjelp/", "/en/help/"]
    for path in cached:
        assert healthy.get(path)[0] == 200
    healthy.stop()
    hung = site_factory(
        workers=2,
        var_dir=healthy.var_dir,
        DATABASE_URL=f"postgres://hope:hope@127.0.0.1:{hung_database.port}/hopeportal",
    )
    assert_calm_503_within_seconds(hung, cached)


def test_the_503_page_shows_the_help_numbers_as_last_saved(site_factory, hung_database):
    healthy = site_factory(workers=1)
    healthy.shell(
        "from content.contacts.models import HelpContact; "
        "c = HelpContact.objects.published().filter(is_emergency=False).first(); "
        "c.phone = '22 99 88 77'; c.save()"
    )
    healthy.stop()
    hung = site_factory(
        workers=1,
        var_dir=healthy.var_dir,
        DATABASE_URL=f"postgres://hope:hope@127.0.0.1:{hung_database.port}/hopeportal",
    )
    status, _headers, body = hung.get("/fakta/")
    assert status == 503
    assert b'href="tel:+4722998877"' in body and b'href="tel:112"' in body


# -- 5. Backup and restore ------------------------------------------------------------


@pytest.mark.full  # two sites and every page of each (55 s)
def test_restoring_a_backup_into_an_empty_database_gives_every_page_back(
    site_factory, tmp_path, seed
):
    original = site_factory(workers=2)
    original.shell(
        "import reversion; from content.myths.models import Myth; "
        "from content.courses.models import CourseInquiry; "
        "CourseInquiry.objects.create(name='Kari', organisation='Legevakt', "
        "email='k@example.org')\n"
        "with reversion.create_revision():\n"
        "    m = Myth.objects.first(); m.myth_nb = 'Endret før sikkerhetskopien'; m.save()"
    )
    backup = tmp_path / "backup.json"
    original.manage("backup", str(backup))

    empty = tmp_path / "empty-var"
    empty.mkdir()
    restored = site_factory(workers=2, var_dir=empty, start=False)
    restored.manage("migrate", "--no-input", "-v", "0")
    restored.manage("restore", str(backup))
    # Restoring twice, or over content, is refused.
    refused = restored.manage("restore", str(backup), check=False)
    assert refused.returncode != 0 and "empty database" in refused.stderr
    restored.start(workers=2)

    count = (
        "from content.courses.models import CourseInquiry; from reversion.models import Version; "
        "print(CourseInquiry.objects.count(), Version.objects.count())"
    )
    assert restored.shell(count) == original.shell(count)
    differing = []
    search = reverse("search:index") + "?q=menneskehandel"
    for path in [*all_public_urls(), *MACHINE_PAGES, search]:
        before, after = original.get(path), restored.get(path)
        if (before[0], normalise(before[2])) != (after[0], normalise(after[2])):
            differing.append(path)
    assert differing == []


# -- 7. Logs keep no visitor data -----------------------------------------------------


def test_a_malformed_request_leaves_no_address_or_query_in_the_error_log(site_factory):
    site = site_factory(workers=1)
    answer = site.raw(b"GET /hjelp/?q=secret-search HTTP/1.1\nHost: 127.0.0.1\n\n")
    assert answer.startswith(b"HTTP/1.1 400")
    site.raw(b"GET /?who=me HTTP/1.1\r\nHost: 127.0.0.1\r\nX\x01: y\r\n\r\n")

    def logged():
        lines = site.error_log.read_text().splitlines()
        return [line for line in lines if "Invalid request" in line]

    invalid = wait_until(lambda: len(logged()) >= 2 and logged(), what="two lines in the error log")
    log = site.error_log.read_text()
    assert len(invalid) == 2  # both logged, without the visitor's data:
    assert "ip=" not in log and not any("127.0.0.1" in line for line in invalid)
    assert "secret-search" not in log and "who=me" not in log


@pytest.mark.postgresql  # a stopped server: PostgreSQL (DATABASE_URL) only
@pytest.mark.parametrize("threads", [1, 8])
def test_a_stopped_database_gets_a_calm_503_within_seconds(site_factory, seed, threads):
    """The test database behind a proxy that stops passing anything on: open
    connections hang mid-query, new ones get no answer. With one thread in each
    worker, the first requests after the stop meet a connection held open, so
    the query that hangs is cut off at the deadline; with several, most threads
    still have to connect."""
    db = connection.settings_dict
    proxy = PausableProxy(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432))
    try:
        url = f"postgres://{db['USER']}:{db['PASSWORD']}@127.0.0.1:{proxy.port}/{db['NAME']}"
        site = site_factory(workers=2, GUNICORN_THREADS=threads, DATABASE_URL=url)
        cached = ["/hjelp/", "/en/help/", "/fakta/", "/en/facts/"]
        for path in [*cached, "/health/", "/health/"]:
            assert site.get(path)[0] == 200, path  # threads now hold connections
        proxy.pause()
        assert_calm_503_within_seconds(site, cached)
        site.stop()
    finally:
        proxy.close()

        # The server's sessions end once the proxy lets go: wait, so the test
        # database can be dropped at the end of the run.
        def others():
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
                return cursor.fetchone()[0]

        # The server is stopped: end what its cut-off connections left behind
        # (PostgreSQL notices a vanished client only when it next writes to it).
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        with contextlib.suppress(AssertionError):  # best effort: only the final drop needs it
            wait_until(lambda: others() == 0, what="the server's sessions ending")
