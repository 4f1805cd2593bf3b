"""Benchmark: page sizes and the home page's speed against a trivial WSGI app.

`make bench` runs it. Both servers run under the same gunicorn and flags on
loopback; wrk loads each in turn; the home page must reach at least 60% of the
trivial app's requests per second (the site's speed budget, see the README).
Results go to bench/results/latest.json.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from tests.support import served  # noqa: E402

RESULTS = BASE_DIR / "bench" / "results"
DURATION = os.environ.get("BENCH_SECONDS", "10")
BUDGET = {"ratio": 0.60, "html": 40_000, "css": 24_000, "js": 10_000}


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read()


def wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", "-c32", f"-d{DURATION}s", url], capture_output=True, text=True, check=True
    ).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


# -- Search -------------------------------------------------------------------
# Many different searches, none repeated during the run (so none is answered
# from the result cache): 1-3 words in a row from the index's own text, in
# Bokmål and English, on the stack `make run` serves (its worker count),
# 32 connections. Budget: at least a fifth of the rate of a cached page under
# the same load, and a median under 50 ms.
SEARCH_BUDGET = {"ratio": 0.2, "median_ms": 50}
SEARCH_CONNECTIONS = 32
SEARCH_QUERIES = 20_000
SEARCH_PATHS = {"nb": "/sok/", "en": "/en/search/"}
# Each wrk thread takes every other query (Lua: one state per thread).
SEARCH_SCRIPT = """
local queries = {}
for line in io.lines("%s") do queries[#queries + 1] = line end
local threads, counter = 0, 0
function setup(thread) thread:set("first", threads); threads = threads + 1 end
function init(args) counter = first end
function request()
  counter = counter + 2
  return wrk.format("GET", queries[(counter %% #queries) + 1])
end
"""


def search_queries(count=SEARCH_QUERIES, seed=2026):
    """Addresses of `count` different searches, from the text of the index."""
    import random

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hopeportal.settings")
    django.setup()
    from content.search.models import SearchEntry

    # Each entry's words in order: a query is 1-3 words in a row of one entry,
    # so most searches find something, as a visitor's would.
    texts = [
        (language, [w for w in re.findall(r"\w{3,}", text) if not w.isdigit()])
        for language, text in SearchEntry.objects.values_list("language", "text")
    ]
    texts = [(language, words) for language, words in texts if len(words) >= 3]
    chooser = random.Random(seed)
    queries = set()
    while len(queries) < count:
        language, words = chooser.choice(texts)
        length = chooser.choice((1, 1, 2, 3))
        start = chooser.randrange(len(words) - length + 1)
        q = " ".join(words[start : start + length])
        queries.add(SEARCH_PATHS[language] + "?" + urllib.parse.urlencode({"q": q}))
    return sorted(queries, key=lambda _q: chooser.random())


def wrk_latency(url, connections, script=None):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{DURATION}s", "--latency"]
        + (["-s", script] if script else [])
        + [url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    value, unit = re.search(r"\b50%\s+([\d.]+)(us|ms|s)\b", out).groups()
    median_ms = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    if non_2xx:
        raise SystemExit(f"{non_2xx[1]} searches failed: {url}")
    return rps, median_ms


def measure_search():
    workers = int(os.environ.get("WEB_CONCURRENCY", min(4, (os.cpu_count() or 1) * 2)))
    queries = search_queries()
    with tempfile.TemporaryDirectory() as tmp:
        listing, script = Path(tmp) / "queries.txt", Path(tmp) / "search.lua"
        listing.write_text("\n".join(queries) + "\n")
        script.write_text(SEARCH_SCRIPT % listing)
        with served(workers=workers) as base:
            fetch(base + "/")
            page_rps, page_median = wrk_latency(base + "/", SEARCH_CONNECTIONS)
            rps, median_ms = wrk_latency(base + "/", SEARCH_CONNECTIONS, str(script))
    return {
        "search_requests_per_second": round(rps),
        "search_median_ms": round(median_ms, 1),
        "cached_page_requests_per_second": round(page_rps),
        "cached_page_median_ms": round(page_median, 1),
        "search_ratio": round(rps / page_rps, 3),
        "search_wrk": (
            f"-t2 -c{SEARCH_CONNECTIONS} -d{DURATION}s, {len(queries)} different searches "
            f"(1-3 words of the index, nb and en, none repeated), gunicorn {workers} workers "
            "(gthread); against the home page from the page cache under the same load"
        ),
    }


def search_failures(result):
    return [
        name
        for name, ok in [
            ("search_ratio", result["search_ratio"] >= SEARCH_BUDGET["ratio"]),
            ("search_median", result["search_median_ms"] < SEARCH_BUDGET["median_ms"]),
        ]
        if not ok
    ]


def main():
    RESULTS.mkdir(parents=True, exist_ok=True)
    with served() as base:
        html = fetch(base + "/")
        page = html.decode()
        css = sum(len(fetch(base + u)) for u in re.findall(r'href="(/static/[^"]+\.css)"', page))
        js = sum(len(fetch(base + u)) for u in re.findall(r'src="(/static/[^"]+\.js)"', page))
        largest = max(len(fetch(base + u)) for u in ["/", "/en/", "/hjelp/", "/fakta/", "/tegn/"])
        with tempfile.NamedTemporaryFile(suffix=".html") as body:
            body.write(html)
            body.flush()
            trivial = served("bench.trivial:application", ready="/", env={"BENCH_BODY": body.name})
            with trivial as floor:
                floor_rps = wrk(floor + "/")
                site_rps = wrk(base + "/")

    result = {
        "home_requests_per_second": round(site_rps),
        "trivial_app_requests_per_second": round(floor_rps),
        "ratio": round(site_rps / floor_rps, 3),
        "home_html_bytes": len(html),
        "largest_html_bytes_sampled": largest,
        "css_bytes": css,
        "js_bytes": js,
        "wrk": f"-t2 -c32 -d{DURATION}s, gunicorn 2 workers (gthread), cache warm",
    }
    result.update(measure_search())
    (RESULTS / "latest.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    failures = [
        name
        for name, ok in [
            ("ratio", result["ratio"] >= BUDGET["ratio"]),
            ("html", largest < BUDGET["html"]),
            ("css", css < BUDGET["css"]),
            ("js", js < BUDGET["js"]),
        ]
        if not ok
    ]
    failures += search_failures(result)
    if failures:
        raise SystemExit(f"over budget: {', '.join(failures)}")


if __name__ == "__main__":
    main()
