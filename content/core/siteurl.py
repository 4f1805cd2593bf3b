"""Absolute addresses come from DJANGO_SITE_URL, never from a request's Host
header: a visitor who sends another Host (or a proxy that passes one on) must not
change the links every other visitor gets from a cached page."""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path):
    """`path` (starting with /) on the site's public address."""
    return settings.SITE_URL + path


def site_scheme():
    return urlsplit(settings.SITE_URL).scheme


def site_domain():
    return urlsplit(settings.SITE_URL).netloc
