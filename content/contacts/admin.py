from django.contrib import admin

from content.core.admin import CheckableAdminMixin, ContentAdmin

from .models import HelpContact, Situation


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
