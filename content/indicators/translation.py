from modeltranslation.translator import TranslationOptions, register

from .models import Guidance, Indicator


@register(Indicator)
class IndicatorTranslationOptions(TranslationOptions):
    fields = ("text", "description")
    required_languages = {"nb": ("text",)}


@register(Guidance)
class GuidanceTranslationOptions(TranslationOptions):
    fields = ("title", "text")
    required_languages = {"nb": ("title", "text")}
