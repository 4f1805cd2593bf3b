import os

# Playwright's sync API runs an event loop in the test thread; without this Django
# refuses database access there ("SynchronousOnlyOperation"). Tests only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import translation

from content.core.seed import load
from content.core.seed.content import SEED
from tests.browser import launch_args

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load(SEED)


@pytest.fixture(autouse=True)
def _fresh_state():
    # Pages are cached whole; a test must never see another test's page.
    cache.clear()
    # A transactional test's flush recreates the content types, maybe with other
    # ids: a cached one (django-reversion's seed revision uses them) would then
    # point at nothing.
    ContentType.objects.clear_cache()
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def seed(db):
    """The seed content; loading is a no-op when it is there already."""
    load(SEED)


@pytest.fixture(params=LANGUAGES)
def language(request):
    with translation.override(request.param):
        yield request.param


@pytest.fixture(autouse=True)
def _static_files_without_collectstatic(settings):
    # Tests read static files from static/ directly: no collectstatic needed.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright starts Debian's Chromium, not a downloaded browser."""
    return {**launch_args(), **browser_type_launch_args}
