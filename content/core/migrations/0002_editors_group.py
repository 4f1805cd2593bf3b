from django.db import migrations

from content.core.editors import sync_editors_group


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0001_initial"),
        ("facts", "0001_initial"),
        ("myths", "0001_initial"),
        ("indicators", "0001_initial"),
        ("sectors", "0001_initial"),
        ("contacts", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
