from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "content.guides"
    label = "guides"
    verbose_name = _("Guides for your work")

    def ready(self):
        from content.core import registry

        registry.register_search(self.search_documents, models=self.get_models())

    def search_documents(self):
        from content.core.registry import SearchDocument

        from .models import Guide

        for guide in Guide.objects.published():
            texts = (
                guide.audience,
                guide.signs,
                guide.talking,
                guide.steps,
                guide.avoid,
                guide.course,
            )
            yield SearchDocument(gettext("Guide for your work"), guide, "title", "lead", texts)
