from django.db import migrations

from content.core.editors import sync_editors_group


class Migration(migrations.Migration):
    """Editors may edit chart series (facts.Series) too."""

    dependencies = [
        ("core", "0004_editors_course_inquiries"),
        ("facts", "0002_statistic_series"),
    ]

    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
