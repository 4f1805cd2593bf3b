"""Editors log in and save through the real admin forms in a browser, where the
referrer policy and the CSRF check meet (the test client sends no Origin)."""

import pytest
from django.contrib.auth.models import Group, User

from content.core.seed import load
from content.core.seed.content import SEED
from content.myths.models import Myth
from tests.support import require_chromium

require_chromium()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_logs_in_and_saves_a_change(browser, live_server):
    load(SEED)
    editor = User.objects.create_user("kari", password="a long pass phrase", is_staff=True)
    editor.groups.add(Group.objects.get(name="editors"))
    myth = Myth.objects.first()
    page = browser.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "kari")
    page.fill("#id_password", "a long pass phrase")
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    page.goto(f"{live_server.url}/admin/myths/myth/{myth.pk}/change/")
    page.fill("#id_myth_en", "A myth, edited in the browser")
    page.click("input[name=_save]")
    page.wait_for_url(live_server.url + "/admin/myths/myth/")
    myth.refresh_from_db()
    assert myth.myth_en == "A myth, edited in the browser"
    page.close()
