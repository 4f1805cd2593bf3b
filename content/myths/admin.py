from django.contrib import admin

from content.core.admin import ContentAdmin

from .models import Myth


@admin.register(Myth)
class MythAdmin(ContentAdmin):
    search_fields = ["myth", "fact"]
