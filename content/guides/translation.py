from modeltranslation.translator import TranslationOptions, register

from .models import Guide


@register(Guide)
class GuideTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "audience", "lead", "signs", "talking", "steps", "avoid", "course")
    required_languages = {
        "nb": ("title", "slug", "audience", "lead", "signs", "talking", "steps", "avoid")
    }
