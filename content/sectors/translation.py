from modeltranslation.translator import TranslationOptions, register

from .models import Case, Sector


@register(Sector)
class SectorTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "summary", "body", "examples")
    required_languages = {"nb": ("name", "slug", "summary")}


@register(Case)
class CaseTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "court", "year", "outcome", "source_name")
    required_languages = {"nb": ("title", "slug", "summary")}
