from django.db import migrations

from content.core.editors import sync_editors_group


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_editors_group"),
        ("indicators", "0002_guidance"),
        ("contacts", "0002_situation"),
    ]

    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
