from django.db import migrations

from content.core.editors import sync_editors_group


class Migration(migrations.Migration):
    """Editors may edit the guides and the help cards too."""

    dependencies = [
        ("core", "0004_editors_course_inquiries"),
        ("guides", "0001_role_guides"),
        ("contacts", "0003_help_cards"),
    ]

    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
