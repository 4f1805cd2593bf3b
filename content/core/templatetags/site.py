from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from content.core.languages import fallback_language
from content.core.siteurl import absolute_url

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page in every language: the object's own address where the page
    shows one (its slug is translated), else the same path translated."""
    request = context["request"]
    obj = context.get("object")
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if hasattr(obj, "get_absolute_url"):
            with translation.override(code):
                url = obj.get_absolute_url()
        else:
            # translate_url resolves the path in the current language itself.
            url = translate_url(request.path, code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": absolute_url(url),
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


@register.simple_tag(takes_context=True)
def nav_link(context, url_name, label):
    """A menu link, marked as the current section on its page and the pages under it."""
    url = reverse(url_name)
    path = context["request"].path
    current = ' aria-current="page"' if path.startswith(url) else ""
    return format_html('<a class="hp-nav__link" href="{}"{}>{}</a>', url, mark_safe(current), label)
