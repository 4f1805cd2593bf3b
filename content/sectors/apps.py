from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class SectorsConfig(AppConfig):
    name = "content.sectors"
    label = "sectors"
    verbose_name = _("Forms of exploitation and cases")

    def ready(self):
        from content.core import registry

        registry.register_page("where", _("Where it happens"), "sectors:index")
        registry.register_search(self.search_documents, models=self.get_models())

    def search_documents(self):
        from content.core.registry import SearchDocument

        from .models import Case, Sector

        for sector in Sector.objects.published():
            yield SearchDocument(
                gettext("Form of exploitation"), sector, "name", "summary", (sector.body,)
            )
        for case in Case.objects.published().select_related("sector"):
            texts = (case.body, case.court, case.outcome)
            yield SearchDocument(gettext("Case"), case, "title", "summary", texts)
