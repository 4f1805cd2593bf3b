"""The production stack as deploy/ describes it, on loopback: nginx with
deploy/nginx/hopeportal.conf (TLS, edge cache, limits, the 503 page) in front
of two gunicorn app servers that share PostgreSQL and a Redis started with
deploy/redis/hopeportal.conf. Different visitors are different loopback
addresses (127.0.0.2, 127.0.0.3, ...), so nginx and the site see them apart.

Skips, with the reason, only where nginx, Redis or PostgreSQL is missing;
.ci/run installs all three.
"""

import contextlib
import http.client
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.parse
from http.cookies import SimpleCookie

import pytest

from tests import stack
from tests.servers import ADMIN_PASSWORD, Site, _FormParser
from tests.support import free_port

pytestmark = pytest.mark.stack

CDN_SECONDS = 2
LIMIT = 3
SECRET = "stack-test-" + "k" * 50


def _require(tool, package):
    if not shutil.which(tool):
        pytest.skip(f"{tool} is not installed (apt-get install {package})")


@pytest.fixture(scope="module")
def postgres_url():
    """A database of its own on the machine's PostgreSQL (started by
    .ci/postgres.sh, which also sets the postgres user's password)."""
    _require("pg_lsclusters", "postgresql")
    base = subprocess.run(
        ["bash", str(stack.BASE_DIR / ".ci" / "postgres.sh")], capture_output=True, text=True
    )
    if base.returncode != 0:
        pytest.skip(f"PostgreSQL could not be started: {base.stderr.strip()}")
    import psycopg

    server = base.stdout.strip().rsplit("/", 1)[0]
    name = f"hopeportal_stack_{os.getpid()}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="module")
def redis(tmp_path_factory):
    _require("redis-server", "redis-server")
    port = free_port()
    conf = stack.BASE_DIR / "deploy" / "redis" / "hopeportal.conf"
    server = subprocess.Popen(
        ["redis-server", str(conf), "--bind", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
            break
        assert time.monotonic() < deadline and server.poll() is None, "redis did not start"
        time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}"
    server.terminate()
    server.wait()


class Stack:
    def __init__(self, folder, servers, static_root):
        self.folder = folder
        self.servers = servers
        self.static_root = static_root
        self.http_port = free_port()
        self.https_port = free_port()
        self.origin = f"https://{stack.HOST}:{self.https_port}"
        self.process = None

    def configure(self):
        return stack.configure(
            self.folder,
            app_ports=[s.port for s in self.servers],
            http_port=self.http_port,
            https_port=self.https_port,
            var_dir=self.servers[0].var_dir,
            static_root=self.static_root,
        )

    def reload(self):
        """New app server ports: rewrite the site file and let nginx re-read it."""
        self.configure()
        self.process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 10
        while self.get("/robots.txt")[0] not in (200, 304):
            assert time.monotonic() < deadline, "nginx did not take the new servers"
            time.sleep(0.1)

    def request(self, method, path, headers=None, body=None, client="127.0.0.2"):
        """Through nginx over TLS, from the loopback address `client`."""
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection(
            "127.0.0.1", self.https_port, timeout=15, context=context, source_address=(client, 0)
        )
        try:
            headers = {"Host": f"{stack.HOST}:{self.https_port}", **(headers or {})}
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            answer = {k.lower(): v for k, v in response.getheaders()}
            answer["set-cookie"] = response.msg.get_all("Set-Cookie") or []
            return response.status, answer, response.read()
        finally:
            connection.close()

    def get(self, path, client="127.0.0.2", **headers):
        return self.request("GET", path, headers, client=client)


class Visitor:
    """A browser at one loopback address: cookies, CSRF, form fields."""

    def __init__(self, stack_, address):
        self.stack = stack_
        self.address = address
        self.cookies = SimpleCookie()

    def send(self, method, path, fields=None, forged=None):
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={m.value}" for k, m in self.cookies.items())
        if forged:
            headers["X-Forwarded-For"] = forged
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.stack.origin
        answer = self.stack.request(method, path, headers, body, client=self.address)
        for cookie in answer[1]["set-cookie"]:
            self.cookies.load(cookie)
        return answer

    def form(self, path):
        status, _headers, body = self.send("GET", path)
        assert status == 200, (path, status)
        parser = _FormParser()
        parser.feed(body.decode())
        return parser.fields


@pytest.fixture(scope="module")
def production(tmp_path_factory, postgres_url, redis):
    if not stack.available():
        pytest.skip("nginx or openssl is not installed (apt-get install nginx-light openssl)")
    folder = tmp_path_factory.mktemp("stack")
    static_root = folder / "static"
    env = {
        "DATABASE_URL": postgres_url,
        "DJANGO_CACHE_URL": f"{redis}/1",
        "DJANGO_PAGE_CACHE_URL": f"{redis}/2",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_ALLOWED_HOSTS": stack.HOST,
        "DJANGO_SITE_URL": f"https://{stack.HOST}",
        "DJANGO_HTTPS": "true",
        "DJANGO_ADMIN_2FA": "false",
        "DJANGO_TRUSTED_PROXIES": "127.0.0.1",
        "FORWARDED_ALLOW_IPS": "127.0.0.1",
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://{stack.HOST}:{{port}}",
        "DJANGO_CDN_CACHE_SECONDS": CDN_SECONDS,
        "DJANGO_COURSE_INQUIRY_LIMIT_PER_HOUR": LIMIT,
        "DJANGO_LOGIN_REFUSAL_DELAY": "0",
    }
    servers = []
    for name in ("app-a", "app-b"):
        var_dir = folder / name
        var_dir.mkdir()
        servers.append(Site(var_dir, static_root, **env))
    first = servers[0]
    first.manage("collectstatic", "--no-input", "-v", "0")
    first.manage("migrate", "--no-input", "-v", "0")
    first.manage("seed")
    first.shell(
        "from django.contrib.auth.models import User; "
        f"User.objects.create_superuser('editor', 'editor@example.org', {ADMIN_PASSWORD!r})"
    )
    # The 503 pages, in the var/ nginx serves them from, as `seed` wrote them.
    assert (first.var_dir / "unavailable" / "nb.html").exists()
    running = Stack(folder / "nginx", servers, static_root)
    for server in servers:
        server.env["DJANGO_CSRF_TRUSTED_ORIGINS"] = running.origin
        server.start(workers=2)
    conf = running.configure()
    ok, output = stack.check(conf)
    assert ok, output
    with stack.nginx(conf, running.https_port) as process:
        running.process = process
        yield running
    for server in servers:
        server.stop()


def until(predicate, seconds, message):
    deadline = time.monotonic() + seconds
    while not (result := predicate()):
        assert time.monotonic() < deadline, message
        time.sleep(0.2)
    return result


def test_plain_http_is_sent_to_https(production):
    connection = http.client.HTTPConnection("127.0.0.1", production.http_port, timeout=10)
    connection.request("GET", "/fakta/", headers={"Host": stack.HOST})
    response = connection.getresponse()
    assert response.status == 301
    assert response.getheader("Location").startswith(f"https://{stack.HOST}:")


def test_the_second_get_is_served_by_nginx_and_revalidates_with_304(production):
    status, first, body = production.get("/fakta/")
    assert status == 200 and "s-maxage" in first["cache-control"]
    status, second, cached = production.get("/fakta/")
    assert status == 200 and second["x-cache-status"] == "HIT"
    assert cached == body
    status, headers, empty = production.get("/fakta/", **{"If-None-Match": first["etag"]})
    assert status == 304 and empty == b"" and headers["x-cache-status"] == "HIT"
    # The security headers come with the cached page too.
    assert "content-security-policy" in second and "strict-transport-security" in second


def test_search_forms_and_cookies_are_never_cached(production):
    for _ in range(3):
        status, headers, _body = production.get("/sok/?q=tvangsarbeid")
        assert status == 200 and headers.get("x-cache-status") != "HIT"
        assert "no-store" in headers["cache-control"]
    for _ in range(3):
        status, headers, _body = production.get("/kurs/foresporsel/")
        assert status == 200 and headers.get("x-cache-status") != "HIT"
    production.get("/hjelp/")
    status, headers, _body = production.get("/hjelp/", Cookie="sessionid=someone")
    assert headers["x-cache-status"] == "BYPASS"
    status, headers, _body = production.get("/admin/login/")
    assert headers.get("x-cache-status") != "HIT" and headers["set-cookie"]


def test_nginx_serves_static_files_with_a_validator_per_encoding(production):
    _status, _headers, page = production.get("/")
    css = re.search(rb'href="(/static/[^"]+\.css)"', page).group(1).decode()
    status, plain, body = production.get(css, **{"Accept-Encoding": "identity"})
    assert status == 200 and "immutable" in plain["cache-control"]
    status, gzipped, _body = production.get(css, **{"Accept-Encoding": "gzip"})
    assert status == 200 and gzipped["content-encoding"] == "gzip"
    assert plain["etag"] != gzipped["etag"]
    assert production.get(css, **{"If-None-Match": plain["etag"]})[0] == 304
    assert b"--" in body or b"{" in body  # the stylesheet itself


@pytest.mark.parametrize("editor", [0, 1])
def test_an_edit_on_either_app_server_reaches_visitors_within_the_cdn_time(production, editor):
    production.get("/myter/")
    assert production.get("/myter/")[1]["x-cache-status"] == "HIT"
    text = f"Endret på server {editor} {time.monotonic()}"
    production.servers[editor].shell(
        "from content.myths.models import Myth; "
        f"m = Myth.objects.first(); m.myth_nb = {text!r}; m.save()"
    )
    start = time.monotonic()
    until(lambda: text in production.get("/myter/")[2].decode(), CDN_SECONDS + 5, "edit not seen")
    assert time.monotonic() - start <= CDN_SECONDS + 1.5


def test_a_forged_forwarded_for_does_not_move_the_lockout(production):
    attacker = Visitor(production, "127.0.0.3")
    answers = []
    for n in range(6):
        fields = attacker.form("/admin/login/")
        fields.update(username=f"nobody{n}", password="wrong")
        forged = f"203.0.113.{n}, 198.51.100.{n}"
        answers.append(attacker.send("POST", "/admin/login/", fields, forged=forged)[0])
    # The form again with an error, until the fifth failure (the limit) locks
    # the client, whatever address each attempt claimed.
    assert answers == [200, 200, 200, 200, 429, 429]
    fields = attacker.form("/admin/login/")
    fields.update(username="editor", password=ADMIN_PASSWORD)
    status, headers, _b = attacker.send("POST", "/admin/login/", fields, forged="203.0.113.200")
    # Locked out by the site (its answer says for how long), right password or not.
    assert status == 429 and headers["retry-after"] == "900"
    # Only that client: the editor logs in from elsewhere.
    editor = Visitor(production, "127.0.0.4")
    fields = editor.form("/admin/login/")
    fields.update(username="editor", password=ADMIN_PASSWORD)
    assert editor.send("POST", "/admin/login/", fields)[0] == 302


def test_a_forged_forwarded_for_does_not_move_the_form_limit(production):
    from tests.test_courses import VALID

    sender = Visitor(production, "127.0.0.5")
    for n in range(LIMIT):
        fields = {**sender.form("/kurs/foresporsel/"), **VALID}
        status, _h, _b = sender.send("POST", "/kurs/foresporsel/", fields, forged=f"192.0.2.{n}")
        assert status == 302
    fields = {**sender.form("/kurs/foresporsel/"), **VALID}
    assert sender.send("POST", "/kurs/foresporsel/", fields, forged="192.0.2.99")[0] == 429
    other = Visitor(production, "127.0.0.6")
    fields = {**other.form("/kurs/foresporsel/"), **VALID}
    assert other.send("POST", "/kurs/foresporsel/", fields)[0] == 302


def test_one_app_server_down_the_other_serves_both_down_the_503_page(production):
    first, second = production.servers
    try:
        first.stop()
        for n in range(6):
            status, _h, _b = production.get(f"/sok/?q=menneskehandel{n}")
            assert status == 200
        second.stop()
        status, headers, body = production.get("/sok/?q=hjelp")
        assert status == 503 and headers["retry-after"] and "no-store" in headers["cache-control"]
        page = body.decode()
        assert page == (first.var_dir / "unavailable" / "nb.html").read_text()
        # 112 and the help lines, as editors last saved them.
        assert 'href="tel:112"' in page and page.count('href="tel:') >= 3
        status, _h, body = production.get("/en/search/?q=help")
        assert status == 503 and body == (first.var_dir / "unavailable" / "en.html").read_bytes()
    finally:
        for server in (first, second):
            if server.server.poll() is not None:
                server.start(workers=2)
        production.reload()


# A request whose database work ran out of time after its last query: the
# deadline (content.availability.middleware) shuts the connection's socket down, the
# visitor still gets the page, and the broken connection stays pooled
# (CONN_MAX_AGE). The next request on that thread must be served normally.
POOLED = """
import sys, threading, time, types
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.http import HttpResponse
from django.urls import path

def query_then_wait(request):
    connection.cursor().execute("SELECT 1")
    time.sleep(settings.DB_REQUEST_DEADLINE + 1)
    return HttpResponse("slow", headers={"Cache-Control": "no-store"})

def query(request):
    connection.cursor().execute("SELECT 1")
    return HttpResponse("fast", headers={"Cache-Control": "no-store"})

urls = types.ModuleType("pooled_urls")
from hopeportal.urls import urlpatterns as site
urls.urlpatterns = [path("slow/", query_then_wait), path("fast/", query), *site]
sys.modules["pooled_urls"] = urls
settings.ROOT_URLCONF = "pooled_urls"
application = get_wsgi_application()

def get(path):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "SERVER_NAME": "hope.example.org",
        "SERVER_PORT": "443", "HTTP_HOST": "hope.example.org", "wsgi.url_scheme": "https",
        "wsgi.input": __import__("io").BytesIO(), "wsgi.errors": sys.stderr,
    }
    status = []
    body = b"".join(application(environ, lambda s, h, e=None: status.append(s)))
    return status[0].split()[0] + " " + body.decode()[:4]

def thread():
    # A gunicorn thread: not the main one, so the deadline is the socket timer.
    slow = get("/slow/")
    pooled = connection.connection
    fast = get("/fast/")
    try:
        pooled.execute("SELECT 1")
        cut = "alive"
    except Exception:
        cut = "cut"
    replaced = "replaced" if connection.connection is not pooled else "reused"
    print(slow, cut, replaced, fast)

worker = threading.Thread(target=thread)
worker.start()
worker.join()
"""


def test_a_connection_cut_after_the_last_query_does_not_fail_the_next_visitor(production):
    server = production.servers[0]
    env = {**server.env, "DJANGO_DB_TIMEOUT": "1", "DJANGO_CONN_MAX_AGE": "60"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", POOLED],
        cwd=stack.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    # The slow page was served, its pooled connection was cut by the deadline,
    # and the next request got a new connection and its page.
    assert result.stdout.split() == ["200", "slow", "cut", "replaced", "200", "fast"], result.stderr
