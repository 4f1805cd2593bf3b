"""The benchmark's floor: a WSGI app that returns fixed bytes and does nothing else.

BENCH_BODY names the file whose bytes it returns (the home page as served).
"""

import os

with open(os.environ["BENCH_BODY"], "rb") as f:
    BODY = f.read()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
