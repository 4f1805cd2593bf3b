from django.db import migrations


class Migration(migrations.Migration):
    """Kept so the migration history stays a chain; see 0002."""

    dependencies = [("core", "0002_editors_group")]

    operations = []
