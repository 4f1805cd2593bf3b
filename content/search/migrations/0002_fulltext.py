from django.db import migrations

# SQLite only: PostgreSQL searches the entries with its own text search.
# The words are stemmed in Python (content.search.fulltext) before they are
# written, so FTS5's tokenizer only splits them; it keeps æ, ø and å as they are.
CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fulltext USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 0')"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fulltext")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
