from django.contrib import admin

from content.core.admin import ContentAdmin

from .models import Indicator


@admin.register(Indicator)
class IndicatorAdmin(ContentAdmin):
    search_fields = ["text", "description"]
