from modeltranslation.translator import TranslationOptions, register

from .models import Myth


@register(Myth)
class MythTranslationOptions(TranslationOptions):
    fields = ("myth", "fact")
    required_languages = {"nb": ("myth", "fact")}
