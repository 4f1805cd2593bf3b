"""`make loadtest`: the site under a realistic mix, as `make run` serves it.

For LOADTEST_SECONDS (60) at 64 connections: the home, help and facts pages
and every sector's page in both languages, a search with a query and the signs
checklist sent (POST), each kind loaded by its own wrk process with its share
of the connections, all at once. Before that, a warm-up of the same mix. Prints
requests per second, p50 and p99 per kind, errors and answers other than 2xx
(must be 0), and each gunicorn worker's memory (RSS) after the warm-up and at
the end (must stay within 10%). Results go to bench/results/loadtest.json.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hopeportal.settings")

import django  # noqa: E402

django.setup()

from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from content.indicators.models import Indicator  # noqa: E402
from content.sectors.models import Sector  # noqa: E402
from tests.support import served  # noqa: E402

SECONDS = int(os.environ.get("LOADTEST_SECONDS", "60"))
WARMUP_SECONDS = int(os.environ.get("LOADTEST_WARMUP_SECONDS", "10"))
CONNECTIONS = 64
MEMORY_GROWTH = 0.10
RESULTS = BASE_DIR / "bench" / "results"
SEARCH_WORDS = {"nb": "arbeid", "en": "labour"}

LUA = """
local paths = {%(paths)s}
local method = "%(method)s"
local body = "%(body)s"
local form = {["Content-Type"] = "application/x-www-form-urlencoded"}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {}; i = 0 end
function request()
  i = i %% #paths + 1
  if method == "POST" then
    return wrk.format("POST", paths[i], form, body)
  end
  return wrk.format("GET", paths[i])
end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  io.write(string.format("p50 %%d\\np99 %%d\\n", latency:percentile(50), latency:percentile(99)))
  local e = summary.errors
  io.write(string.format("errors %%d\\n", e.connect + e.read + e.write + e.timeout))
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do io.write(string.format("status %%d %%d\\n", k, v)) end
  end
end
"""


def both_languages(name, **kwargs):
    paths = []
    for language in ("nb", "en"):
        with translation.override(language):
            paths.append(reverse(name, kwargs=kwargs or None))
    return paths


def mix():
    """kind -> (method, paths, body)."""
    sectors = []
    for language in ("nb", "en"):
        with translation.override(language):
            sectors += [sector.get_absolute_url() for sector in Sector.objects.published()]
    searches = []
    for language, word in SEARCH_WORDS.items():
        with translation.override(language):
            searches.append(reverse("search:index") + "?" + urllib.parse.urlencode({"q": word}))
    signs = list(Indicator.objects.published().values_list("pk", flat=True)[:3])
    return {
        "home": ("GET", both_languages("core:home"), ""),
        "help": ("GET", both_languages("contacts:index"), ""),
        "facts": ("GET", both_languages("facts:index"), ""),
        "sector": ("GET", sectors, ""),
        "search": ("GET", searches, ""),
        "checklist POST": (
            "POST",
            both_languages("indicators:guidance"),
            urllib.parse.urlencode([("signs", pk) for pk in signs]),
        ),
    }


def start(base, kind, method, paths, body, connections, seconds):
    script = Path(tempfile.mkdtemp()) / "mix.lua"
    script.write_text(
        LUA % {"paths": ", ".join(json.dumps(p) for p in paths), "method": method, "body": body}
    )
    return subprocess.Popen(
        [
            *("wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"),
            *("-s", str(script), base + paths[0]),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )


def run(base, seconds):
    kinds = mix()
    share, extra = divmod(CONNECTIONS, len(kinds))
    runs = {
        kind: start(base, kind, *spec, share + (n < extra), seconds)
        for n, (kind, spec) in enumerate(kinds.items())
    }
    results = {}
    for kind, process in runs.items():
        out = process.communicate()[0]
        statuses = {}
        for code, count in re.findall(r"status (\d+) (\d+)", out):
            statuses[code] = statuses.get(code, 0) + int(count)
        results[kind] = {
            "connections": share + (list(runs).index(kind) < extra),
            "requests_per_second": round(float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])),
            "p50_ms": round(int(re.search(r"p50 (\d+)", out)[1]) / 1000, 1),
            "p99_ms": round(int(re.search(r"p99 (\d+)", out)[1]) / 1000, 1),
            "errors": int(re.search(r"errors (\d+)", out)[1]),
            "non_2xx": sum(n for code, n in statuses.items() if not code.startswith("2")),
            "requests": sum(statuses.values()),
        }
    return results


def workers(pidfile):
    master = int(Path(pidfile).read_text())
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def rss_mb(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return round(int(re.search(r"VmRSS:\s+(\d+) kB", status)[1]) / 1024, 1)


def table(results, memory):
    lines = [
        "| kind | connections | req/s | p50 ms | p99 ms | errors | non-2xx |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, r in results.items():
        lines.append(
            f"| {kind} | {r['connections']} | {r['requests_per_second']:,} | {r['p50_ms']} | "
            f"{r['p99_ms']} | {r['errors']} | {r['non_2xx']} |"
        )
    total = sum(r["requests_per_second"] for r in results.values())
    lines.append(f"| all | {CONNECTIONS} | {total:,} | | | | |")
    lines += ["", "| worker | RSS after warm-up MB | RSS at the end MB | change |"]
    lines += ["|---|---|---|---|"]
    for n, (start_mb, end_mb) in enumerate(memory, 1):
        lines.append(f"| {n} | {start_mb} | {end_mb} | {(end_mb - start_mb) / start_mb:+.1%} |")
    return "\n".join(lines)


def main():
    RESULTS.mkdir(parents=True, exist_ok=True)
    pidfile = Path(tempfile.mkdtemp()) / "gunicorn.pid"
    env = {"GUNICORN_CMD_ARGS": f"--pid {pidfile}"}
    with served(workers=None, env=env) as base:
        run(base, WARMUP_SECONDS)
        pids = workers(pidfile)
        before = [rss_mb(pid) for pid in pids]
        results = run(base, SECONDS)
        after_pids = workers(pidfile)
        after = [rss_mb(pid) for pid in pids] if after_pids == pids else None
    memory = list(zip(before, after or before, strict=True))
    print(table(results, memory))
    summary = {
        "kinds": results,
        "workers_rss_mb": [{"after_warmup": a, "end": b} for a, b in memory],
        "run": f"{SECONDS}s, {CONNECTIONS} connections, {len(pids)} gunicorn workers",
    }
    (RESULTS / "loadtest.json").write_text(json.dumps(summary, indent=2) + "\n")
    problems = []
    if after is None:
        problems.append("a worker was restarted during the run")
    if any(r["errors"] or r["non_2xx"] for r in results.values()):
        problems.append("errors or answers other than 2xx")
    if any(abs(b - a) / a > MEMORY_GROWTH for a, b in memory):
        problems.append(f"a worker's memory changed by more than {MEMORY_GROWTH:.0%}")
    if problems:
        raise SystemExit("loadtest failed: " + "; ".join(problems))


if __name__ == "__main__":
    main()
