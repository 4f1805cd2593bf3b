"""Serve an app with the site's gunicorn configuration on a spare port, as
visitors get it (DEBUG off, whitenoise, collected static files). Used by the
screenshot, Lighthouse and benchmark scripts and by the access-log test."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


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
