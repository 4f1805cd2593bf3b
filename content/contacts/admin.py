from django.contrib import admin
from reversion.admin import VersionAdmin

from content.core.admin import CheckableAdminMixin, ContentAdmin

from .models import HelpCard, HelpCardLine, HelpContact, Situation


@admin.register(HelpContact)
class HelpContactAdmin(CheckableAdminMixin, ContentAdmin):
    list_display = [
        "name",
        "key",
        "phone",
        "is_emergency",
        "last_checked",
        *ContentAdmin.list_display[1:],
    ]
    list_filter = ["is_published", "is_emergency", "anonymity"]
    search_fields = ["name", "key", "when_to_use", "phone", "email"]


@admin.register(Situation)
class SituationAdmin(ContentAdmin):
    list_display = ["situation", "contact", *ContentAdmin.list_display[1:]]
    list_filter = ["is_published", "contact"]
    search_fields = ["situation", "advice"]
    autocomplete_fields = ["contact"]


class HelpCardLineInline(admin.TabularInline):
    model = HelpCardLine
    extra = 1
    autocomplete_fields = ["contact"]


@admin.register(HelpCard)
class HelpCardAdmin(VersionAdmin):
    """Cards are each in one language of their own, so they are plain fields,
    not Bokmål and English side by side. The version history is the same."""

    list_display = ["language_name", "language_code", "is_reviewed", "is_published", "sort_order"]
    list_editable = ["is_published", "sort_order"]
    list_filter = ["is_published", "is_reviewed"]
    search_fields = ["language_name", "language_code", "title", "editor_note"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [HelpCardLineInline]
