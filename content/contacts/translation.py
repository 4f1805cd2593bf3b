from modeltranslation.translator import TranslationOptions, register

from .models import HelpContact, Situation


@register(HelpContact)
class HelpContactTranslationOptions(TranslationOptions):
    fields = ("name", "purpose", "when_to_use", "hours", "web_url")
    required_languages = {"nb": ("name", "when_to_use")}


@register(Situation)
class SituationTranslationOptions(TranslationOptions):
    fields = ("situation", "advice")
    required_languages = {"nb": ("situation",)}
