"""Reads the seed content from the data files each app owns.

Every installed app of the project may have a `seed/` folder of YAML files
(sub-folders too, e.g. one file per help card language). A file is a list of
items:

    - key: myth-border          # the item's seed key, unique across the site
      model: Myth               # a model of the app that owns the file
      fields:
        statement_nb: ...
        statement_en: ...
        sector: sector-forced-labour   # a foreign key names another item's key

Items are loaded so that an item comes after every item its foreign keys name,
otherwise in the order of INSTALLED_APPS, file path and place in the file.
"""

from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured

SEED_DIR = "seed"


def seed_files(app_config):
    """The app's seed data files, in path order."""
    folder = Path(app_config.path) / SEED_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.yaml") if p.is_file())


def _read_file(app_config, path):
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        raise ImproperlyConfigured(f"{path}: not valid YAML: {error}") from error
    if not isinstance(items, list):
        raise ImproperlyConfigured(f"{path}: a seed file is a list of items")
    entries = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or set(item) != {"key", "model", "fields"}:
            raise ImproperlyConfigured(
                f"{path}, item {number}: an item has exactly key, model and fields"
            )
        label = f"{app_config.label}.{item['model']}"
        try:
            model = apps.get_model(label)
        except LookupError as error:
            raise ImproperlyConfigured(
                f"{path}, item {number}: {app_config.label} has no model {item['model']}"
            ) from error
        for name in item["fields"] or {}:
            try:
                model._meta.get_field(name)
            except FieldDoesNotExist as error:
                raise ImproperlyConfigured(
                    f"{path}, item {number} ({item['key']}): {item['model']} has no field {name}"
                ) from error
        entries.append((str(item["key"]), label, dict(item["fields"] or {})))
    return entries


def _dependencies(label, fields, keys):
    model = apps.get_model(label)
    for name, value in fields.items():
        if model._meta.get_field(name).is_relation and value in keys:
            yield value


def _in_load_order(entries):
    """Each entry after the entries its foreign keys name; otherwise as read."""
    by_key = {}
    for entry in entries:
        if entry[0] in by_key:
            raise ImproperlyConfigured(f"Seed key {entry[0]!r} is used twice")
        by_key[entry[0]] = entry
    ordered, placed, visiting = [], set(), set()

    def place(entry):
        key = entry[0]
        if key in placed:
            return
        if key in visiting:
            raise ImproperlyConfigured(f"Seed item {key!r} depends on itself")
        visiting.add(key)
        for dependency in _dependencies(entry[1], entry[2], by_key):
            place(by_key[dependency])
        visiting.discard(key)
        placed.add(key)
        ordered.append(entry)

    for entry in entries:
        place(entry)
    return ordered


def read_all():
    """Every app's seed items as (key, model label, fields), in load order."""
    project = Path(settings.BASE_DIR)
    entries = []
    for app_config in apps.get_app_configs():
        if project not in Path(app_config.path).parents:
            continue
        for path in seed_files(app_config):
            entries.extend(_read_file(app_config, path))
    return _in_load_order(entries)
