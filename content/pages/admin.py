from django.contrib import admin
from modeltranslation.admin import TranslationStackedInline

from content.core.models import Page, Rule, Section
from content.editorial.admin import CheckableAdminMixin, ContentAdmin, ReferenceCheckedForm


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


@admin.register(Rule)
class RuleAdmin(CheckableAdminMixin, ContentAdmin):
    """The duties and the rules beside them, each stated once: every guide,
    the decision path, the checklist's answer, the help page and the cards
    show the text edited here."""

    list_display = ["title", "key", "binds", "legal_basis", "last_checked"]
    list_display += ContentAdmin.list_display[1:]
    list_filter = ["is_published", "binds"]
    search_fields = ["title", "key", "text", "condition", "legal_basis", "editor_note"]
