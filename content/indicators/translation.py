from modeltranslation.translator import TranslationOptions, register

from .models import Indicator


@register(Indicator)
class IndicatorTranslationOptions(TranslationOptions):
    fields = ("text", "description")
    required_languages = {"nb": ("text",)}
