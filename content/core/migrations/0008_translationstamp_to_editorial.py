from django.db import migrations


class Migration(migrations.Migration):
    """TranslationStamp moved to the editorial app (its migration 0001 takes
    the table over, with its rows): here it leaves the core's state only."""

    dependencies = [("core", "0007_translation_stamps")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TranslationStamp")],
        )
    ]
