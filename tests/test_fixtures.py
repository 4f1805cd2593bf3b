"""The test run's own set-up does what the site's does."""

from django.conf import settings

from tests import conftest


def test_the_seed_fixture_writes_the_503_pages(django_db_setup, django_db_blocker):
    """As `manage.py seed` does: the page shown while the database is down, in
    every language, with the help numbers."""
    folder = settings.VAR_DIR / "unavailable"
    for written in folder.glob("*.html"):
        written.unlink()
    conftest._seed["loaded"] = False
    conftest._load_seed_once(django_db_blocker)
    for code, _name in settings.LANGUAGES:
        html = (folder / f"{code}.html").read_text(encoding="utf-8")
        assert f'<html lang="{code}"' in html and 'href="tel:112"' in html
