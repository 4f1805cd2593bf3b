import csv

from django.contrib import admin
from django.http import StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import CourseInquiry

CSV_FIELDS = ["created_at", "status", *CourseInquiry.VISITOR_FIELDS, "language", "handled_at"]


class _Echo:
    """csv.writer writes a row into this and gets the line back, for streaming."""

    def write(self, value):
        return value


# What makes Excel, LibreOffice or Google Sheets read a cell as a formula
# (OWASP's list), and the full-width forms some of them accept as well.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def inert(value):
    """The cell as text a spreadsheet shows, never runs: a leading apostrophe
    marks it as text (a phone number +47 ... shows as '+47 ...)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell(inquiry, name):
    value = getattr(inquiry, name)
    if value is None:
        return ""
    if name in ("status", "language"):
        value = getattr(inquiry, f"get_{name}_display")()
    elif hasattr(value, "tzinfo"):
        value = timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    # Every column, whatever it holds: an editor can type anything in the admin.
    return inert(str(value))


def inquiries_csv(queryset, language):
    """The lines of the export: a header, then one line per inquiry."""
    # Semicolons: what Excel expects where the decimal mark is a comma, as in Norway.
    writer = csv.writer(_Echo(), delimiter=";")
    # Streamed after the view has returned: keep the admin user's language.
    with translation.override(language):
        header = [inert(str(CourseInquiry._meta.get_field(n).verbose_name)) for n in CSV_FIELDS]
        # The byte order mark tells Excel the file is UTF-8, so æ, ø and å come out right.
        yield "\ufeff" + writer.writerow(header)
        for inquiry in queryset.iterator():
            yield writer.writerow([_cell(inquiry, name) for name in CSV_FIELDS])


@admin.register(CourseInquiry)
class CourseInquiryAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "email", "created_at", "status"]
    list_filter = ["status", "created_at"]
    search_fields = ["name", "organisation", "email", "role", "message"]
    date_hierarchy = "created_at"
    readonly_fields = ["language", "created_at", "handled_at"]
    actions = ["mark_handled", "export_csv"]

    @admin.action(description=_("Mark as handled"), permissions=["change"])
    def mark_handled(self, request, queryset):
        count = queryset.mark_handled()
        self.message_user(
            request,
            ngettext(
                "%(count)d inquiry marked as handled.",
                "%(count)d inquiries marked as handled.",
                count,
            )
            % {"count": count},
        )

    @admin.action(description=_("Export as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        response = StreamingHttpResponse(
            inquiries_csv(queryset, translation.get_language()),
            content_type="text/csv; charset=utf-8",
        )
        filename = f"course-inquiries-{timezone.localdate():%Y-%m-%d}.csv"
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
