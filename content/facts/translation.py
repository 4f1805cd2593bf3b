from modeltranslation.translator import TranslationOptions, register

from .models import Series, Statistic


@register(Statistic)
class StatisticTranslationOptions(TranslationOptions):
    fields = ("label", "note", "source_name")
    required_languages = {"nb": ("label", "source_name")}


@register(Series)
class SeriesTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"nb": ("title",)}
