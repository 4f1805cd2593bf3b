"""Page and Section move from the pages app into the core, keeping their rows,
their history (django-reversion) and the editors' permissions.

A database made before the move has the tables pages_page and pages_section,
made by the pages app's old migration: they are renamed, and the content types
(which permissions, admin log entries and versions point to) move to "core".
A new database has no such tables: they are created here.
"""

import json

import django.db.models.deletion
from django.db import migrations, models

import content.core.registry

MODELS = ("page", "section")


def create_or_rename_tables(apps, schema_editor):
    tables = schema_editor.connection.introspection.table_names()
    for name in MODELS:
        model = apps.get_model("core", name)
        old, new = f"pages_{name}", model._meta.db_table
        if new in tables:
            continue
        if old in tables:
            schema_editor.alter_db_table(model, old, new)
        else:
            schema_editor.create_model(model)


def move_content_types(apps, schema_editor):
    db = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("reversion", "Version")
    for name in MODELS:
        old = ContentType.objects.using(db).filter(app_label="pages", model=name).first()
        if old is None or ContentType.objects.using(db).filter(app_label="core", model=name).exists():
            continue
        old.app_label = "core"
        old.save(update_fields=["app_label"])
        # Each version holds the item serialized with its model's label.
        for version in Version.objects.using(db).filter(content_type=old):
            data = json.loads(version.serialized_data)
            for item in data:
                item["model"] = f"core.{name}"
            version.serialized_data = json.dumps(data)
            version.save(update_fields=["serialized_data"])


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0001_squashed_0004_editors_course_inquiries"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
    ]

    operations = [
        # The tables are made or renamed by the next operation.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Page',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('is_published', models.BooleanField(default=True, help_text='Only published items are shown on the site.', verbose_name='published')),
                        ('sort_order', models.PositiveIntegerField(default=0, help_text='Lower numbers come first.', verbose_name='order')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('key', models.CharField(choices=content.core.registry.page_choices, max_length=40, unique=True, verbose_name='page')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('title_nb', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('title_en', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('lead', models.TextField(blank=True, help_text='One or two sentences shown under the title.', verbose_name='introduction')),
                        ('lead_nb', models.TextField(blank=True, help_text='One or two sentences shown under the title.', null=True, verbose_name='introduction')),
                        ('lead_en', models.TextField(blank=True, help_text='One or two sentences shown under the title.', null=True, verbose_name='introduction')),
                        ('body', models.TextField(blank=True, help_text='Separate paragraphs with an empty line.', verbose_name='text')),
                        ('body_nb', models.TextField(blank=True, help_text='Separate paragraphs with an empty line.', null=True, verbose_name='text')),
                        ('body_en', models.TextField(blank=True, help_text='Separate paragraphs with an empty line.', null=True, verbose_name='text')),
                    ],
                    options={
                        'verbose_name': 'page',
                        'verbose_name_plural': 'pages',
                        'ordering': ['sort_order', 'pk'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='Section',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('is_published', models.BooleanField(default=True, help_text='Only published items are shown on the site.', verbose_name='published')),
                        ('sort_order', models.PositiveIntegerField(default=0, help_text='Lower numbers come first.', verbose_name='order')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('title_nb', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('title_en', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('body', models.TextField(blank=True, help_text='Separate paragraphs with an empty line.', verbose_name='text')),
                        ('body_nb', models.TextField(blank=True, help_text='Separate paragraphs with an empty line.', null=True, verbose_name='text')),
                        ('body_en', models.TextField(blank=True, help_text='Separate paragraphs with an empty line.', null=True, verbose_name='text')),
                        ('items', models.TextField(blank=True, help_text='One list item per line. Leave empty for no list.', verbose_name='list')),
                        ('items_nb', models.TextField(blank=True, help_text='One list item per line. Leave empty for no list.', null=True, verbose_name='list')),
                        ('items_en', models.TextField(blank=True, help_text='One list item per line. Leave empty for no list.', null=True, verbose_name='list')),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sections', to='core.page', verbose_name='page')),
                    ],
                    options={
                        'verbose_name': 'section',
                        'verbose_name_plural': 'sections',
                        'ordering': ['sort_order', 'pk'],
                        'abstract': False,
                    },
                ),
            ],
        ),
        # With the models in the state, so that create_model knows them.
        migrations.RunPython(create_or_rename_tables, migrations.RunPython.noop),
        migrations.RunPython(move_content_types, migrations.RunPython.noop),
    ]
