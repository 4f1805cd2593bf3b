"""Sites whose seed content was loaded before series existed: give them the
seed's series and put their seeded figures in them, as a fresh install has.
The seed loader never changes a loaded item, so it cannot do this itself. A
fresh install (no seeded figures yet) is left to the seed. A figure an editor
deleted or already put in a series is left as it is."""

from django.db import migrations

from content.core.seed.content import SEED


def _series(key, apps, records):
    SeedRecord = apps.get_model("core", "SeedRecord")
    Series = apps.get_model("facts", "Series")
    if key in records:
        return Series.objects.filter(pk=records[key].object_id).first()
    fields = next((f for k, label, f in SEED if k == key and label == "facts.Series"), None)
    if fields is None:
        return None
    series = Series.objects.create(
        title=fields["title_nb"], description=fields.get("description_nb", ""), **fields
    )
    records[key] = SeedRecord.objects.create(key=key, model="facts.Series", object_id=series.pk)
    return series


def add_series(apps, schema_editor):
    SeedRecord = apps.get_model("core", "SeedRecord")
    Statistic = apps.get_model("facts", "Statistic")
    records = {r.key: r for r in SeedRecord.objects.all()}
    for key, label, fields in SEED:
        if label != "facts.Statistic" or "series" not in fields or key not in records:
            continue
        stat = Statistic.objects.filter(pk=records[key].object_id, series__isnull=True).first()
        series = stat and _series(fields["series"], apps, records)
        if series is not None:
            stat.series = series
            stat.series_order = fields["series_order"]
            stat.save(update_fields=["series", "series_order"])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_editors_course_inquiries"),
        ("facts", "0003_statistic_series"),
    ]

    operations = [migrations.RunPython(add_series, migrations.RunPython.noop)]
