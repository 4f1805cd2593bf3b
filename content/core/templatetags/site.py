import segno
from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from content.core import references, siteurl
from content.core.frame import Frame
from content.core.languages import fallback_language

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page in every language: the object's own address where the page
    shows one (its slug is translated), else the same path translated."""
    request = context["request"]
    obj = context.get("object")
    # A view of an object other than its page (a print view) names its own method.
    url_method = context.get("object_url_method", "get_absolute_url")
    # A page in a language of its own (a help card, with its `page_url`) is none of these.
    current = None if context.get("page_url") else get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if hasattr(obj, url_method):
            with translation.override(code):
                url = getattr(obj, url_method)()
        else:
            # translate_url resolves the path in the current language itself.
            url = translate_url(request.path, code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": siteurl.absolute_url(url),
                "is_current": code == current,
            }
        )
    return links


@register.simple_tag
def lang_fallback(obj, field):
    """` lang="nb"` when `obj.field` shows the default language's text because
    the current language's is empty, so screen readers pronounce it right."""
    code = fallback_language(obj, field)
    return format_html(' lang="{}"', code) if code else ""


@register.simple_tag
def source(obj, default=""):
    """A figure's or a case's source (`source_name`, `source_url`). The link
    leads to one page, the first source the name gives: a name that lists more
    ("domstol.no; NRK Buskerud") links only that one, the rest stay text."""
    name = obj.source_name or default
    lang = lang_fallback(obj, "source_name")
    if not obj.source_url:
        return format_html("<span{}>{}</span>", lang, name)
    linked, separator, others = (name or obj.source_url).partition("; ")
    link = format_html('<a href="{}" rel="noreferrer"{}>{}</a>', obj.source_url, lang, linked)
    if not others:
        return link
    return format_html("<span{}>{}{}{}</span>", lang, link, separator, others)


@register.simple_tag(takes_context=True)
def nav_link(context, url_name, label):
    """A menu link, marked as the current section on its page and the pages under it."""
    url = reverse(url_name)
    path = context["request"].path
    current = ' aria-current="page"' if path.startswith(url) else ""
    return format_html('<a class="hp-nav__link" href="{}"{}>{}</a>', url, mark_safe(current), label)


@register.filter
def with_references(text):
    """Editable text, escaped, with its references ([[contact:rosa:phone]])
    rendered as their current values (see content/core/references.py)."""
    return references.render(text)


@register.simple_tag
def frame_without_request():
    """The frame's strings for a page rendered without a request or its context
    processors (the 500 page): what `frame` is on every other page."""
    return Frame()


@register.simple_tag
def quick_exit_address():
    """Where the quick exit goes, for a page rendered without context processors."""
    return settings.QUICK_EXIT_URL


@register.filter
def full_stop(text):
    """Text as a sentence in running text: a full stop added when it ends
    without one (or a question or exclamation mark)."""
    text = str(text or "").rstrip()
    if not text or text.endswith((".", "!", "?", "…")):
        return text
    return text + "."


@register.filter
def paragraphs(text):
    """As `linebreaks` (an empty line starts a paragraph), with references rendered."""
    return references.render_paragraphs(text)


@register.filter
def plain_text(text):
    """Editable text with its references as plain values, for a meta description."""
    return references.plain(text)


@register.simple_tag
def absolute_url(path):
    """`path` as a full address on DJANGO_SITE_URL (link previews and QR codes
    need one), whatever Host the request had."""
    return siteurl.absolute_url(path)


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # What the blocks inside render is escaped already.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}...{% endcapture %}`: renders its content (blocks
    included, so child templates still fill them) into `name`, to use it twice:
    the page's title in <title> and in its link preview."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("usage: {% capture as name %}...{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


# Open Graph wants language_TERRITORY; other languages get Django's locale name.
OG_LOCALES = {
    "nb": "nb_NO",
    "en": "en_GB",
    # The help cards' languages (a language not here gets its bare code).
    "pl": "pl_PL",
    "ro": "ro_RO",
    "lt": "lt_LT",
    "bg": "bg_BG",
    "uk": "uk_UA",
    "vi": "vi_VN",
    "es": "es_ES",
}


@register.filter
def og_locale(code):
    return OG_LOCALES.get(code, translation.to_locale(code))


@register.filter
def other_languages(code):
    """The site's languages other than `code` (a page's alternates)."""
    return [other for other, _name in settings.LANGUAGES if other != code]


@register.simple_tag
def qr_code(url):
    """A QR code for `url` as inline SVG, made here (segno): nothing from another
    host, no script. Hidden from screen readers: the address is printed beside it."""
    svg = segno.make(url, error="m").svg_inline(svgclass="hp-qr", lineclass=None, omitsize=True)
    return mark_safe(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))
