from django.contrib import admin

from content.editorial.admin import ContentAdmin

from .models import Myth


@admin.register(Myth)
class MythAdmin(ContentAdmin):
    search_fields = ["myth", "fact"]
