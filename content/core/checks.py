from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register


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
