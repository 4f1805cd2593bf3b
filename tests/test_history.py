"""Editors see who changed what, and can restore an earlier or a deleted version."""

import pytest
from django.contrib.auth.models import Group, User
from reversion.models import Version

from content.myths.models import Myth


@pytest.fixture
def editor_client(client, seed):
    editor = User.objects.create_user("kari", password="pw", is_staff=True, first_name="Kari")
    editor.groups.add(Group.objects.get(name="editors"))
    client.force_login(editor)
    return client


def myth_form(myth, **changes):
    data = {
        "myth_nb": myth.myth_nb,
        "myth_en": myth.myth_en,
        "fact_nb": myth.fact_nb,
        "fact_en": myth.fact_en,
        "is_published": "on" if myth.is_published else "",
        "sort_order": myth.sort_order,
    }
    return {**data, **changes}


def test_seed_content_is_the_first_version(seed):
    myth = Myth.objects.first()
    versions = Version.objects.get_for_object(myth)
    assert versions.count() == 1
    assert versions[0].revision.get_comment() == "Seed content"


def test_history_shows_who_changed_what_and_restores_it(editor_client):
    myth = Myth.objects.first()
    original = myth.myth_nb
    url = f"/admin/myths/myth/{myth.pk}/change/"
    assert editor_client.post(url, myth_form(myth, myth_nb="Feil tekst")).status_code == 302

    history = editor_client.get(f"/admin/myths/myth/{myth.pk}/history/").content.decode()
    assert "kari" in history.lower()
    versions = Version.objects.get_for_object(myth)
    assert versions.count() == 2
    first = versions.last()  # newest first
    assert first.field_dict["myth_nb"] == original

    revert_url = f"/admin/myths/myth/{myth.pk}/history/{first.pk}/"
    assert editor_client.get(revert_url).status_code == 200
    response = editor_client.post(revert_url, myth_form(myth, myth_nb=original))
    assert response.status_code == 302
    myth.refresh_from_db()
    assert myth.myth_nb == original


def test_a_deleted_item_can_be_recovered(editor_client):
    myth = Myth.objects.first()
    pk, text = myth.pk, myth.myth_nb
    response = editor_client.post(f"/admin/myths/myth/{pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Myth.objects.filter(pk=pk).exists()

    recover_list = editor_client.get("/admin/myths/myth/recover/")
    assert recover_list.status_code == 200 and text[:40] in recover_list.content.decode()
    version = Version.objects.get_deleted(Myth).get(object_id=str(pk))
    response = editor_client.post(
        f"/admin/myths/myth/recover/{version.pk}/", myth_form(myth, myth_nb=text)
    )
    assert response.status_code == 302
    assert Myth.objects.get(pk=pk).myth_nb == text
