"""Loads the site's content (`content.SEED`) and brings later corrections of it
to a live site, without ever undoing an editor.

- An item never loaded is created, as the first version in its history, unless
  an item of an editor's already uses its slug or key: then it is skipped and
  the report says so.
- An item loaded before is updated to what the seed says now if nobody changed
  it since the seed wrote it: its values still equal those the seed wrote,
  kept in `SeedRecord.seeded` (for items loaded before that existed: the first
  version in the item's history). An item an editor changed is left as it is;
  what the seed would change is kept in `SeedRecord.pending` and reported, for
  an editor to review.
- An editor's order and publishing choices are kept either way, and an item an
  editor deleted stays deleted: its key stays in SeedRecord for good.
"""

import json
from dataclasses import dataclass, field

import reversion
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from content.core.models import SeedRecord

# An editor reordering or unpublishing an item has not rewritten it: a
# correction of its text still applies, and their order and choice stay.
EDITOR_CHOICES = {"sort_order", "is_published"}
NOT_CONTENT = {"id", "created_at", "updated_at"}


@dataclass
class Report:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    review: list = field(default_factory=list)  # (key, item, fields)
    skipped: list = field(default_factory=list)  # (key, reason)

    def lines(self):
        yield f"Seed content: {len(self.created)} new, {len(self.updated)} corrected."
        for key, reason in self.skipped:
            yield f"Skipped {key}: {reason}"
        if self.review:
            yield (
                f"{len(self.review)} item(s) changed by an editor were left as they are. "
                "The seed has corrections for them: review them in the admin "
                "(Seed records, filter “Not applied”)."
            )
            for key, item, fields in self.review:
                yield f"  {key} ({item}): {', '.join(fields)}"


def _snapshot(obj):
    """The item's content values by field name (a foreign key as its pk). A
    translated field counts by its per-language columns (name_nb, name_en)."""
    names = {f.name for f in obj._meta.concrete_fields}
    return {
        f.name: f.value_from_object(obj)
        for f in obj._meta.concrete_fields
        if f.name not in NOT_CONTENT
        and not f.primary_key
        and f"{f.name}_{settings.LANGUAGE_CODE}" not in names
    }


def _same(model, name, a, b):
    if a in (None, "") and b in (None, ""):
        return True
    db_field = model._meta.get_field(name)
    try:
        return db_field.to_python(a) == db_field.to_python(b)
    except ValidationError:
        return a == b


def _seed_values(model, fields, records):
    """The seed's values by field name, a foreign key (written as the seed key
    of the item it points to) as that item's pk; None if that item is gone."""
    values = {}
    for name, value in fields.items():
        db_field = model._meta.get_field(name)
        if db_field.is_relation:
            record = records.get(value)
            if record is None:
                return None
            if not db_field.related_model.objects.filter(pk=record.object_id).exists():
                return None
            value = record.object_id
        values[name] = value
    return values


def _baseline(record, obj):
    """What the seed last wrote into the item, or None if that is not known."""
    if record.seeded:
        return record.seeded
    # Loaded before the seed kept its values: the item's first version is the
    # seed's (a link row of a many-to-many field has no history of its own).
    if not reversion.is_registered(type(obj)):
        return None
    version = reversion.models.Version.objects.get_for_object(obj).order_by("pk").first()
    if version is None:
        return None
    return json.loads(version.serialized_data)[0]["fields"]


def _conflict(model, values, exclude_pk=None):
    """Why `values` cannot be saved: another item already has one of its unique
    values (an editor used the slug or key for an item of their own)."""
    for db_field in model._meta.concrete_fields:
        if not db_field.unique or db_field.primary_key or db_field.name not in values:
            continue
        value = values[db_field.name]
        if value in (None, ""):
            continue
        other = model.objects.filter(**{db_field.name: value}).exclude(pk=exclude_pk).first()
        if other is not None:
            return (
                f"its {db_field.name} “{value}” is already used by “{other}” "
                f"({model._meta.verbose_name} {other.pk}); that item is left as it is."
            )
    return None


def _assign(obj, values):
    for name, value in values.items():
        setattr(obj, obj._meta.get_field(name).attname, value)


def _create(model, key, values, report):
    reason = _conflict(model, values)
    if reason:
        report.skipped.append((key, reason))
        return None
    attnames = {model._meta.get_field(n).attname: v for n, v in values.items()}
    obj = model.objects.create(**attnames)
    report.created.append(key)
    return obj


def _update(model, key, record, values, report):
    # The seed's label, not the record's: a model may have moved to another app.
    obj = model.objects.filter(pk=record.object_id).first()
    if obj is None:
        return  # deleted by an editor: it stays deleted
    baseline = _baseline(record, obj)
    current = _snapshot(obj)
    changes = {n: v for n, v in values.items() if not _same(model, n, current.get(n), v)}
    if not changes:
        if record.pending is not None or record.seeded != _json(current):
            record.seeded, record.pending = _json(current), None
            record.save(update_fields=["seeded", "pending"])
        return

    def edited(name):
        return baseline is None or (
            name in baseline and not _same(model, name, current.get(name), baseline[name])
        )

    if any(edited(n) for n in values if n not in EDITOR_CHOICES):
        pending = _json(changes)
        if record.reviewed == pending:
            return  # an editor has seen this correction and kept their version
        if record.pending != pending:
            record.pending = pending
            record.save(update_fields=["pending"])
        report.review.append((key, str(obj), sorted(changes)))
        return
    kept = {n for n in changes if n in EDITOR_CHOICES and edited(n)}
    apply = {n: v for n, v in changes.items() if n not in kept}
    if not apply:
        return  # only the editor's own order or publishing differs: theirs to keep
    reason = _conflict(model, apply, exclude_pk=obj.pk)
    if reason:
        report.skipped.append((key, reason))
        return
    _assign(obj, apply)
    obj.save()
    seeded = _snapshot(obj)
    seeded.update({n: baseline[n] for n in kept})
    record.seeded, record.pending = _json(seeded), None
    record.save(update_fields=["seeded", "pending"])
    report.updated.append(key)


def _json(values):
    """As the JSON field stores it, so stored and fresh values compare equal."""
    from django.core.serializers.json import DjangoJSONEncoder

    return json.loads(json.dumps(values, cls=DjangoJSONEncoder))


@transaction.atomic
@reversion.create_revision()
def sync(seed):
    """Bring the seed into the database (see the module's docstring). Returns a Report."""
    reversion.set_comment("Seed content")
    records = {r.key: r for r in SeedRecord.objects.all()}
    report = Report()
    for key, label, fields in seed:
        model = apps.get_model(label)
        values = _seed_values(model, fields, records)
        if values is None:
            continue  # what it belongs to was deleted by an editor: leave it out
        record = records.get(key)
        if record is not None:
            _update(model, key, record, values, report)
            continue
        obj = _create(model, key, values, report)
        if obj is not None:
            records[key] = SeedRecord.objects.create(
                key=key, model=label, object_id=obj.pk, seeded=_json(_snapshot(obj))
            )
    return report


def load(seed):
    """Bring the seed into the database; returns how many items were created."""
    return len(sync(seed).created)
