from django.views.generic import DetailView, ListView

from content.pages.models import Page
from content.pages.views import PageMixin

from .models import HelpCard, HelpContact, Situation


class HelpContactListView(PageMixin, ListView):
    page_key = Page.Key.HELP
    queryset = HelpContact.objects.published()

    def get_context_data(self, **kwargs):
        situations = Situation.objects.published().select_related("contact")
        cards = HelpCard.objects.published().only("language_code", "language_name", "direction")
        return super().get_context_data(situations=situations, cards=cards, **kwargs)


class HelpCardView(DetailView):
    """A help card, with every other published card as an alternate language."""

    queryset = HelpCard.objects.published().with_lines()
    slug_field = slug_url_kwarg = "language_code"
    context_object_name = "card"

    def get_context_data(self, **kwargs):
        cards = HelpCard.objects.published().only("language_code", "language_name", "direction")
        return super().get_context_data(cards=cards, **kwargs)


class HelpCardPrintView(HelpCardView):
    template_name = "contacts/helpcard_print.html"
    extra_context = {"object_url_method": "get_print_url"}
