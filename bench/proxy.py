"""Benchmark through the proxy: deploy/'s nginx site in front of the site.

`make bench` runs it after bench/run.py. On loopback, in one run: a page nginx
has cached (the home page, the second request on) against nginx serving the
same bytes as a static file, over the same TLS listener with the same wrk
flags; the ratio must be at least 0.8. And the origin's rate for a miss: a
request with a cookie, which nginx passes on and the site renders afresh, and
one with an Authorization header, which nginx passes on and the site answers
from its own page cache.
Results go to bench/results/proxy.json.
"""

import json
import os
import re
import ssl
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from tests import stack  # noqa: E402
from tests.support import free_port, served  # noqa: E402

RESULTS = BASE_DIR / "bench" / "results"
DURATION = os.environ.get("BENCH_SECONDS", "10")
BUDGET = {"ratio": 0.80}


def fetch(url, host, **headers):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    request = urllib.request.Request(url, headers={"Host": host, **headers})
    with urllib.request.urlopen(request, timeout=10, context=context) as response:
        return response.headers, response.read()


def wrk(url, host, *headers):
    flags = [item for header in (f"Host: {host}", *headers) for item in ("-H", header)]
    out = subprocess.run(
        ["wrk", "-t2", "-c32", f"-d{DURATION}s", *flags, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def main():
    RESULTS.mkdir(parents=True, exist_ok=True)
    env = {
        "DJANGO_ALLOWED_HOSTS": f"{stack.HOST},127.0.0.1",
        "DJANGO_TRUSTED_PROXIES": "127.0.0.1",
        "FORWARDED_ALLOW_IPS": "127.0.0.1",
    }
    with tempfile.TemporaryDirectory() as folder, served(env=env) as origin:
        folder = Path(folder)
        port = int(origin.rsplit(":", 1)[1])
        https_port = free_port()
        host = f"{stack.HOST}:{https_port}"
        base = f"https://127.0.0.1:{https_port}"
        body = folder / "same-bytes.html"
        body.write_bytes(b"")
        conf = stack.configure(
            folder / "nginx",
            app_ports=[port],
            http_port=free_port(),
            https_port=https_port,
            var_dir=BASE_DIR / "var",
            static_root=BASE_DIR / "var" / "static",
            body=body,
        )
        with stack.nginx(conf, https_port):
            fetch(base + "/", host)
            headers, page = fetch(base + "/", host)
            assert headers["X-Cache-Status"] == "HIT", headers["X-Cache-Status"]
            body.write_bytes(page)
            _headers, same = fetch(base + "/same-bytes", host)
            assert same == page
            static_rps = wrk(base + "/same-bytes", host)
            cached_rps = wrk(base + "/", host)
            # nginx passes both on; with a cookie the site renders afresh, with
            # an Authorization header it answers from its own page cache.
            miss_rps = wrk(base + "/", host, "Cookie: bench=1")
            miss_cached_rps = wrk(base + "/", host, "Authorization: Bench x")

    result = {
        "nginx_cached_page_requests_per_second": round(cached_rps),
        "nginx_static_same_bytes_requests_per_second": round(static_rps),
        "ratio": round(cached_rps / static_rps, 3),
        "origin_miss_requests_per_second": round(miss_rps),
        "origin_miss_page_cached_requests_per_second": round(miss_cached_rps),
        "page_bytes": len(page),
        "wrk": f"-t2 -c32 -d{DURATION}s over TLS, nginx 1 worker, gunicorn 2 workers (gthread)",
    }
    (RESULTS / "proxy.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    if result["ratio"] < BUDGET["ratio"]:
        raise SystemExit("over budget: cached page through nginx under 0.8 of static")


if __name__ == "__main__":
    main()
