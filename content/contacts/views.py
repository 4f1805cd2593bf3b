from django.views.generic import ListView

from content.core.views import PageMixin

from .models import HelpContact, Situation


class HelpContactListView(PageMixin, ListView):
    page_key = "help"
    queryset = HelpContact.objects.published()

    def get_context_data(self, **kwargs):
        situations = Situation.objects.published().select_related("contact")
        return super().get_context_data(situations=situations, **kwargs)
