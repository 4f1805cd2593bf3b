from django.contrib import admin

from content.editorial.admin import CheckableAdminMixin, ContentAdmin

from .models import Series, Statistic


@admin.register(Statistic)
class StatisticAdmin(CheckableAdminMixin, ContentAdmin):
    # What fits a 1280 px screen; the year published and the newer figure are
    # on the change page.
    list_display = [
        "__str__",
        "scope",
        "data_year",
        "source_name",
        "last_checked",
        "series",
        "is_headline",
        "is_published",
        "sort_order",
        "missing_translations",
    ]
    list_filter = ["is_published", "scope", "is_headline", "series"]
    search_fields = ["key", "label", "note", "source_name", "editor_note"]
    autocomplete_fields = ["superseded_by", "series"]


class SeriesStatisticInline(admin.TabularInline):
    """The figures of a series and their order. A figure joins a series from its
    own page (field "series")."""

    model = Statistic
    fields = ["__str__", "data_year", "is_published", "series_order"]
    readonly_fields = ["__str__", "data_year", "is_published"]
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Series)
class SeriesAdmin(ContentAdmin):
    search_fields = ["title", "description"]
    inlines = [SeriesStatisticInline]
