"""Loads the site's first content (`content.SEED`) without ever undoing an editor.

Each item is created once. Its key is then kept in SeedRecord for good, so a later
load skips it whether an editor has since changed it, unpublished it or deleted it.
"""

import reversion
from django.apps import apps
from django.db import transaction

from content.core.models import SeedRecord


def _resolve(model, fields, records):
    """Turn seed keys in foreign-key fields into objects; None if one is gone."""
    values = {}
    for name, value in fields.items():
        field = model._meta.get_field(name)
        if field.is_relation:
            record = records.get(value)
            value = record and field.related_model.objects.filter(pk=record.object_id).first()
            if value is None:
                return None
        values[name] = value
    return values


@transaction.atomic
@reversion.create_revision()
def load(seed):
    """Create every seed item never loaded before, as the first version in each
    item's history. Returns how many were created."""
    reversion.set_comment("Seed content")
    records = {r.key: r for r in SeedRecord.objects.all()}
    created = 0
    for key, label, fields in seed:
        if key in records:
            continue
        model = apps.get_model(label)
        values = _resolve(model, fields, records)
        if values is None:
            continue  # what it belongs to was deleted by an editor: leave it out
        obj = model.objects.create(**values)
        records[key] = SeedRecord.objects.create(key=key, model=label, object_id=obj.pk)
        created += 1
    return created
