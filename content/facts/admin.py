from django.contrib import admin

from content.core.admin import CheckableAdminMixin, ContentAdmin

from .models import Statistic


@admin.register(Statistic)
class StatisticAdmin(CheckableAdminMixin, ContentAdmin):
    list_display = [
        "__str__",
        "scope",
        "data_year",
        "published_year",
        "source_name",
        "last_checked",
        "superseded_by",
        "is_headline",
        "is_published",
        "sort_order",
        "missing_translations",
    ]
    list_filter = ["is_published", "scope", "is_headline"]
    search_fields = ["key", "label", "note", "source_name", "editor_note"]
    autocomplete_fields = ["superseded_by"]
