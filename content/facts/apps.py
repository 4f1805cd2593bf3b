from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class FactsConfig(AppConfig):
    name = "content.facts"
    label = "facts"
    verbose_name = _("Facts and statistics")

    def ready(self):
        from content.core import registry

        registry.register_page("facts", _("Facts and figures"), "facts:index")
        registry.register_search(self.search_documents, models=self.get_models())

    def search_documents(self):
        from content.core.registry import SearchDocument

        from .models import Statistic

        for stat in Statistic.objects.published().current():
            title = f"{stat.formatted_value} {stat.label}"
            yield SearchDocument(
                gettext("Figure"), stat, "label", "note", (stat.source_name,), title=title
            )
