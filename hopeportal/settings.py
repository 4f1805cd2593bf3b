"""One settings module for every environment, switched by environment variables.

Every variable is listed with its default in `.env.example` and the README.
"""

from pathlib import Path

import environ
from django.core.management.utils import get_random_secret_key
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"  # git-ignored: SQLite database, static files, local secret

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")


def _local_secret_key():
    """A random key kept in var/, so a local install works without configuration
    and all gunicorn workers share one key. Production sets DJANGO_SECRET_KEY."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(exist_ok=True)
        path.write_text(get_random_secret_key())
    return path.read_text().strip()


DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="") or _local_secret_key()
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Must come before django.contrib.admin.
    "modeltranslation",
    # Django
    # Django's admin, with our admin site (content/core/admin_site.py).
    "content.core.apps.HopeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # Third party
    "reversion",
    # Two-factor login for staff: authenticator app codes and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Local
    "content.core",
    "content.pages",
    "content.facts",
    "content.myths",
    "content.indicators",
    "content.sectors",
    "content.contacts",
    "content.courses",
    "content.search",
]

MIDDLEWARE = [
    # First, so a cached page is served without running the rest.
    "content.core.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "content.core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache_url("DJANGO_CACHE_URL", default="locmemcache://")}
# How long a rendered public page is served from the cache. Any change saved in
# the admin clears the page cache at once, so this only bounds stale data that
# arrives some other way (e.g. a shell).
PAGE_CACHE_SECONDS = env.int("DJANGO_PAGE_CACHE_SECONDS", default=600)

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
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)
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

# Course inquiries: who is e-mailed about a new one (comma-separated addresses;
# empty: nobody, they wait in the admin) and how long they are kept.
COURSE_INQUIRY_NOTIFY = env.list("DJANGO_COURSE_INQUIRY_NOTIFY", default=[])
COURSE_INQUIRY_RETENTION_MONTHS = env.int("DJANGO_COURSE_INQUIRY_RETENTION_MONTHS", default=12)

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

# Published in /.well-known/security.txt.
SECURITY_CONTACT = env.str("DJANGO_SECURITY_CONTACT", default="norge.info@hopeforjustice.org")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Django's request log would repeat paths with their query strings.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django.server": {"handlers": [], "propagate": False},
    },
}
