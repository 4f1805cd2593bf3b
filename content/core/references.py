"""Short references in editable text that render a current value.

Editors never type a phone number, an e-mail address or a figure into prose:
they write a token, and the site shows the value as it is now, in the visitor's
language. Change the contact or the figure once and every text follows.

    [[contact:rosa:phone]]   ROSA's number as a link that dials (tel:)
    [[contact:rosa:email]]   its e-mail address as a mailto: link
    [[contact:rosa:web]]     its web address as a link
    [[contact:rosa]]         its name
    [[figure:norway-reports-2023]]   the figure's value, e.g. 27

Apps register a kind of token in their AppConfig.ready() (core knows none of
them). A token naming nothing published renders as nothing harmful, and the
admin refuses to save it (see `problems`).
"""

import re
import threading
from dataclasses import dataclass, field

from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from django.template.defaultfilters import linebreaks_filter
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

TOKEN = re.compile(r"\[\[([a-z]+):([a-z0-9-]+)(?::([a-z]+))?\]\]")
# Anything that looks like a token, well formed or not, to tell editors about typos.
LOOSE_TOKEN = re.compile(r"\[\[[^\]]*\]\]")

# Numbers a person would dial: 8 digits (grouped or not), +47 numbers, 5-digit
# service numbers starting with 0 (02800), the emergency numbers 110-113 and
# the 116 helplines. Years, counts and sums of money do not match.
PHONE = re.compile(
    r"(?<![\d.,-])(?:\+\d{2}\s?)?(?:\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{3}\s\d{2}\s\d{3}|0\d{4}"
    r"|11[0-3]|116\s?\d{3})(?!\d|[.,-]\d)"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class Kind:
    """One kind of token: `load()` returns every published object of the kind
    by key; `render(obj, part)` returns HTML, or None for an unknown part."""

    name: str
    load: callable
    render: callable
    parts: tuple = ()
    fallback: callable = field(default=lambda part: "")
    example: str = ""


_kinds = {}
_memo = threading.local()


def register(name, *, load, render, parts=(), fallback=None, example=""):
    _kinds[name] = Kind(name, load, render, parts, fallback or (lambda part: ""), example)


def kinds():
    return dict(_kinds)


def _objects(kind):
    """Every published object of `kind` by key: one query per kind per request."""
    cache = getattr(_memo, "objects", None)
    if cache is None:
        cache = _memo.objects = {}
    if kind not in cache:
        cache[kind] = _kinds[kind].load()
    return cache[kind]


def forget(**kwargs):
    """A new request or a saved item: look everything up afresh."""
    _memo.objects = None


request_started.connect(forget, dispatch_uid="references_request_started")
post_save.connect(forget, dispatch_uid="references_saved")
post_delete.connect(forget, dispatch_uid="references_deleted")


def _render_token(match):
    kind_name, key, part = match.groups()
    kind = _kinds.get(kind_name)
    if kind is None:
        return ""
    part = part or ""
    if part and part not in kind.parts:
        return ""
    obj = _objects(kind_name).get(key)
    html = kind.render(obj, part) if obj is not None else None
    return conditional_escape(html if html is not None else kind.fallback(part))


def render(text):
    """`text` escaped, with every token replaced by its current value."""
    return mark_safe(TOKEN.sub(_render_token, escape(text or "")))


def render_paragraphs(text):
    """As `render`, in paragraphs (an empty line between them), like `linebreaks`."""
    return mark_safe(TOKEN.sub(_render_token, linebreaks_filter(text or "", autoescape=True)))


def plain(text):
    """The text with each token replaced by its value as plain text (for search)."""
    from html import unescape

    from django.utils.html import strip_tags

    return unescape(strip_tags(str(render(text))))


def problems(text):
    """What is wrong with the references in `text`, and any phone number or
    e-mail address typed in by hand, as messages for an editor."""
    if not text:
        return []
    messages = []
    for loose in LOOSE_TOKEN.findall(text):
        match = TOKEN.fullmatch(loose)
        if match is None:
            messages.append(
                _("“%(token)s” is not a reference. Write it like [[contact:rosa:phone]].")
                % {"token": loose}
            )
            continue
        kind_name, key, part = match.groups()
        kind = _kinds.get(kind_name)
        if kind is None:
            messages.append(
                _("“%(token)s”: there is no kind of reference called “%(kind)s” (use %(kinds)s).")
                % {"token": loose, "kind": kind_name, "kinds": ", ".join(sorted(_kinds))}
            )
        elif part and part not in kind.parts:
            messages.append(
                _("“%(token)s”: use one of %(parts)s after the key.")
                % {"token": loose, "parts": ", ".join(kind.parts)}
            )
        elif key not in kind.load():
            messages.append(
                _("“%(token)s”: nothing published has the key “%(key)s”.")
                % {"token": loose, "key": key}
            )
    # Tokens themselves hold no numbers worth flagging; look at the rest only.
    rest = LOOSE_TOKEN.sub(" ", text)
    for number in PHONE.findall(rest):
        messages.append(
            _(
                "“%(number)s” looks like a phone number. Write a reference instead, e.g. "
                "[[contact:rosa:phone]], so the number follows the contact and dials."
            )
            % {"number": number.strip()}
        )
    for address in EMAIL.findall(rest):
        messages.append(
            _(
                "“%(address)s” is an e-mail address. Write a reference instead, e.g. "
                "[[contact:hope-for-justice:email]]."
            )
            % {"address": address}
        )
    return messages


def help_text():
    """One line for the admin: how to write a reference."""
    examples = ", ".join(kind.example for kind in _kinds.values() if kind.example)
    return _(
        "Phone numbers, e-mail addresses and figures go in as references, never typed in: "
        "%(examples)s."
    ) % {"examples": examples}


def prose_fields(model):
    """The text fields of `model` a visitor reads (every language's column):
    where phone numbers and e-mail addresses must be references. Addresses,
    slugs, choices and notes for editors are not prose; a model names its own
    address fields in `reference_exempt_fields`."""
    from django.db import models

    exempt = {"editor_note", *getattr(model, "reference_exempt_fields", ())}
    for db_field in model._meta.concrete_fields:
        base = getattr(db_field, "translated_field", db_field)  # modeltranslation
        if (
            isinstance(db_field, (models.CharField, models.TextField))
            and not isinstance(db_field, (models.URLField, models.EmailField, models.SlugField))
            and not db_field.choices
            and base.name not in exempt
        ):
            yield db_field
