"""JSON-LD (schema.org) for search engines and link previews."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

# As django.utils.html.json_script: nothing in the data can end the element.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def jsonld_script(data):
    """A <script type="application/ld+json"> block. It is data, never run, so
    the Content-Security-Policy needs no nonce for it (and the page stays cacheable)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))
