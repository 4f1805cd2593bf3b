from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from reversion.admin import VersionAdmin

from .models import Page, Section, SeedRecord


def missing_languages(obj):
    """Languages in which a text the item has in some language is still empty."""
    fields = translator.get_options_for_model(type(obj)).get_field_names()
    missing = []
    for code, name in settings.LANGUAGES:
        for field in fields:
            values = [
                getattr(obj, build_localized_fieldname(field, c)) for c, _n in settings.LANGUAGES
            ]
            if any(values) and not getattr(obj, build_localized_fieldname(field, code)):
                missing.append(str(name))
                break
    return missing


class ContentAdmin(VersionAdmin, TranslationAdmin):
    """Admin for translated, publishable content: both languages' fields side by
    side, publish and order in the list, which translations are missing, and
    (django-reversion) every earlier version, with who saved it, to restore."""

    list_display = ["__str__", "is_published", "sort_order", "missing_translations"]
    list_editable = ["is_published", "sort_order"]
    list_filter = ["is_published"]
    readonly_fields = ["created_at", "updated_at"]

    @admin.display(description=_("missing text in"))
    def missing_translations(self, obj):
        return ", ".join(missing_languages(obj)) or "✓"


@admin.register(SeedRecord)
class SeedRecordAdmin(admin.ModelAdmin):
    list_display = ["key", "loaded_at"]
    search_fields = ["key"]


class SectionInline(TranslationStackedInline):
    model = Section
    extra = 0
    fields = ["title", "body", "items", "is_published", "sort_order"]


@admin.register(Page)
class PageAdmin(ContentAdmin):
    list_display = ["title", "key", "is_published", "sort_order", "missing_translations"]
    search_fields = ["title", "lead", "body"]
    inlines = [SectionInline]


@admin.register(Section)
class SectionAdmin(ContentAdmin):
    list_display = ["title", "page", "is_published", "sort_order", "missing_translations"]
    list_filter = ["is_published", "page"]
    search_fields = ["title", "body", "items"]
