from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import SeedRecord


def _change_url(obj):
    try:
        return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


class NeedsReviewFilter(admin.SimpleListFilter):
    title = _("seed correction")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("yes", _("Not applied: item changed by an editor"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(pending__isnull=False)
        return queryset


@admin.register(SeedRecord)
class SeedRecordAdmin(admin.ModelAdmin):
    """What the seed loaded; the items a newer seed would have corrected but an
    editor had changed are filtered with "Not applied", to review by hand."""

    list_display = ["key", "item", "needs_review", "loaded_at"]
    list_filter = [NeedsReviewFilter, "model"]
    search_fields = ["key"]
    readonly_fields = ["key", "model", "object_id", "loaded_at", "seeded", "pending", "reviewed"]
    actions = ["mark_reviewed"]

    @admin.action(description=_("Mark as reviewed: keep the editor's version"))
    def mark_reviewed(self, request, queryset):
        records = list(queryset.filter(pending__isnull=False))
        for record in records:
            record.reviewed, record.pending = record.pending, None
            record.save(update_fields=["reviewed", "pending"])
        self.message_user(request, _("Marked as reviewed: %d.") % len(records))

    @admin.display(description=_("item"))
    def item(self, record):
        obj = record.item
        if obj is None:
            return _("deleted")
        url = _change_url(obj)
        return format_html('<a href="{}">{}</a>', url, obj) if url else str(obj)

    @admin.display(description=_("correction not applied"), boolean=True)
    def needs_review(self, record):
        return record.pending is not None
