from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.utils import translation
from django.views.generic import DetailView, TemplateView

from content.core.frame import FALLBACK_LANGUAGE
from content.core.siteurl import absolute_url
from content.core.views import PageMixin

from .models import HelpCard, Situation
from .vcard import card_vcard


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
    """A help card, wholly in its language: the frame's strings come from the
    card (English where it has none, and the site's links lead to the English
    pages). One address per card; the other language's redirects to it."""

    queryset = HelpCard.objects.published().with_lines()
    slug_field = slug_url_kwarg = "language_code"
    context_object_name = "card"
    url_method = "get_absolute_url"

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        url = getattr(self.object, self.url_method)()
        if request.path != url:
            return HttpResponsePermanentRedirect(url)
        with translation.override(FALLBACK_LANGUAGE):
            response = self.render_to_response(self.get_context_data(object=self.object))
            response.render()
        response["Content-Language"] = self.object.language_code
        return response

    def get_context_data(self, **kwargs):
        card = self.object
        return super().get_context_data(
            cards=HelpCard.objects.listed(),
            page_language=card.language_code,
            page_direction=card.direction,
            page_url=absolute_url(getattr(card, self.url_method)()),
            frame=card.frame(),
            help_list=card.help_list(),
            # The language switch leads to the help page in the site's languages.
            object_url_method="get_help_url",
            **kwargs,
        )


class HelpCardPrintView(HelpCardView):
    template_name = "contacts/helpcard_print.html"
    url_method = "get_print_url"


def help_card_vcard(request, language_code):
    """The card's contacts as a vCard file: the same for everyone, so cacheable."""
    card = HelpCardView.queryset.filter(language_code=language_code).first()
    if card is None:
        raise Http404
    if request.path != card.get_vcard_url():
        return HttpResponsePermanentRedirect(card.get_vcard_url())
    response = HttpResponse(card_vcard(card), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="contacts-{card.language_code}.vcf"'
    response["Content-Language"] = card.language_code
    response["Cache-Control"] = "public, max-age=3600"
    return response
