"""`manage.py backup` and `manage.py restore` (the backups app): a backup
restored into an empty database gives every item back, and restore never
loads over content. Against a real server: tests/test_publishing.py."""

import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

from content.core.models import Page, Publishable
from content.pagecache.middleware import content_version


def content_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if issubclass(model, Publishable)
    }


def test_a_backup_restored_into_an_empty_database_gives_every_item_back(
    seed, tmp_path, client, django_capture_on_commit_callbacks
):
    page = Page.objects.get(key="rights")
    page.title_nb = "Rettigheter, slik en redaktør skrev det"
    page.save()
    before = content_counts()
    path = tmp_path / "backup.json"
    call_command("backup", str(path), stdout=io.StringIO())
    # Children first (a case protects its form of exploitation).
    for model in reversed(apps.get_models()):
        if issubclass(model, Publishable):
            model.objects.all().delete()
    assert not any(content_counts().values())
    version = content_version()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("restore", str(path), stdout=io.StringIO())

    assert content_counts() == before
    assert content_version() != version, "cached pages would outlive the restore"
    assert "Rettigheter, slik en redaktør skrev det" in client.get(page.get_absolute_url()).text


def test_restore_refuses_a_database_that_holds_content(seed, tmp_path):
    path = tmp_path / "backup.json"
    call_command("backup", str(path), stdout=io.StringIO())
    with pytest.raises(CommandError, match="already holds content"):
        call_command("restore", str(path), stdout=io.StringIO())
