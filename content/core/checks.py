import ipaddress
import os
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def site_url_check(app_configs, **kwargs):
    """Canonical links, the sitemap and e-mails use DJANGO_SITE_URL: behind TLS it
    must be the https:// address, with no path."""
    url = urlsplit(settings.SITE_URL)
    errors = []
    if settings.HTTPS and url.scheme != "https":
        errors.append(
            Error(
                "DJANGO_SITE_URL must start with https:// when DJANGO_HTTPS is true.",
                id="hopeportal.E001",
            )
        )
    if url.path or not url.netloc:
        errors.append(
            Error(
                "DJANGO_SITE_URL must be the site's address without a path, "
                "e.g. https://hope.example.org",
                id="hopeportal.E002",
            )
        )
    return errors


@register(Tags.security, deploy=True)
def site_url_set_check(app_configs, **kwargs):
    """`make run` builds its own address from HOST and PORT; a public server must
    say which address it has."""
    if settings.SITE_URL_FROM_ENV:
        return []
    return [
        Error(
            "DJANGO_SITE_URL is not set: set it to the site's public address, "
            "e.g. https://hope.example.org",
            id="hopeportal.E003",
        )
    ]


@register(Tags.security)
def trusted_proxies_check(app_configs, **kwargs):
    """Every entry of DJANGO_TRUSTED_PROXIES is an address or a network."""
    errors = []
    for entry in settings.TRUSTED_PROXIES:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            errors.append(
                Error(
                    f"DJANGO_TRUSTED_PROXIES: {entry!r} is not an address or a network "
                    "(e.g. 10.0.0.5 or 10.0.0.0/24).",
                    id="hopeportal.E004",
                )
            )
    return errors


@register(Tags.security, deploy=True)
def forwarded_proto_check(app_configs, **kwargs):
    """Behind a proxy under HTTPS, gunicorn must believe the proxy's
    X-Forwarded-Proto, or every request looks like plain HTTP and the site
    redirects to itself forever."""
    if settings.HTTPS and settings.TRUSTED_PROXIES and not os.environ.get("FORWARDED_ALLOW_IPS"):
        return [
            Warning(
                "DJANGO_TRUSTED_PROXIES is set under DJANGO_HTTPS=true but FORWARDED_ALLOW_IPS "
                "is empty: gunicorn will not believe the proxy's X-Forwarded-Proto and the "
                "site will redirect to itself. Set FORWARDED_ALLOW_IPS to the proxy's address.",
                id="hopeportal.W005",
            )
        ]
    return []
