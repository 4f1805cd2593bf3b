from modeltranslation.translator import TranslationOptions, register

from .models import Page, Rule, Section


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body")
    required_languages = {"nb": ("title",)}


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("title", "body", "items")
    required_languages = {"nb": ("title",)}


@register(Rule)
class RuleTranslationOptions(TranslationOptions):
    fields = ("title", "text", "condition", "legal_basis", "source")
    required_languages = {"nb": ("title", "text", "source")}
