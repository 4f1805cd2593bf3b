"""What a visitor answers in the decision path and the work check stays in
their browser: after a run through both under the real gunicorn configuration,
no answer is in any log, cache entry, cookie or database row (issue 23)."""

import sqlite3
import subprocess
import sys
import time

from tests.servers import BASE_DIR
from tests.support import free_port

# Answer sets no other page asks for, so finding one anywhere means it leaked.
PATH = "/for-fagfolk/forste-steg/"
WORK = "/sjekk-jobben/pl/"
RUNS = [
    PATH + "?role=health&danger=yes",
    PATH + "?role=health&danger=yes&child=unsure&gross=yes",
    PATH + "?role=health&danger=yes&child=unsure&gross=yes&advice=yes&tip=yes",
    "/en/for-professionals/first-steps/?danger=no&child=no&gross=unsure&help=yes&advice=no&tip=no",
    WORK + "?passport=yes&debt=yes&threats=yes&freedom=no",
    "/en/work-check/?contract=no&payslip=unsure&hours=yes",
]
# What would show that an answer was kept: the query strings and their pairs.
MARKERS = [run.split("?", 1)[1] for run in RUNS] + [
    "child=unsure",
    "gross=unsure",
    "passport=yes",
    "threats=yes",
    "payslip=unsure",
]


def dump(db):
    with sqlite3.connect(db) as connection:
        return "\n".join(connection.iterdump())


def test_no_answer_is_kept_in_logs_cache_cookies_or_database(site_factory):
    site = site_factory(start=False)
    var = site.var_dir
    access_log, output = var / "access.log", var / "output.log"
    before = dump(var / "db.sqlite3")
    site.port = free_port()
    with open(output, "wb") as out:
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"),
                *("--workers", "1", "--bind", f"127.0.0.1:{site.port}"),
                *("--access-logfile", str(access_log), "--error-logfile", str(site.error_log)),
                "hopeportal.wsgi",
            ],
            cwd=BASE_DIR,
            env=site.env,
            stdout=out,
            stderr=out,
        )
        site.server = server
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    site.get("/robots.txt")
                    break
                except OSError:
                    assert time.monotonic() < deadline, "gunicorn did not answer"
                    time.sleep(0.1)
            cookies = []
            for url in RUNS:
                # As a browser coming from the previous screen would ask.
                status, headers, _body = site.get(url, Referer=f"http://127.0.0.1/{url}")
                assert status == 200, url
                assert "no-store" in headers["cache-control"], url
                cookies += headers["set-cookie"]
            # Pages without answers, cached as usual, next to them.
            assert site.get("/hjelp/")[0] == 200
            deadline = time.monotonic() + 10
            while "/hjelp/" not in access_log.read_text():
                assert time.monotonic() < deadline, "the access log was never written"
                time.sleep(0.1)
        finally:
            site.stop()

    logs = access_log.read_text() + site.error_log.read_text() + output.read_text()
    assert PATH in logs and WORK in logs  # the requests were logged, only not their answers
    cached = b"".join(p.read_bytes() for p in (var / "pages").rglob("*") if p.is_file())
    assert cached, "the page cache kept nothing at all: the test would prove nothing"
    for marker in MARKERS:
        assert marker not in logs, f"{marker} is in a log"
        assert marker.encode() not in cached, f"{marker} is in the page cache"
    assert cookies == []
    # Not one database row written or changed.
    assert dump(var / "db.sqlite3") == before
