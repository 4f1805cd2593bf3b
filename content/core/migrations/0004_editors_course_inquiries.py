from django.db import migrations

from content.core.editors import sync_editors_group


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_editors_checklist_and_situations"),
        ("courses", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
