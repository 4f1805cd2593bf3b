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
admin refuses to save it (content.editorial.reference_checks).
"""

import re
import threading
from dataclasses import dataclass, field

from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from django.template.defaultfilters import linebreaks_filter
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe

TOKEN = re.compile(r"\[\[([a-z]+):([a-z0-9-]+)(?::([a-z]+))?\]\]")


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


def objects(kind):
    """Every published object of `kind` by key: one query per kind per request,
    shared with the tokens of that kind rendered in the same request."""
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
    obj = objects(kind_name).get(key)
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
