"""deploy/'s nginx site on loopback, for the stack test, `make bench` and CI's
`nginx -t`: the site file with its production addresses and paths replaced,
inside a minimal nginx.conf whose pid, logs and temporary files are under one
folder, so it never touches the system's nginx."""

import contextlib
import getpass
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SITE = BASE_DIR / "deploy" / "nginx" / "hopeportal.conf"
HOST = "hope.example.org"

MAIN = """
user {user};
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/hopeportal.conf;
}}
"""


def certificate(folder):
    """A self-signed certificate for hope.example.org, made for the test."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", f"/CN={HOST}", "-keyout", key, "-out", cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def configure(folder, *, app_ports, http_port, https_port, var_dir, static_root, body=None):
    """Write nginx.conf and the site file under `folder`; returns nginx.conf's path.
    `body`: a file nginx serves at /same-bytes (the benchmark's static floor)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = certificate(folder)
    site = SITE.read_text()
    upstream = "".join(
        f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;\n" for port in app_ports
    )
    start = site.index("    server 10.0.0.11:8000")
    end = site.index("}", start)
    site = site[:start] + upstream + site[end:]
    for old, new in [
        ("listen [::]:80;", ""),
        ("listen [::]:443 ssl http2;", ""),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        (f"https://{HOST}$request_uri", f"https://{HOST}:{https_port}$request_uri"),
        (f"/etc/letsencrypt/live/{HOST}/fullchain.pem", str(cert)),
        (f"/etc/letsencrypt/live/{HOST}/privkey.pem", str(key)),
        ("/var/cache/nginx/hopeportal", str(folder / "cache")),
        ("/var/log/nginx/hopeportal.access.log", str(folder / "access.log")),
        ("/srv/hopeportal/var/static/", f"{static_root}/"),
        ("/srv/hopeportal/var/unavailable/", f"{Path(var_dir) / 'unavailable'}/"),
    ]:
        assert old in site, old
        site = site.replace(old, new)
    if body:
        site = site.replace(
            "    location / {",
            f"    location = /same-bytes {{ alias {body}; default_type text/html; }}\n\n"
            "    location / {",
            1,
        )
    (folder / "hopeportal.conf").write_text(site)
    main = folder / "nginx.conf"
    # Workers as the test's own user: they read and write under its temporary folder.
    main.write_text(MAIN.format(prefix=folder, user=getpass.getuser()))
    return main


def check(conf):
    """`nginx -t` on the configuration: (ok, nginx's output)."""
    result = subprocess.run(
        ["nginx", "-t", "-p", str(conf.parent), "-c", str(conf)], capture_output=True, text=True
    )
    return result.returncode == 0, result.stderr


@contextlib.contextmanager
def nginx(conf, port):
    """nginx in the foreground of its own process, once `port` answers; stopped
    when done."""
    process = subprocess.Popen(
        ["nginx", "-p", str(conf.parent), "-c", str(conf), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 10
    while True:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            break
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"nginx did not start: {process.stderr.read().decode()}")
        time.sleep(0.05)
    try:
        yield process
    finally:
        process.send_signal(signal.SIGQUIT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def available():
    return shutil.which("nginx") and shutil.which("openssl")


if __name__ == "__main__":
    # CI: `nginx -t` on deploy/'s site file, with a certificate made for the test.
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        conf = configure(
            folder / "nginx",
            app_ports=[8001, 8002],
            http_port=8080,
            https_port=8443,
            var_dir=folder,
            static_root=folder / "static",
        )
        ok, output = check(conf)
        print(output, end="")
        sys.exit(0 if ok else 1)
