from django.db import migrations, models


def empty_index(apps, schema_editor):
    """The index is built from the content: the rows written before they had a
    group and a source are dropped, and `manage.py rebuild_search_index` (run
    after every migrate, see docs/deployment.md) writes them anew."""
    apps.get_model("search", "SearchEntry").objects.all().delete()
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DELETE FROM search_fulltext")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [
        migrations.RunPython(empty_index, migrations.RunPython.noop),
        migrations.AddField(
            model_name="searchentry",
            name="group",
            field=models.CharField(default="", max_length=100, verbose_name="group"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="searchentry",
            name="source",
            field=models.CharField(default="", max_length=200, verbose_name="item"),
            preserve_default=False,
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(fields=["group"], name="search_sear_group_5db8fd_idx"),
        ),
    ]
