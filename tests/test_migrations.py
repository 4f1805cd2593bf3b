"""A database made before Page and Section moved from the pages app into the
core keeps its pages, their history and the editors' permissions."""

import json

import pytest
import reversion
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from reversion.models import Version

from content.core.models import Page, Section
from content.core.seed import load
from content.core.seed.content import SEED

BEFORE = ("core", "0004_editors_course_inquiries")
MOVE = ("core", "0005_page_section")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])


def put_back_as_before_the_move():
    """The tables, content types and versions as the pages app had left them."""
    migrate(BEFORE)
    with connection.schema_editor() as editor:
        editor.alter_db_table(Section, "core_section", "pages_section")
        editor.alter_db_table(Page, "core_page", "pages_page")
    ContentType.objects.filter(app_label="core", model__in=["page", "section"]).update(
        app_label="pages"
    )
    for version in Version.objects.filter(content_type__app_label="pages"):
        data = json.loads(version.serialized_data)
        data[0]["model"] = data[0]["model"].replace("core.", "pages.")
        Version.objects.filter(pk=version.pk).update(serialized_data=json.dumps(data))
    ContentType.objects.clear_cache()


@pytest.fixture
def latest_schema_after():
    """Migrate every app forward again when the test ends: the tests after it
    (in a random order) need today's schema."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_move_keeps_pages_history_and_permissions(latest_schema_after):
    load(SEED)
    page = Page.objects.get(key="rights")
    seeded_title = page.title_nb
    with reversion.create_revision():
        page.title_nb = "Endret av en redaktør"
        page.save()
    pages, sections = Page.objects.count(), Section.objects.count()
    page_type = ContentType.objects.get_for_model(Page).pk
    put_back_as_before_the_move()
    assert "pages_page" in connection.introspection.table_names()

    migrate(MOVE)
    ContentType.objects.clear_cache()

    tables = connection.introspection.table_names()
    assert "core_page" in tables and "pages_page" not in tables
    assert (Page.objects.count(), Section.objects.count()) == (pages, sections)
    page = Page.objects.get(key="rights")
    assert page.title_nb == "Endret av en redaktør"
    assert page.sections.exists()
    # The same content type, so permissions and history still point to it.
    assert ContentType.objects.get_for_model(Page).pk == page_type
    editors = Group.objects.get(name="editors")
    assert editors.permissions.filter(codename="change_page").exists()
    versions = Version.objects.get_for_object(page)
    assert versions.count() == 2
    versions.last().revert()
    page.refresh_from_db()
    assert page.title_nb == seeded_title
