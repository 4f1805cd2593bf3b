from django.db import migrations

from content.core.editors import sync_editors_group


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_translation_stamps"),
        ("contacts", "0003_contact_changes"),
    ]

    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
