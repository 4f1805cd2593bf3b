from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "content.indicators"
    label = "indicators"
    verbose_name = _("Signs")

    def ready(self):
        from content.core import registry

        registry.register_page("signs", _("Signs"), "indicators:index")
        registry.register_search(self.search_documents, models=self.get_models())

    def search_documents(self):
        from content.core.registry import SearchDocument

        from .models import Indicator

        for indicator in Indicator.objects.published():
            yield SearchDocument(gettext("Sign"), indicator, "text", "description")
