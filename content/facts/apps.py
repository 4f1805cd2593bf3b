from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class FactsConfig(AppConfig):
    name = "content.facts"
    label = "facts"
    verbose_name = _("Facts and statistics")

    def ready(self):
        from content.core import references, registry

        from .models import Statistic

        registry.register_page("facts", _("Facts and figures"), "facts:index")
        registry.register_search(self.search_documents, models=self.get_models())
        references.register(
            "figure",
            load=lambda: {s.key: s for s in Statistic.objects.published().exclude(key=None)},
            render=lambda stat, part: stat.formatted_value,
            example="[[figure:norway-reports-2023]]",
        )

    def search_documents(self):
        from content.core.registry import SearchDocument

        from .models import Statistic

        for stat in Statistic.objects.published().current():
            title = f"{stat.formatted_value} {stat.label}"
            yield SearchDocument(
                gettext("Figure"), stat, "label", "note", (stat.source_name,), title=title
            )
