"""gunicorn settings for `make run` and production. Override with GUNICORN_CMD_ARGS."""

import multiprocessing
import os

workers = int(os.environ.get("WEB_CONCURRENCY") or min(4, multiprocessing.cpu_count() * 2))
# gunicorn 27 opens one control socket per user by default; two servers (the
# site and the benchmark) would collide on it.
control_socket_disable = True
accesslog = "-"
# The path without its query string, and no client address: visitors' searches
# and where they come from are not ours to keep.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
