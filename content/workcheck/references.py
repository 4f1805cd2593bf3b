"""[[workcheck:pl]] in editable text or a template: a link to the work check
in that language, named by its own title in its own language (a help card
links the check in the card's language without knowing the check's model)."""

from django.utils.html import format_html

from .models import WorkCheck


def load():
    return {check.language_code: check for check in WorkCheck.objects.published()}


def render(check, part):
    if part:
        return None
    return format_html(
        '<a href="{}" hreflang="{}" lang="{}">{}</a>',
        check.get_absolute_url(),
        check.language_code,
        check.language_code,
        check.title,
    )
