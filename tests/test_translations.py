"""Every interface string has its Bokmål translation, and the catalogue is current."""

import re
import shutil
import subprocess
import sys

from django.conf import settings

CATALOGUE = settings.BASE_DIR / "locale" / "nb" / "LC_MESSAGES" / "django.po"
SOURCES = ["manage.py", "hopeportal", "content", "templates", "locale"]


def msgids(po_text):
    entries = re.findall(r'^(?:msgctxt "(.*)"\n)?msgid "(.*)"', po_text, flags=re.M)
    return {entry for entry in entries if entry[1]}


def test_every_bokmal_string_is_translated():
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(CATALOGUE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


def test_catalogue_holds_every_string_in_the_code(tmp_path):
    """makemessages, run on a scratch copy, finds nothing the committed catalogue lacks."""
    for name in SOURCES:
        source = settings.BASE_DIR / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("*.mo"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "nb", "--no-obsolete", "-v", "0"],
        cwd=tmp_path,
        check=True,
    )
    fresh = msgids((tmp_path / "locale/nb/LC_MESSAGES/django.po").read_text())
    committed = msgids(CATALOGUE.read_text())
    assert fresh - committed == set()
