from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname


def fallback_language(obj, field):
    """The default language's code where `obj.field` shows the default language's
    text because the current language's is empty; else ''."""
    current = get_language()
    if current == settings.LANGUAGE_CODE:
        return ""
    if getattr(obj, build_localized_fieldname(field, current), None):
        return ""
    return settings.LANGUAGE_CODE if getattr(obj, field, None) else ""
