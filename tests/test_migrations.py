"""Databases made before a model moved keep its rows, history and permissions:
Page and Section (pages app -> core), TranslationStamp (core -> editorial).
One made before core 0001-0004 were squashed needs no migration for it."""

import json

import pytest
import reversion
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from reversion.models import Version

from content.core.models import Page, Section
from content.core.seed import load
from content.core.seed.content import SEED
from content.editorial.models import TranslationStamp

BEFORE = ("core", "0001_squashed_0004_editors_course_inquiries")
MOVE = ("core", "0005_page_section")
REPLACED = [
    "0001_initial",
    "0002_editors_group",
    "0003_editors_checklist_and_situations",
    "0004_editors_course_inquiries",
]


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])


@pytest.fixture(autouse=True)
def _fully_migrated_after():
    # A test here leaves the database at an old migration: every later test
    # needs all of them.
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


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


@pytest.mark.django_db(transaction=True)
def test_translation_stamps_move_to_the_editorial_app_with_their_rows():
    load(SEED)
    stamps = sorted(TranslationStamp.objects.values_list("model", "object_id", "language"))
    assert stamps
    stamp_type = ContentType.objects.get_for_model(TranslationStamp).pk
    migrate(("editorial", None))  # as before the move: the core's table
    ContentType.objects.clear_cache()
    tables = connection.introspection.table_names()
    assert "core_translationstamp" in tables and "editorial_translationstamp" not in tables
    assert ContentType.objects.filter(app_label="core", model="translationstamp").exists()

    migrate(("editorial", "0001_initial"))
    ContentType.objects.clear_cache()

    tables = connection.introspection.table_names()
    assert "editorial_translationstamp" in tables and "core_translationstamp" not in tables
    assert sorted(TranslationStamp.objects.values_list("model", "object_id", "language")) == stamps
    assert ContentType.objects.get_for_model(TranslationStamp).pk == stamp_type


@pytest.mark.django_db(transaction=True)
def test_a_database_with_the_empty_core_migrations_applied_needs_nothing_more():
    # An existing install recorded core 0001-0004 one by one, never the squash.
    recorder = MigrationRecorder(connection)
    recorder.record_unapplied("core", "0001_squashed_0004_editors_course_inquiries")
    for name in REPLACED:
        recorder.record_applied("core", name)
    executor = MigrationExecutor(connection)
    assert ("core", "0001_squashed_0004_editors_course_inquiries") in (
        executor.loader.applied_migrations
    )
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
    # Migrations of other apps that name 0004 hang on the squash now.
    contacts = executor.loader.graph.node_map[("contacts", "0003_helpcontact_key_and_last_checked")]
    assert ("core", "0001_squashed_0004_editors_course_inquiries") in {
        parent.key for parent in contacts.parents
    }
