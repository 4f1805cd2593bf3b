from django.contrib import admin

from content.editorial.admin import ContentAdmin

from .models import Guide


@admin.register(Guide)
class GuideAdmin(ContentAdmin):
    list_display = ["title", "audience", *ContentAdmin.list_display[1:]]
    search_fields = ["title", "audience", "lead", "signs", "steps", "editor_note"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["indicators", "sectors", "contacts"]
