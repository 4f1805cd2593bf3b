import os

# Playwright's sync API runs an event loop in the test thread; without this Django
# refuses database access there ("SynchronousOnlyOperation"). Tests only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from content.core.seed import load
from content.core.seed.content import SEED
from tests.browser import launch_args

# Fixtures that start the site under gunicorn.
pytest_plugins = ["tests.servers"]

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# The page cache and the "temporarily unavailable" pages live under var/: the
# test run gets a var/ of its own (before any cache is opened), so it never
# touches a running site's.
settings.VAR_DIR = Path(tempfile.mkdtemp(prefix="hopeportal-test-var-"))
atexit.register(shutil.rmtree, settings.VAR_DIR, ignore_errors=True)
if settings.CACHES["pages"]["BACKEND"].endswith(("FileBasedCache", "PageFileCache")):
    settings.CACHES["pages"]["LOCATION"] = str(settings.VAR_DIR / "pages")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load(SEED)


@pytest.fixture(autouse=True)
def _fresh_state():
    # Pages are cached whole; a test must never see another test's page.
    for alias in settings.CACHES:
        caches[alias].clear()
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
