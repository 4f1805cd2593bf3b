from modeltranslation.translator import TranslationOptions, register

from .models import HelpContact


@register(HelpContact)
class HelpContactTranslationOptions(TranslationOptions):
    fields = ("name", "when_to_use", "hours", "web_url")
    required_languages = {"nb": ("name", "when_to_use")}
