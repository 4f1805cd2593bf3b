from django.contrib import admin
from modeltranslation.admin import TranslationStackedInline

from content.core.models import Page, Section
from content.editorial.admin import ContentAdmin, ReferenceCheckedForm


class SectionInline(TranslationStackedInline):
    model = Section
    form = ReferenceCheckedForm
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
