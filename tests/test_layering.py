"""The layering the README describes, read from every module's imports:

- content/core imports no content app;
- a content app imports only core (and Django and libraries), never another app;
- nothing imports the project package `hopeportal` but its entry points
  (manage.py and hopeportal/wsgi.py name the settings by DJANGO_SETTINGS_MODULE);
- tests never import the scripts (scripts use the tests' support module).

Imports inside functions count too. A failure names the file and line.
"""

import ast
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", ".git", "var"}
ENTRY_POINTS = {"manage.py", "hopeportal/wsgi.py"}


def modules():
    for path in sorted(BASE_DIR.rglob("*.py")):
        relative = path.relative_to(BASE_DIR)
        if not SKIP & set(relative.parts):
            yield relative


def imports(relative, source):
    """(line, imported module) for every import in the source, relative
    imports resolved against the module's own package."""
    package = list(relative.parent.parts)
    for node in ast.walk(ast.parse(source, str(relative))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module
            if name == "content":  # `from content import facts` imports content.facts
                for alias in node.names:
                    yield node.lineno, f"{name}.{alias.name}"
            else:
                yield node.lineno, name


def app_of(parts):
    """'core', 'facts', ... for a module under content/<app>/, else None."""
    return parts[1] if len(parts) > 2 and parts[0] == "content" else None


def problems(relative, source):
    own_app = app_of(relative.parts)
    found = []
    for line, name in imports(relative, source):
        where = f"{relative}:{line}"
        parts = name.split(".")
        if parts[0] == "hopeportal" and str(relative) not in ENTRY_POINTS:
            found.append(f"{where} imports {name}: only the entry points import hopeportal")
        imported_app = parts[1] if len(parts) > 1 and parts[0] == "content" else None
        if own_app and imported_app and imported_app not in (own_app, "core"):
            if own_app == "core":
                found.append(f"{where} imports {name}: core imports no content app")
            else:
                found.append(
                    f"{where} imports {name}: the {own_app} app imports only core, "
                    "never another app"
                )
        if relative.parts[0] == "tests" and parts[0] in ("scripts", "bench"):
            found.append(f"{where} imports {name}: tests never import the scripts")
    return found


def test_every_module_keeps_to_the_layering():
    found = []
    checked = 0
    for relative in modules():
        found += problems(relative, (BASE_DIR / relative).read_text())
        checked += 1
    assert checked > 50
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("path", "source", "expected"),
    [
        ("content/core/views.py", "from content.facts.models import Statistic", "core imports"),
        ("content/core/views.py", "def f():\n    from content import pages", "core imports"),
        ("content/facts/views.py", "from ..myths.models import Myth", "the facts app imports"),
        ("content/facts/views.py", "import content.sectors.models", "the facts app imports"),
        ("content/facts/views.py", "from hopeportal import urls", "only the entry points"),
        ("tests/test_x.py", "from hopeportal.urls import sitemaps", "only the entry points"),
        ("tests/test_x.py", "from scripts.screenshots import main", "tests never import"),
    ],
)
def test_the_rule_names_the_line_that_breaks_it(path, source, expected):
    found = problems(Path(path), "\n" + source)
    line = source.count("\n") + 2  # the import's line, after the empty first line
    assert found and expected in found[0] and f"{path}:{line} " in found[0], found


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("content/facts/views.py", "from content.core.views import PageMixin"),
        ("content/facts/views.py", "from .models import Statistic"),
        ("content/core/views.py", "from .models import Page"),
        ("manage.py", "import hopeportal.settings"),
        ("scripts/screenshots.py", "from tests.support import served"),
    ],
)
def test_the_rule_allows_what_the_layering_allows(path, source):
    assert not problems(Path(path), source)
