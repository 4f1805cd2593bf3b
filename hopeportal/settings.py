"""One settings module for every environment, switched by environment variables.

Every variable is listed with its default in `.env.example` and docs/operations.md.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.management.utils import get_random_secret_key
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

# Git-ignored: SQLite database, page cache, the pages shown while the database is
# down, static files, local secret. All processes of one install share it.
VAR_DIR = Path(env.str("DJANGO_VAR_DIR", default="") or BASE_DIR / "var")


def _local_secret_key():
    """A random key kept in var/, so a local install works without configuration
    and all gunicorn workers share one key. Production sets DJANGO_SECRET_KEY."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(get_random_secret_key())
    return path.read_text().strip()


DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="") or _local_secret_key()
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
# The site's public address: every absolute URL (canonical, hreflang, sitemap,
# robots.txt, security.txt, e-mails) is built from it, never from a request's Host.
# Unset, it is the address `make run` serves on (HOPEPORTAL_LOCAL_URL, from its
# HOST and PORT); `check --deploy` fails without it.
SITE_URL_FROM_ENV = bool(env.str("DJANGO_SITE_URL", default=""))
SITE_URL = (
    env.str("DJANGO_SITE_URL", default="")
    or env.str("HOPEPORTAL_LOCAL_URL", default="")
    or "http://127.0.0.1:8000"
).rstrip("/")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Must come before django.contrib.admin.
    "modeltranslation",
    # Django
    # Django's admin, with our admin site (hopeportal/admin_site.py).
    "hopeportal.apps.HopeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # Third party
    "reversion",
    "axes",
    # Two-factor login for staff: authenticator app codes and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Local, in the layers of the dependency graph (pyproject.toml,
    # [tool.hopeportal.layering]). The base content builds on:
    "content.core",
    # Platform apps: cross-cutting machinery.
    "content.pagecache",
    "content.availability",
    "content.accounts",
    "content.editorial",
    "content.backups",
    # Content apps. Search results list the kinds of content in this order.
    "content.pages",
    "content.sectors",
    "content.myths",
    "content.indicators",
    "content.facts",
    "content.contacts",
    "content.guides",
    "content.workcheck",
    "content.courses",
    "content.search",
]

MIDDLEWARE = [
    # The HTTPS redirect comes before the page cache, and the page cache checks
    # the host itself: a cached page never answers a request Django would refuse.
    "django.middleware.security.SecurityMiddleware",
    "content.pagecache.middleware.PageCacheMiddleware",
    # A repeated search, from the cache (the page cache leaves query strings alone).
    "content.search.middleware.SearchCacheMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "content.core.middleware.SecurityHeadersMiddleware",
    "content.availability.middleware.DatabaseUnavailableMiddleware",
    # whitenoise, with an ETag of its own for each encoding of a file.
    "content.core.static.StaticFilesMiddleware",
    # Before sessions and CSRF: a locked-out login attempt costs a lookup, not a page.
    "content.accounts.lockout.LoginLockoutMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns the failure that locks an account or a
    # client out into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hopeportal.urls"
WSGI_APPLICATION = "hopeportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "content.core.context_processors.site",
                "content.contacts.context_processors.help_contacts",
                "content.pagecache.context_processors.version",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
# A pooled connection is checked before a request reuses it: one cut off by the
# request deadline (content.availability.middleware) after the last query of the
# previous request is replaced, instead of failing the next visitor.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A database that is down or hung costs a visitor seconds, not the site: connecting
# (and on PostgreSQL each statement of a web request) gives up after this many
# seconds, and the visitor gets the "temporarily unavailable" page.
DB_TIMEOUT = env.int("DJANGO_DB_TIMEOUT", default=3)
# On PostgreSQL; SQLite cannot hang that way, and its writers wait for the lock.
DB_REQUEST_DEADLINE = DB_TIMEOUT + 1
# The check of a kept connection (one query) before a request uses it: a server
# that does not answer it is taken as down, and the request connects afresh
# (at most DB_TIMEOUT). Together they stay under 5 seconds.
DB_HEALTH_CHECK_SECONDS = 1
# After a failure, each worker answers 503 at once for this many seconds before
# trying the database again, so a hung database does not hold every worker.
DB_RETRY_SECONDS = env.int("DJANGO_DB_RETRY_SECONDS", default=5)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets visitors read while an editor writes; IMMEDIATE takes the write
    # lock at the start of a transaction, so concurrent writers wait (up to the
    # busy timeout) instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": env.int("DJANGO_SQLITE_BUSY_TIMEOUT", default=20),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    DB_REQUEST_DEADLINE = None
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = DB_TIMEOUT
    if env.bool("HOPEPORTAL_SERVING", default=False):  # set by hopeportal/wsgi.py
        DATABASES["default"]["OPTIONS"]["options"] = f"-c statement_timeout={DB_TIMEOUT * 1000}"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# How long a rendered public page is kept in the page cache. Any saved change to
# the content shows at once anyway (content.pagecache): this only bounds
# how long old entries take up room.
PAGE_CACHE_SECONDS = env.int("DJANGO_PAGE_CACHE_SECONDS", default=600)
CACHES = {
    "default": env.cache_url("DJANGO_CACHE_URL", default="locmemcache://"),
    # Rendered pages and the content version stamp, apart from everything else.
    # The default is shared by every process on this machine; several app
    # servers point it at one Redis (see docs/operations.md).
    "pages": {
        **(
            env.cache_url("DJANGO_PAGE_CACHE_URL")
            if env.str("DJANGO_PAGE_CACHE_URL", default="")
            else {
                "BACKEND": "content.pagecache.filecache.PageFileCache",
                "LOCATION": VAR_DIR / "pages",
            }
        ),
        "TIMEOUT": PAGE_CACHE_SECONDS,
        "KEY_PREFIX": "hp-pages",
        # Bounds the files under var/pages/: every edit leaves the old pages to expire.
        "max_entries": 2000,
    },
}
# How long a CDN or proxy in front may serve a page without asking again
# (Cache-Control s-maxage); browsers always revalidate (ETag, 304).
CDN_CACHE_SECONDS = env.int("DJANGO_CDN_CACHE_SECONDS", default=60)

_email = env.email_url("DJANGO_EMAIL_URL", default="consolemail://")
_smtp = {
    "host": _email.get("EMAIL_HOST"),
    "port": _email.get("EMAIL_PORT"),
    "username": _email.get("EMAIL_HOST_USER"),
    "password": _email.get("EMAIL_HOST_PASSWORD"),
    "use_tls": _email.get("EMAIL_USE_TLS"),
    "use_ssl": _email.get("EMAIL_USE_SSL"),
}
MAILERS = {
    "default": {
        "BACKEND": _email["EMAIL_BACKEND"],
        "OPTIONS": {k: v for k, v in _smtp.items() if v}
        if "smtp" in _email["EMAIL_BACKEND"]
        else {},
    }
}
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who is e-mailed about a server error (e.g. "Web team <web@example.org>",
# comma-separated; empty: nobody). The mail holds the traceback only.
ADMINS = env.list("DJANGO_ADMINS", default=[])
# An error tracker (sentry-sdk) when set; it gets no address, cookie, query
# string or form field (content.core.logs.scrub_event). Off by default.
SENTRY_DSN = env.str("SENTRY_DSN", default="")
if SENTRY_DSN:
    from content.core.logs import init_error_tracker

    init_error_tracker(SENTRY_DSN, env.str("SENTRY_ENVIRONMENT", default=""))

# django-axes first: a locked-out account or client is refused before any
# password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Bokmål is the default and has no URL prefix. Adding a language is
# a line here, a migration (`makemigrations`) and a message catalogue.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", _("Norwegian Bokmål")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates as "29 November 2026" (Django's English is American: "Nov. 29, 2026").
FORMAT_MODULE_PATH = ["content.core.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Oslo"
MODELTRANSLATION_DEFAULT_LANGUAGE = "nb"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("nb",)

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=VAR_DIR / "static")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Security. DJANGO_HTTPS=true behind TLS in production turns on HTTPS redirects,
# secure cookies and HSTS; it stays off for `make run` on plain http://127.0.0.1.
HTTPS = env.bool("DJANGO_HTTPS", default=False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 63072000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
if env.bool("DJANGO_BEHIND_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
# A visitor's path through a trafficking help site is nobody else's business:
# no referrer ever goes to another site. Within the site the browser sends it,
# as forms need their origin (with "no-referrer" a browser sends "Origin: null",
# which Django's CSRF check refuses: no admin login, no course inquiry).
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_SAMESITE = "Strict"
# The course form's CSRF cookie is a browser-session cookie: a trace of this
# site should not stay in a browser for a year (Django's default).
CSRF_COOKIE_AGE = None
# Features this site never uses, switched off. Only features browsers still
# support: the retired FLoC and Topics opt-outs (interest-cohort,
# browsing-topics) are gone; the CSP lets no script that could use them run.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

# Addresses or networks of the proxies in front (e.g. 127.0.0.1,10.0.0.0/24).
# A request from one of them is counted as the first address in X-Forwarded-For,
# read from the right, that is not one of them; with none, the connection's
# address is the client's. The login lockout and the course form's throttle
# count per client; they only ever keep a keyed hash of the address
# (content.accounts.clients).
TRUSTED_PROXIES = env.list("DJANGO_TRUSTED_PROXIES", default=[])

# Admin login lockout (django-axes). After LOGIN_FAILURE_LIMIT failed logins
# for one account, or from one client, further attempts for that account or
# from that client are refused for LOGIN_COOLOFF_MINUTES after the last failure.
# The state is in the database (Access attempts in the admin); `manage.py
# axes_reset` or deleting the attempt in the admin lifts a lock.
AXES_FAILURE_LIMIT = env.int("DJANGO_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("DJANGO_LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# The "IP address" axes keeps is a keyed hash of it, shaped as an IPv6 address.
AXES_CLIENT_IP_CALLABLE = "content.accounts.lockout.client_pseudonym"
# Log lines name neither the account nor the client.
AXES_CLIENT_STR_CALLABLE = "content.accounts.lockout.client_str"
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "content.accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
# Attempts refused during a lockout are not recorded: a flood writes nothing.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# No log of successful logins: the lockout needs only the failures.
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "csrfmiddlewaretoken", "otp_token"]
# A refused login is answered after this many seconds, so a client that keeps
# trying gets about one answer a second per connection instead of thousands,
# and a flood cannot crowd out the public pages. The wait holds a gunicorn
# thread, not the CPU; at most LOGIN_REFUSALS_WAITING refusals wait at once in
# a worker process (keep it under its threads), the rest are answered at once.
# Only under a threaded server (gunicorn.conf.py: gthread): a sync worker would
# wait whole.
LOGIN_REFUSAL_DELAY = env.float("DJANGO_LOGIN_REFUSAL_DELAY", default=1.0)
LOGIN_REFUSALS_WAITING = env.int("DJANGO_LOGIN_REFUSALS_WAITING", default=4)

# What `manage.py backup` leaves out: what `migrate` makes, sessions, and the
# search index (rebuilt from the content on restore), and login lockouts.
BACKUP_EXCLUDE = ["contenttypes", "auth.permission", "sessions", "search", "axes"]

# Course inquiries: who is e-mailed about a new one (comma-separated addresses;
# empty: nobody, they wait in the admin) and how long they are kept.
COURSE_INQUIRY_NOTIFY = env.list("DJANGO_COURSE_INQUIRY_NOTIFY", default=[])
COURSE_INQUIRY_RETENTION_MONTHS = env.int("DJANGO_COURSE_INQUIRY_RETENTION_MONTHS", default=12)
# Inquiries one client may send an hour; past it, a calm message and nothing saved.
COURSE_INQUIRY_LIMIT_PER_HOUR = env.int("DJANGO_COURSE_INQUIRY_LIMIT_PER_HOUR", default=5)

# Staff log in to the admin with a second factor (django-otp: an authenticator
# app, or a recovery code) when this is on; on by default behind HTTPS.
ADMIN_2FA = env.bool("DJANGO_ADMIN_2FA", default=HTTPS)
# The issuer name authenticator apps show next to the code.
OTP_TOTP_ISSUER = "Hope for Justice Norway"

# Who is e-mailed when a help contact changes (comma-separated addresses; the
# change also shows on the admin's front page for a week).
STAFF_ALERT_EMAILS = env.list("DJANGO_STAFF_ALERT_EMAILS", default=[])

# Where the quick exit sends a visitor: a neutral site that draws no attention.
QUICK_EXIT_URL = env.str("DJANGO_QUICK_EXIT_URL", default="https://www.yr.no/")

# Contacts and figures last checked longer ago than this are listed in the
# admin as due for a check.
CHECK_INTERVAL_MONTHS = env.int("DJANGO_CHECK_INTERVAL_MONTHS", default=6)

# The licence the statistics are published under as open data (CSV and JSON).
DATA_LICENCE = env.str("DJANGO_DATA_LICENCE", default="CC BY 4.0")
# Its text, linked from the data package (datapackage.json) beside the data.
DATA_LICENCE_URL = env.str(
    "DJANGO_DATA_LICENCE_URL", default="https://creativecommons.org/licenses/by/4.0/"
)

# Published in /.well-known/security.txt.
SECURITY_CONTACT = env.str("DJANGO_SECURITY_CONTACT", default="norge.info@hopeforjustice.org")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "one_line": {"()": "content.core.logs.OneLine"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "console_one_line": {"class": "logging.StreamHandler", "filters": ["one_line"]},
        # DJANGO_ADMINS get an e-mail about each server error (without the
        # request's data: see content.core.logs.PrivateAdminEmailHandler).
        "mail_admins": {
            "class": "content.core.logs.PrivateAdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # A request for a host the site does not serve is common and harmless:
        # one line, not a traceback.
        "django.security.DisallowedHost": {
            "handlers": ["console_one_line"],
            "level": "ERROR",
            "propagate": False,
        },
        # Django's request log would repeat paths with their query strings.
        "django.request": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
        "django.server": {"handlers": [], "propagate": False},
    },
}
