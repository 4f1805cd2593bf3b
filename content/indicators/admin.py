from django.contrib import admin

from content.editorial.admin import ContentAdmin

from .models import Guidance, Indicator


@admin.register(Indicator)
class IndicatorAdmin(ContentAdmin):
    search_fields = ["text", "description"]


@admin.register(Guidance)
class GuidanceAdmin(ContentAdmin):
    list_display = ["title", "min_signs", "max_signs", "indicator", *ContentAdmin.list_display[1:]]
    list_filter = ["is_published", "indicator"]
    search_fields = ["title", "text"]
