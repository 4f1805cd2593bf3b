from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from content.editorial.admin import CheckableAdminMixin, ContentAdmin

from .models import (
    FRAME_KEYS,
    ContactChange,
    HelpCard,
    HelpCardLine,
    HelpContact,
    Situation,
)


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
    # First among what is due for a check on the editors' front page.
    editor_home_order = 0

    def save_model(self, request, obj, form, change):
        # Named in the change alert (content/contacts/alerts.py).
        obj._changed_by = request.user.get_username()
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        obj._changed_by = request.user.get_username()
        super().delete_model(request, obj)


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

    list_display = [
        "language_name",
        "language_code",
        "sms_length_display",
        "is_reviewed",
        "is_published",
        "sort_order",
    ]
    list_editable = ["is_published", "sort_order"]
    list_filter = ["is_published", "is_reviewed"]
    search_fields = ["language_name", "language_code", "title", "editor_note"]
    readonly_fields = ["sms_length_display", "created_at", "updated_at"]
    inlines = [HelpCardLineInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "language_code",
                    "language_name",
                    "direction",
                    "is_reviewed",
                    "unreviewed_notice",
                    "title",
                    "lead",
                    "contacts_title",
                    "signs_title",
                    "signs",
                    "rights_title",
                    "rights",
                    "is_published",
                    "sort_order",
                    "editor_note",
                ]
            },
        ),
        (_("Pass it on"), {"fields": ["sms_text", "sms_length_display"]}),
        (
            _("The page around the card, in the card's language"),
            {
                "fields": [f"frame_{key}" for key in FRAME_KEYS],
                "description": _(
                    "Quick exit, help bar, menu button, footer and the card's buttons. "
                    "A text left empty is shown in English."
                ),
            },
        ),
        (None, {"fields": ["created_at", "updated_at"]}),
    ]

    @admin.display(description=_("text message"))
    def sms_length_display(self, obj):
        length = obj.sms_length
        return _("%(units)d units (%(encoding)s), %(segments)d SMS segment(s)") % {
            "units": length.units,
            "encoding": length.encoding,
            "segments": length.segments,
        }


@admin.register(ContactChange)
class ContactChangeAdmin(admin.ModelAdmin):
    """What changed in the help contacts, newest first: read only."""

    list_display = ["changed_at", "contact_name", "kind", "summary", "changed_by"]
    list_filter = ["kind", ("changed_at", admin.DateFieldListFilter)]
    search_fields = ["contact_name", "changed_by"]
    date_hierarchy = "changed_at"
    fields = ["contact", "contact_name", "kind", "before_and_after", "changed_by", "changed_at"]
    readonly_fields = fields

    @admin.display(description=_("before → after"))
    def summary(self, obj):
        return format_html_join(mark_safe("<br>"), "{}: {} → {}", obj.lines())

    before_and_after = summary

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
