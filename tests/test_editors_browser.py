"""The Bokmål admin has no English left on the pages an editor uses, and its
change lists fit a 1280 px screen.

How English is detected: every English string Django's admin, auth and forms
and this project's own catalogue can show (their msgids; placeholders such as
%(name)s match any text) is compared with every piece of text the page shows
or reads out: text nodes, and the title, aria-label, placeholder and button
value attributes. A piece that is one of those English strings (whole, not a
word inside a sentence) is reported. Strings the Bokmål catalogue leaves the
same ("OK", "ID", "Hope for Justice Norway" written the same) are not English
for this check. Content is Bokmål in the lists; English content fields are
form values, which are not read.
"""

import re
from pathlib import Path

import django
import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, User

from content.core.seed import load
from content.core.seed.content import SEED
from content.editorial.editors import GROUP, sync_editors_group
from content.myths.models import Myth
from tests.support import require_chromium

require_chromium()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DJANGO = Path(django.__file__).parent
CATALOGUES = [
    (
        DJANGO / f"{app}/locale/en/LC_MESSAGES/{domain}.po",
        DJANGO / f"{app}/locale/nb/LC_MESSAGES/{domain}.po",
    )
    for app in ("contrib/admin", "contrib/auth", "conf")
    for domain in ("django", "djangojs")
]
PROJECT = settings.BASE_DIR / "locale/nb/LC_MESSAGES/django.po"
PLACEHOLDER = re.compile(r"(%\(\w+\)[sdr]|%[sd]|\{\})")


def english_patterns():
    """Regexes for every English string the admin can show, minus those that
    read the same in Bokmål."""
    same_in_bokmal = set()
    ids = set()
    for english, bokmal in CATALOGUES:
        if not english.exists():
            continue
        for entry in polib.pofile(str(english)):
            ids.add(entry.msgid)
            if entry.msgid_plural:
                ids.add(entry.msgid_plural)
        if bokmal.exists():
            same_in_bokmal |= {e.msgid for e in polib.pofile(str(bokmal)) if e.msgstr == e.msgid}
    for entry in polib.pofile(str(PROJECT)):
        ids.add(entry.msgid)
        if entry.msgstr == entry.msgid:
            same_in_bokmal.add(entry.msgid)
    patterns = []
    for msgid in ids - same_in_bokmal:
        text = " ".join(re.sub(r"<[^>]+>", "", msgid).split())
        # One letter or none is no evidence of a language.
        if len(re.sub(PLACEHOLDER, "", text).strip(" .:,…-–")) < 2:
            continue
        # Numbers stand for numbers, anything else for any text.
        parts = [
            (r"\d+" if p.endswith("d") else ".+") if PLACEHOLDER.fullmatch(p) else re.escape(p)
            for p in PLACEHOLDER.split(text)
        ]
        patterns.append((msgid, re.compile("^" + "".join(parts) + "$")))
    return patterns


SHOWN_TEXT = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, textarea, svg')) continue;
    out.push(node.textContent);
  }
  const labelled = '[title], [aria-label], [placeholder], input[type=submit], input[type=button]';
  for (const el of document.querySelectorAll(labelled)) {
    for (const attr of ['title', 'aria-label', 'placeholder']) {
      if (el.getAttribute(attr)) out.push(el.getAttribute(attr));
    }
    if (el.matches('input[type=submit], input[type=button]')) out.push(el.value);
  }
  out.push(document.title);
  return out;
}"""


def english_on(page, patterns):
    found = set()
    for piece in page.evaluate(SHOWN_TEXT):
        piece = " ".join(piece.split())
        if not piece:
            continue
        for msgid, pattern in patterns:
            if pattern.match(piece):
                found.add(f"{piece!r} (Django/project msgid {msgid!r})")
    return sorted(found)


@pytest.fixture
def editor_page(browser, live_server):
    load(SEED)
    sync_editors_group(apps)
    User.objects.create_user("kari", password="a long pass phrase", is_staff=True).groups.add(
        Group.objects.get(name=GROUP)
    )
    context = browser.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "kari")
    page.fill("#id_password", "a long pass phrase")
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    yield page
    context.close()


def admin_pages():
    myth = Myth.objects.first()
    return [
        "/admin/",
        "/admin/myths/myth/",
        f"/admin/myths/myth/{myth.pk}/change/",
        "/admin/contacts/helpcontact/",
        "/admin/facts/statistic/",
        "/admin/sectors/case/",
        "/admin/core/page/",
        "/admin/courses/courseinquiry/",
    ]


def test_no_english_left_in_the_bokmal_admin(editor_page, live_server):
    patterns = english_patterns()
    report = {}
    for path in admin_pages():
        editor_page.goto(live_server.url + path)
        assert editor_page.locator("html").get_attribute("lang") == "nb"
        found = english_on(editor_page, patterns)
        if found:
            report[path] = found
    assert report == {}


def test_the_check_finds_english(editor_page, live_server):
    """The detector itself: an English admin shows what it would report."""
    patterns = english_patterns()
    editor_page.goto(live_server.url + "/admin/")
    assert english_on(editor_page, patterns) == []
    editor_page.evaluate("document.body.append('Start typing to filter…')")
    assert english_on(editor_page, patterns)


def test_change_lists_fit_1280_pixels(editor_page, live_server):
    from django.contrib import admin

    from content.editorial.editors import editable_models

    editable = set(editable_models())
    for model in admin.site._registry:
        if model not in editable:
            continue
        path = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        editor_page.goto(live_server.url + path)
        # Neither the page nor the table inside it scrolls sideways.
        overflow = editor_page.evaluate(
            """() => [document.documentElement, document.querySelector('#changelist .results')]
                .filter(Boolean)
                .map(el => el.scrollWidth - el.clientWidth)"""
        )
        assert max(overflow) <= 0, f"{path} scrolls sideways by {overflow}px"


def test_bokmal_beside_english_on_a_wide_screen(editor_page, live_server):
    myth = Myth.objects.first()
    editor_page.set_viewport_size({"width": 1600, "height": 900})
    editor_page.goto(f"{live_server.url}/admin/myths/myth/{myth.pk}/change/")
    nb = editor_page.locator(".form-row.field-myth_nb").bounding_box()
    en = editor_page.locator(".form-row.field-myth_en").bounding_box()
    assert abs(nb["y"] - en["y"]) < 2 and en["x"] > nb["x"] + nb["width"] - 1


def test_the_two_factor_login_is_bokmal(browser, live_server, settings):
    settings.ADMIN_2FA = True
    context = browser.new_context(locale="nb-NO")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "nobody")
    page.fill("#id_password", "wrong")
    page.click("input[type=submit]")
    assert page.locator("#id_otp_token").is_visible()
    assert english_on(page, english_patterns()) == []
    context.close()
