from modeltranslation.translator import TranslationOptions, register

from .models import Statistic


@register(Statistic)
class StatisticTranslationOptions(TranslationOptions):
    fields = ("label", "note", "source_name")
    required_languages = {"nb": ("label", "source_name")}
