from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class MythsConfig(AppConfig):
    name = "content.myths"
    label = "myths"
    verbose_name = _("Myths")

    def ready(self):
        from content.core import registry

        registry.register_page("myths", _("Myths"), "myths:index")
        registry.register_search(self.search_documents, models=self.get_models())

    def search_documents(self):
        from content.core.registry import SearchDocument

        from .models import Myth

        for myth in Myth.objects.published():
            yield SearchDocument(gettext("Myth"), myth, "myth", "fact")
