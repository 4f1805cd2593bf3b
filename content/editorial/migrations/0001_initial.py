"""TranslationStamp moves here from the core, keeping its rows.

The model takes over the table core 0007 made (first in the state only, under
its old name), then the table is renamed to this app's name, and the content
type (which permissions point to) moves with it. A new database runs the
same steps: core 0007 makes the table, this migration renames it."""

from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    types = ContentType.objects.using(db)
    if not types.filter(app_label="editorial", model="translationstamp").exists():
        types.filter(app_label="core", model="translationstamp").update(app_label="editorial")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    types = ContentType.objects.using(db)
    if not types.filter(app_label="core", model="translationstamp").exists():
        types.filter(app_label="editorial", model="translationstamp").update(app_label="core")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("core", "0007_translation_stamps"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TranslationStamp",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("model", models.CharField(max_length=100, verbose_name="model")),
                        ("object_id", models.PositiveBigIntegerField(verbose_name="object ID")),
                        ("language", models.CharField(max_length=10, verbose_name="language")),
                        ("changed_at", models.DateTimeField(verbose_name="text changed")),
                    ],
                    options={
                        "verbose_name": "translation stamp",
                        "verbose_name_plural": "translation stamps",
                        "ordering": ["model", "object_id", "language"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("model", "object_id", "language"),
                                name="one_stamp_per_language",
                            )
                        ],
                        "db_table": "core_translationstamp",
                    },
                ),
            ],
        ),
        # The table gets this app's name (editorial_translationstamp).
        migrations.AlterModelTable(name="translationstamp", table=None),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
