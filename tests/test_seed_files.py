"""The seed content lives in each app's data files (content/<app>/seed/*.yaml):
what a reviewer edits there is what loads, and a broken file says where."""

from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from content.core.seed import files
from content.core.seed.files import read_all


@pytest.fixture
def only(monkeypatch, tmp_path):
    """Read only the given app's files, from tmp_path."""

    def use(label, texts):
        folder = tmp_path / label / files.SEED_DIR
        for name, text in texts.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
        config = apps.get_app_config(label)
        monkeypatch.setattr(
            files,
            "seed_files",
            lambda c: sorted(folder.rglob("*.yaml")) if c is config else [],
        )

    return use


def test_every_app_owns_its_content():
    """No item is loaded from another app's folder, and no content is Python."""
    for key, label, _fields in read_all():
        assert "." in label, key
    for config in apps.get_app_configs():
        for path in files.seed_files(config):
            for item in yaml.safe_load(path.read_text(encoding="utf-8")):
                assert "." not in item["model"], f"{path}: {item['model']} names another app"
    core = Path(apps.get_app_config("core").path) / "seed"
    assert not [
        p for p in core.glob("*.py") if p.name not in {"__init__.py", "files.py", "content.py"}
    ]


def test_a_help_card_is_one_file_per_language():
    config = apps.get_app_config("contacts")
    cards = {p.stem for p in files.seed_files(config) if p.parent.name == "cards"}
    assert {"en", "pl", "ro", "lt", "bg", "uk", "vi", "es"} <= cards


def test_items_load_after_what_they_point_to(only):
    only(
        "sectors",
        {
            "a.yaml": (
                "- key: case-x\n  model: Case\n  fields:\n    sector: sector-x\n    title_nb: X\n"
            ),
            "b.yaml": "- key: sector-x\n  model: Sector\n  fields:\n    name_nb: S\n",
        },
    )
    assert [key for key, _label, _fields in read_all()] == ["sector-x", "case-x"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- key: a\n  model: Nope\n  fields: {}\n", "sectors has no model Nope"),
        ("- key: a\n  model: Sector\n", "exactly key, model and fields"),
        ("key: a\n", "a list of items"),
        ("- {key: a, model: Sector, fields: {nme_nb: S}}\n", "Sector has no field nme_nb"),
        ("- key: a\n  model: [Sector\n", "not valid YAML"),
        (
            "- {key: a, model: Sector, fields: {}}\n- {key: a, model: Sector, fields: {}}\n",
            "used twice",
        ),
    ],
)
def test_a_broken_file_says_where(only, text, message):
    only("sectors", {"broken.yaml": text})
    with pytest.raises(ImproperlyConfigured, match=message):
        read_all()
