"""The dependency graph declared in pyproject.toml ([tool.hopeportal.layering]),
checked on every kind of link between apps:

- import: a module of one app imports another app's (inside functions too);
- label: a string model label ("facts.Series", "facts.series") or a migration
  dependency (("facts", "0001_initial")) naming another app;
- tag: a template loads another app's template tags ({% load facts %});
- template: a template extends or includes another app's template, or Python
  code renders one ("pages/page_detail.html");
- setting: a settings entry (middleware, context processor, callable, backend)
  names an app's module.

Besides: nothing imports the project package `hopeportal` but its entry points
and itself; tests never import the scripts; no core module is over 300 lines
and core holds under a quarter of the apps' Python lines. A failure names the
file and line.
"""

import ast
import fnmatch
import re
import tomllib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

BASE_DIR = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", ".git", "var"}
ENTRY_POINTS = {"manage.py", "hopeportal/wsgi.py"}
GRAPH = tomllib.loads((BASE_DIR / "pyproject.toml").read_text())["tool"]["hopeportal"]["layering"]

COMPOSITION = "hopeportal"
SETTINGS = "settings"
LAYER = {
    COMPOSITION: "composition",
    SETTINGS: "settings",
    **{app: layer for layer in ("base", "platform", "content") for app in GRAPH[layer]},
}
MAY_USE = {
    "composition": {"composition", "base", "platform", "content"},
    "content": {"base", "platform"},
    "platform": {"base"},
    "base": set(),
    # Entries that run on every request or page: machinery, not content.
    "settings": {"base", "platform"},
}
KINDS = ("import", "label", "tag", "template", "setting")


def modules():
    for path in sorted(BASE_DIR.rglob("*.py")):
        relative = path.relative_to(BASE_DIR)
        if not SKIP & set(relative.parts):
            yield relative


def templates():
    for path in sorted((BASE_DIR / "templates").rglob("*.html")):
        yield path.relative_to(BASE_DIR)


# -- who owns what ----------------------------------------------------------


def owner_of_module(relative):
    """The node a Python file belongs to: an app label, the composition, or
    None (tests, scripts, the benchmark: outside the graph)."""
    parts = Path(relative).parts
    if len(parts) > 2 and parts[0] == "content":
        return parts[1]
    if parts[0] == "hopeportal":
        return COMPOSITION
    return None


def owner_of_name(module):
    """The node a dotted module name belongs to, or None (Django, libraries)."""
    parts = module.split(".")
    if parts[0] == "content" and len(parts) > 1:
        return parts[1]
    if parts[0] == "hopeportal":
        return COMPOSITION
    return None


def owner_of_template(name):
    """The node a template (by its name, e.g. "facts/_figure.html") belongs to,
    or None for a template of Django's or a library's own."""
    if name in GRAPH["templates"]:
        return GRAPH["templates"][name]
    folder = name.split("/")[0] if "/" in name else ""
    if folder in LAYER and LAYER[folder] in ("base", "platform", "content"):
        return folder
    if folder in ("", "includes"):
        return "core" if (BASE_DIR / "templates" / name).exists() else None
    return None


def tag_libraries():
    """{library name: the app that defines it}, from content/<app>/templatetags/."""
    return {
        path.stem: path.parent.parent.name
        for path in (BASE_DIR / "content").glob("*/templatetags/*.py")
        if path.stem != "__init__"
    }


def model_names():
    return {
        config.label: {model._meta.model_name for model in config.get_models()}
        for config in apps.get_app_configs()
        if config.label in LAYER
    }


# -- the links --------------------------------------------------------------

LABEL = re.compile(r"^([a-z_]+)\.([A-Za-z_]+)$")
MIGRATION = re.compile(r"^\d{4}_\w+$")
TEMPLATE_NAME = re.compile(r"^[\w./-]+\.html$")
LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")
TEMPLATE_USE = re.compile(r"{%\s*(?:extends|include)\s+[\"']([^\"']+)[\"']")


def _imports(relative, tree):
    package = list(Path(relative).parent.parts)
    for node in ast.walk(tree):
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
                    yield node.lineno, f"content.{alias.name}"
            else:
                yield node.lineno, name


def python_links(relative, source, models=None):
    """(line, kind, target node, what) for every link in a Python source."""
    models = model_names() if models is None else models
    tree = ast.parse(source, str(relative))
    for line, name in _imports(relative, tree):
        target = owner_of_name(name)
        if target:
            yield line, "import", target, name
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            label = LABEL.match(node.value)
            if label and label[2].lower() in models.get(label[1], ()):
                yield node.lineno, "label", label[1], node.value
            if TEMPLATE_NAME.match(node.value):
                target = owner_of_template(node.value)
                if target:
                    yield node.lineno, "template", target, node.value
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
            app, migration = node.elts
            if (
                isinstance(app, ast.Constant)
                and isinstance(migration, ast.Constant)
                and app.value in models
                and isinstance(migration.value, str)
                and MIGRATION.match(migration.value)
            ):
                yield node.lineno, "label", app.value, f"{app.value}.{migration.value}"


def template_links(text, libraries=None):
    """(line, kind, target node, what) for every link in a template."""
    libraries = tag_libraries() if libraries is None else libraries
    for match in LOAD.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        names = match[1].split()
        if "from" in names:  # {% load tag from library %}
            names = names[names.index("from") + 1 :]
        for library in names:
            if library in libraries:
                yield line, "tag", libraries[library], f"{{% load {library} %}}"
    for match in TEMPLATE_USE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        target = owner_of_template(match[1])
        if target:
            yield line, "template", target, match[1]


def _dotted_paths(value, path):
    if type(value) is str:  # not a lazy translation, which only poses as one
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _dotted_paths(item, f"{path}[{key!r}]")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _dotted_paths(item, f"{path}[{index}]")


def settings_links(values):
    """(setting, kind, target node, what) for every entry of the settings (a
    {name: value} dict) naming one of our modules. INSTALLED_APPS lists the apps
    and ROOT_URLCONF/WSGI_APPLICATION are the composition's own: left out."""
    for name, value in values.items():
        if name in ("INSTALLED_APPS", "ROOT_URLCONF", "WSGI_APPLICATION"):
            continue
        for where, text in _dotted_paths(value, name):
            target = owner_of_name(text) if re.fullmatch(r"[\w.]+", text) else None
            if target:
                yield where, "setting", target, text


# -- the rule ---------------------------------------------------------------


def exception_for(source, target, kind, where):
    for exception in GRAPH.get("exceptions", []):
        if (
            exception["from"] == source
            and target in exception["to"]
            and kind in exception["kinds"]
            and any(fnmatch.fnmatch(where, f) for f in exception.get("files", ["*"]))
        ):
            return exception
    return None


def judge(source, links, where_of, used=None):
    """The messages for links the graph does not allow; `used` collects the
    exceptions that allowed one."""
    found = []
    for place, kind, target, what in links:
        if target == source or LAYER.get(target) in MAY_USE[LAYER[source]]:
            continue
        where = where_of(place)
        exception = exception_for(source, target, kind, where.split(":")[0])
        if exception is not None:
            if used is not None:
                used.append(id(exception))
            continue
        found.append(
            f"{where}: {kind} link {source} ({LAYER[source]}) -> {target} "
            f"({LAYER.get(target)}): {what}. The graph in pyproject.toml "
            "([tool.hopeportal.layering]) does not allow it: remove the link, or "
            "declare it as an exception with its reason"
        )
    return found


def module_problems(relative, source, models=None, used=None):
    relative = Path(relative)
    found = []
    source_node = owner_of_module(relative)
    links = list(python_links(relative, source, models))
    if source_node:
        found += judge(source_node, links, lambda line: f"{relative}:{line}", used)
    for line, kind, _target, name in links:
        if kind != "import":
            continue
        where = f"{relative}:{line}"
        if (
            name.split(".")[0] == "hopeportal"
            and str(relative) not in ENTRY_POINTS
            and relative.parts[0] != "hopeportal"
        ):
            found.append(f"{where} imports {name}: only the entry points import hopeportal")
    if relative.parts[0] == "tests":
        for line, name in _imports(relative, ast.parse(source)):
            if name.split(".")[0] in ("scripts", "bench"):
                found.append(f"{relative}:{line} imports {name}: tests never import the scripts")
    return found


def template_problems(relative, text, libraries=None, used=None):
    name = str(Path(relative).relative_to("templates"))
    source = owner_of_template(name)
    links = list(template_links(text, libraries))
    return judge(source, links, lambda line: f"{relative}:{line}", used) if source else []


def settings_problems(values, used=None):
    return judge(SETTINGS, settings_links(values), lambda where: f"settings {where}", used)


def all_settings():
    return {name: getattr(settings, name) for name in dir(settings) if name.isupper()}


# -- the tests --------------------------------------------------------------


def test_every_app_is_in_one_layer_of_the_graph():
    ours = {c.label for c in apps.get_app_configs() if c.name.startswith("content.")}
    declared = [app for layer in ("base", "platform", "content") for app in GRAPH[layer]]
    assert len(declared) == len(set(declared)), "an app is in two layers"
    assert set(declared) == ours


def test_every_link_keeps_to_the_graph():
    found, used = [], []
    models, libraries = model_names(), tag_libraries()
    checked = 0
    for relative in modules():
        found += module_problems(relative, (BASE_DIR / relative).read_text(), models, used)
        checked += 1
    for relative in templates():
        found += template_problems(relative, (BASE_DIR / relative).read_text(), libraries, used)
        checked += 1
    found += settings_problems(all_settings(), used)
    assert checked > 100
    assert not found, "\n".join(found)
    unused = [e for e in GRAPH.get("exceptions", []) if id(e) not in used]
    assert not unused, f"exceptions no link needs any more: {unused}"


def test_every_exception_says_why():
    for exception in GRAPH.get("exceptions", []):
        assert set(exception["kinds"]) <= set(KINDS), exception
        assert {exception["from"], *exception["to"]} <= set(LAYER), exception
        assert len(exception["reason"]) > 40, exception


# One broken link of each kind, each shown to fail.
MODELS = {"facts": {"series", "statistic"}, "myths": {"myth"}, "core": {"page"}}
LIBRARIES = {"facts": "facts", "site": "core", "myths": "myths", "contacts": "contacts"}


@pytest.mark.parametrize(
    ("path", "source", "expected"),
    [
        # import
        ("content/facts/views.py", "from content.myths.models import Myth", "facts (content)"),
        ("content/facts/views.py", "def f():\n    from ..myths import models", "-> myths"),
        ("content/core/views.py", "from content.pagecache.middleware import bump", "-> pagecache"),
        ("content/pagecache/x.py", "import content.editorial.admin", "-> editorial"),
        ("content/core/views.py", "from content import facts", "-> facts"),
        ("content/facts/views.py", "from hopeportal import urls", "-> hopeportal"),
        ("tests/test_x.py", "from hopeportal.urls import sitemaps", "only the entry points"),
        ("tests/test_x.py", "from scripts.screenshots import main", "tests never import"),
        # label
        ("content/facts/models.py", 'x = models.ForeignKey("myths.Myth", on_delete=C)', "label"),
        ("content/facts/migrations/0009_x.py", 'x = ("myths", "0001_initial")', "label"),
        ("content/core/models.py", 'x = apps.get_model("facts.Series")', "label"),
        # template (rendered from Python)
        ("content/core/views.py", 'template_name = "facts/statistic_list.html"', "template"),
    ],
)
def test_a_broken_link_in_python_fails_and_names_its_line(path, source, expected):
    found = module_problems(Path(path), "\n" + source, MODELS)
    line = source.count("\n") + 2
    assert found and expected in found[0] and f"{path}:{line}" in found[0], found


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        # template tag
        ("templates/myths/myth_list.html", "{% load i18n facts %}", "tag link myths"),
        ("templates/base.html", "{% load site contacts %}", "tag link core"),
        ("templates/myths/myth_list.html", "{% load figure from facts %}", "tag link myths"),
        # template
        ("templates/facts/x.html", '{% include "myths/myth_list.html" %}', "template link facts"),
        ("templates/includes/nav.html", "{% include 'facts/_figure.html' %}", "-> facts"),
    ],
)
def test_a_broken_link_in_a_template_fails_and_names_its_line(path, text, expected):
    found = template_problems(Path(path), "\n" + text, LIBRARIES)
    assert found and expected in found[0] and f"{path}:2" in found[0], found


@pytest.mark.parametrize(
    "values",
    [
        {"MIDDLEWARE": ["content.myths.middleware.MythMiddleware"]},
        {"TEMPLATES": [{"OPTIONS": {"context_processors": ["content.facts.cp.figures"]}}]},
        {"AXES_LOCKOUT_CALLABLE": "content.courses.views.locked"},
    ],
)
def test_a_broken_link_in_the_settings_fails(values):
    found = settings_problems(values)
    assert found and "setting link settings" in found[0], found


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("content/facts/views.py", "from content.core.views import PageMixin"),
        ("content/facts/admin.py", "from content.editorial.admin import ContentAdmin"),
        ("content/facts/views.py", "from .models import Statistic"),
        ("content/editorial/admin.py", "from content.core.models import check_cutoff"),
        ("hopeportal/urls.py", "from content.facts import urls\nfrom . import views"),
        ("content/guides/models.py", 'x = models.ManyToManyField("indicators.Indicator")'),
        ("manage.py", "import hopeportal.settings"),
        ("scripts/screenshots.py", "from tests.support import served"),
        ("content/facts/views.py", 'x = "search.html"  # no model of that name'),
    ],
)
def test_the_graph_allows_what_it_allows(path, source):
    models = {**MODELS, "indicators": {"indicator"}}
    assert not module_problems(Path(path), source, models)


def test_the_settings_may_name_base_and_platform_apps():
    values = {
        "MIDDLEWARE": ["content.pagecache.middleware.PageCacheMiddleware"],
        "INSTALLED_APPS": ["content.facts"],
    }
    assert not settings_problems(values)


def core_lines():
    """(lines of each core module, core's lines, all apps' lines): Python under
    content/ and hopeportal/, migrations and the seed content aside."""
    per_module, core, total = {}, 0, 0
    for relative in modules():
        if relative.parts[0] not in ("content", "hopeportal") or "migrations" in relative.parts:
            continue
        lines = len((BASE_DIR / relative).read_text().splitlines())
        total += lines
        if owner_of_module(relative) == "core":
            per_module[relative.as_posix()] = lines
            core += lines
    return per_module, core, total


def test_core_stays_the_base():
    per_module, core, total = core_lines()
    too_long = {path: n for path, n in per_module.items() if n > 300}
    assert not too_long, f"core modules over 300 lines: {too_long}"
    assert core < total / 4, f"core holds {core} of {total} lines ({core / total:.0%})"


# Private names of Django and libraries this code once used; each has a public
# way now (content.pagecache.filecache, editorial.preview and frontpage,
# accounts.lockout). Django's documented underscore APIs (_meta,
# _default_manager, _base_manager) are public.
PRIVATE = {"_key_to_file", "_write_content", "_create_formsets", "_registry", "_cull"}


def private_uses(relative, source):
    found = []
    own = set()  # names this module defines itself may be used freely
    tree = ast.parse(source, str(relative))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            own.add(node.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in PRIVATE - own:
            found.append(f"{relative}:{node.lineno} uses {node.attr}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("axes.handlers"):
            found.append(f"{relative}:{node.lineno} imports {node.module} (axes' internals)")
    return found


def test_no_private_api_of_django_or_libraries():
    found = []
    for relative in modules():
        if relative.parts[0] in ("content", "hopeportal"):
            found += private_uses(relative, (BASE_DIR / relative).read_text())
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        "def get(self, key):\n    return self._key_to_file(key)",
        "x = site._registry.items()",
        "formsets, inlines = self._create_formsets(request, obj, change=True)",
        "from axes.handlers.proxy import AxesProxyHandler",
    ],
)
def test_a_private_api_use_fails(source):
    assert private_uses(Path("content/x/y.py"), source)
