from modeltranslation.translator import TranslationOptions, register

from .models import Page, Section


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body")
    required_languages = {"nb": ("title",)}


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("title", "body", "items")
    required_languages = {"nb": ("title",)}
