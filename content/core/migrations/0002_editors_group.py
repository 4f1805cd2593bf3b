from django.db import migrations


class Migration(migrations.Migration):
    """Once made the editors group; a post_migrate handler keeps it in step now
    (content.core.editors), so this does nothing and depends on no other app."""

    dependencies = [("core", "0001_initial")]

    operations = []
