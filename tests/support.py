"""Helpers the tests and the scripts (screenshots, Lighthouse, benchmark) share:
how to start Debian's Chromium through Playwright, and how to serve the site
with gunicorn on a spare port. Scripts import this; tests never import scripts.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Tests read static files from static/ directly: no collectstatic needed.
TEST_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Waiting for a condition ------------------------------------------------------


def wait_until(condition, timeout=10, what="the condition"):
    """Poll `condition()` until it returns something true (returned), or fail
    after `timeout` seconds. Tests wait for what they need, never a fixed time."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout} s")
        time.sleep(0.02)


def connections_to(port):
    """How many TCP connections to 127.0.0.1:`port` are established (Linux)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, _remote, state = line.split()[1:4]
            if state == "01" and int(local.rsplit(":", 1)[1], 16) == port:
                count += 1
    return count


# --- Chromium --------------------------------------------------------------------

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def chromium_path():
    return CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")


def launch_args():
    return {
        "executable_path": chromium_path(),
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


INSTALL = "install it with `apt-get install chromium` (Debian) to run the browser tests"


def require_chromium():
    """Call at the top of a browser test module: skips the module with one clear
    line where Chromium is missing, and fails instead under CI=true."""
    import pytest

    if chromium_path():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"Chromium not found, and CI needs the browser tests: {INSTALL}", pytrace=False)
    pytest.skip(f"Chromium not found: {INSTALL}", allow_module_level=True)


# --- Serving the site as visitors get it -------------------------------------------
# DEBUG off, whitenoise, collected static files.


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(app="hopeportal.wsgi", workers=2, access_log="/dev/null", ready="/health/", env=None):
    """Yields the base address, e.g. http://127.0.0.1:41234, while gunicorn runs.
    `ready` is the path that must answer (any status) before it counts as up.
    workers=None: as many as gunicorn.conf.py starts for `make run`."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"),
            *(("--workers", str(workers)) if workers else ()),
            *("--bind", f"127.0.0.1:{port}"),
            *("--access-logfile", str(access_log), app),
        ],
        cwd=BASE_DIR,
        env={**os.environ, **(env or {})},
    )
    try:
        for _ in range(100):
            if server.poll() is not None:
                raise SystemExit("gunicorn did not start: see the messages above")
            try:
                urllib.request.urlopen(base + ready, timeout=1)
                break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit(f"{app} did not answer on {base}")
        yield base
    finally:
        server.terminate()
        server.wait()


# The admin's form for a new help card in a language the site does not have
# (Estonian), published: the fields every such test fills in.
NEW_CARD_FORM = {
    "language_code": "et",
    "language_name": "Eesti",
    "direction": "ltr",
    "unreviewed_notice": "See lehekülg on tõlgitud norra keelest.",
    "title": "Abi Norras",
    "signs_title": "Märgid",
    "signs": "Üks\nKaks\nKolm\nNeli",
    "rights_title": "Õigused",
    "rights": "Tekst",
    "contacts_title": "Abi",
    "is_published": "on",
    "sort_order": "90",
}
