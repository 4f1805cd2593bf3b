from django.views.generic import DetailView, TemplateView

from content.core.views import PageMixin

from .models import HelpCard, Situation


class HelpContactListView(PageMixin, TemplateView):
    """Every contact (the list the page frame has already, `help_contacts`:
    one query for the help bar, the footer and the page), the guide and the
    help cards."""

    page_key = "help"
    template_name = "contacts/helpcontact_list.html"

    def get_context_data(self, **kwargs):
        situations = Situation.objects.published().select_related("contact")
        cards = HelpCard.objects.listed()
        return super().get_context_data(situations=situations, cards=cards, **kwargs)


class HelpCardView(DetailView):
    """A help card, with every other published card as an alternate language."""

    queryset = HelpCard.objects.published().with_lines()
    slug_field = slug_url_kwarg = "language_code"
    context_object_name = "card"

    def get_context_data(self, **kwargs):
        cards = HelpCard.objects.listed()
        return super().get_context_data(cards=cards, **kwargs)


class HelpCardPrintView(HelpCardView):
    template_name = "contacts/helpcard_print.html"
    extra_context = {"object_url_method": "get_print_url"}
