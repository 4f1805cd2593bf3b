from django.contrib import admin

from content.editorial.admin import ContentAdmin

from .models import Case, Sector


@admin.register(Sector)
class SectorAdmin(ContentAdmin):
    search_fields = ["name", "summary", "body", "examples"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Case)
class CaseAdmin(ContentAdmin):
    list_display = ["title", "sector", "court", "year", *ContentAdmin.list_display[1:]]
    list_filter = ["is_published", "sector"]
    search_fields = ["title", "summary", "body", "court", "editor_note"]
    prepopulated_fields = {"slug": ["title"]}
