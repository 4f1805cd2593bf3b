"""The site under real gunicorn, for tests whose point is the server: several
workers, separate processes, a database that is down. Each site gets a var/ of
its own (SQLite database, page cache, 503 pages) copied from one seeded once
per test session, and static files collected once.

Use the `site_factory` fixture: `site = site_factory(workers=4)`; it stops
every server it started at the end of the test.
"""

import contextlib
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path

import pytest

from tests.support import free_port

BASE_DIR = Path(__file__).resolve().parent.parent
ADMIN_PASSWORD = "a long test password 4 the admin"


def _environ(var_dir, static_root, **extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "FORWARDED_ALLOW_IPS", "WEB_CONC"))
    }
    env.update(
        {
            "DJANGO_VAR_DIR": str(var_dir),
            "DJANGO_STATIC_ROOT": str(static_root),
            "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
        }
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


class Site:
    """One install: a var/ directory and the environment its processes share."""

    def __init__(self, var_dir, static_root, **env):
        self.var_dir = Path(var_dir)
        self.env = _environ(self.var_dir, static_root, **env)
        self.server = None
        self.port = None
        self.error_log = self.var_dir / "error.log"

    # -- processes --------------------------------------------------------------

    def manage(self, *args, check=True):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
        )

    def shell(self, code):
        """Run Python in a separate `manage.py shell` process."""
        return self.manage("shell", "--no-imports", "-c", code).stdout

    def start(self, workers=2, ready="/robots.txt"):
        self.port = free_port()
        self.server = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"),
                *("--workers", str(workers), "--bind", f"127.0.0.1:{self.port}"),
                *("--access-logfile", "/dev/null", "--error-logfile", str(self.error_log)),
                # gunicorn kills a worker still running 5 s after stop() (30 s by
                # default, as long as stop() waits: a slow exit failed a test's teardown).
                *("--graceful-timeout", "5"),
                "hopeportal.wsgi",
            ],
            cwd=BASE_DIR,
            env=self.env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise RuntimeError(f"gunicorn did not start: {self.error_log.read_text()}")
            try:
                self.request("GET", ready, timeout=10)
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not answer")

    def stop(self):
        if self.server and self.server.poll() is None:
            self.server.send_signal(signal.SIGINT)  # quick shutdown
            self.server.wait(timeout=30)

    # -- HTTP -------------------------------------------------------------------

    def request(self, method, path, headers=None, body=None, timeout=10):
        """(status, headers as a dict with lower-case names, body bytes)"""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            headers = {k.lower(): v for k, v in response.getheaders()}
            headers["set-cookie"] = response.msg.get_all("Set-Cookie") or []
            return response.status, headers, response.read()
        finally:
            connection.close()

    def get(self, path, **headers):
        return self.request("GET", path, headers=headers)

    def raw(self, data, timeout=5):
        """Send bytes as they are; return what the server answers."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as s:
            s.sendall(data)
            answer = b""
            while chunk := s.recv(65536):
                answer += chunk
        return answer

    def browser(self):
        return Browser(self)


class Browser:
    """Just enough of a browser for Django forms: cookies, CSRF, form fields."""

    def __init__(self, site):
        self.site = site
        self.cookies = SimpleCookie()

    def _send(self, method, path, fields=None):
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={m.value}" for k, m in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://127.0.0.1:{self.site.port}"
        return self.site.request(method, path, headers, body)

    def get(self, path):
        return self._remember(self._send("GET", path))

    def post(self, path, fields):
        return self._remember(self._send("POST", path, fields))

    def _remember(self, answer):
        for cookie in answer[1]["set-cookie"]:
            self.cookies.load(cookie)
        return answer

    def form(self, path):
        """The fields of the first POST form on the page, as a browser would send them."""
        status, _headers, body = self.get(path)
        assert status == 200, (path, status)
        parser = _FormParser()
        parser.feed(body.decode())
        return parser.fields

    def login(self, username="editor", password=ADMIN_PASSWORD):
        fields = self.form("/admin/login/")
        fields.update(username=username, password=password)
        status, _headers, _body = self.post("/admin/login/", fields)
        assert status == 302, "admin login failed"


class _FormParser(HTMLParser):
    """The fields of every POST form on a page; `fields` is the largest form's
    (the admin has a small logout form before the one to edit)."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self._form = None
        self._textarea = None
        self._select = None

    @property
    def fields(self):
        return max(self.forms, key=len) if self.forms else {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method", "").lower() == "post":
            self._form = {}
            self.forms.append(self._form)
        if self._form is None or ("name" not in a and tag != "option"):
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("submit", "button", "file", "image"):
                return
            value = a.get("value") or ("on" if kind == "checkbox" else "")
            self._form.setdefault(a["name"], []).append(value)
        elif tag == "textarea":
            self._textarea = a["name"]
            self._form[a["name"]] = [""]
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self._form.setdefault(self._select, []).append(a.get("value", ""))

    def handle_data(self, data):
        if self._textarea:
            self._form[self._textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._form = None


def normalise(body):
    """A page without what differs on every answer (CSRF tokens, CSP nonces)."""
    body = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", body)
    return re.sub(rb'nonce="[^"]*"', b"", body)


@pytest.fixture(scope="session")
def seeded_var(tmp_path_factory):
    """A migrated and seeded var/ (with an 'editor' superuser), and static files."""
    var_dir = tmp_path_factory.mktemp("seeded-var")
    static_root = tmp_path_factory.mktemp("static")
    site = Site(var_dir, static_root)
    site.manage("collectstatic", "--no-input", "-v", "0")
    site.manage("migrate", "--no-input", "-v", "0")
    site.manage("seed")
    site.shell(
        "from django.contrib.auth.models import User; "
        f"User.objects.create_superuser('editor', 'editor@example.org', {ADMIN_PASSWORD!r})"
    )
    return var_dir, static_root


@pytest.fixture
def site_factory(seeded_var, tmp_path):
    """site_factory(workers=2, var_dir=None, fresh=False, **env) -> a started Site.
    Each new var_dir starts as a copy of the seeded one; `fresh` gives an empty
    (migrated only) database; pass the same var_dir to share one install."""
    started = []
    template, static_root = seeded_var

    def make(workers=2, var_dir=None, start=True, **env):
        if var_dir is None:
            var_dir = tmp_path / f"var{len(started)}"
            shutil.copytree(template, var_dir)
        site = Site(var_dir, static_root, **env)
        started.append(site)
        return site.start(workers=workers) if start else site

    yield make
    for site in started:
        site.stop()


class HungDatabase:
    """A TCP listener that accepts connections and never answers, like a hung
    database server."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(100)
        self.port = self.socket.getsockname()[1]
        self.held = []
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while self._running:
            try:
                connection, _address = self.socket.accept()
            except OSError:
                return
            self.held.append(connection)

    def close(self):
        self._running = False
        self.socket.close()
        for connection in self.held:
            connection.close()


@pytest.fixture
def hung_database():
    database = HungDatabase()
    yield database
    database.close()


class PausableProxy:
    """A TCP proxy to a database server. Paused, it passes nothing on in either
    direction and new connections get no answer: the database as a stopped
    (SIGSTOP) server looks to its clients."""

    def __init__(self, host, port):
        self.upstream = (host, port)
        self.running = threading.Event()
        self.running.set()
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(100)
        self.port = self.socket.getsockname()[1]
        self.sockets = [self.socket]
        threading.Thread(target=self._accept, daemon=True).start()

    def pause(self):
        self.running.clear()

    def _accept(self):
        while True:
            try:
                client, _address = self.socket.accept()
                server = socket.create_connection(self.upstream)
            except OSError:
                return
            self.sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client), daemon=True).start()

    def _pump(self, source, target):
        try:
            while data := source.recv(65536):
                self.running.wait()
                target.sendall(data)
        except OSError:
            pass

    def close(self):
        self.running.set()
        for s in self.sockets:
            with contextlib.suppress(OSError):
                s.close()


@pytest.fixture
def redis_url():
    """A private Redis server (skips where redis-server is not installed)."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(50):
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
            break
        time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait()
