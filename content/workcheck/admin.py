from django.contrib import admin
from reversion.admin import VersionAdmin

from .models import WorkCheck, WorkCheckQuestion


class WorkCheckQuestionInline(admin.StackedInline):
    model = WorkCheckQuestion
    extra = 0


@admin.register(WorkCheck)
class WorkCheckAdmin(VersionAdmin):
    """Each check is in one language of its own, like the help cards: plain
    fields, not Bokmål and English side by side."""

    list_display = ["language_name", "language_code", "is_reviewed", "is_published", "sort_order"]
    list_editable = ["is_published", "sort_order"]
    list_filter = ["is_published", "is_reviewed"]
    search_fields = ["language_name", "language_code", "title", "editor_note"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [WorkCheckQuestionInline]
