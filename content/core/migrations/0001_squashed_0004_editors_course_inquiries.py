"""The core's first migration with the three empty ones after it (0002-0004:
they once made the editors group, which a post_migrate handler now keeps in
step) squashed away.

A database that has applied 0001-0004 counts this as applied; a new one
applies it. Migrations that depend on ("core", "0004_editors_course_inquiries")
(contacts 0003, facts 0004) are pointed at this one by Django's loader,
through `replaces`."""

from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("core", "0001_initial"),
        ("core", "0002_editors_group"),
        ("core", "0003_editors_checklist_and_situations"),
        ("core", "0004_editors_course_inquiries"),
    ]

    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SeedRecord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.CharField(max_length=100, unique=True, verbose_name="key")),
                ("model", models.CharField(max_length=100, verbose_name="model")),
                ("object_id", models.PositiveBigIntegerField(verbose_name="object ID")),
                ("loaded_at", models.DateTimeField(auto_now_add=True, verbose_name="loaded")),
            ],
            options={
                "verbose_name": "seed record",
                "verbose_name_plural": "seed records",
                "ordering": ["key"],
            },
        ),
    ]
