"""Serve the site with gunicorn on a spare port, as visitors get it (DEBUG off,
whitenoise, collected static files), for the screenshot and Lighthouse scripts."""

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(workers=2):
    """Yields the base address, e.g. http://127.0.0.1:41234, while gunicorn runs."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"),
            *("--workers", str(workers), "--bind", f"127.0.0.1:{port}"),
            *("--access-logfile", "/dev/null", "hopeportal.wsgi"),
        ],
        cwd=BASE_DIR,
    )
    try:
        for _ in range(100):
            if server.poll() is not None:
                raise SystemExit("gunicorn did not start: see the messages above")
            try:
                urllib.request.urlopen(base + "/health/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit(f"the site did not answer on {base}")
        yield base
    finally:
        server.terminate()
        server.wait()
