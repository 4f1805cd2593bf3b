from django.views.generic import DetailView, ListView

from .models import Guide


class GuideListView(ListView):
    queryset = Guide.objects.published()


class GuideDetailView(DetailView):
    queryset = Guide.objects.published().with_links()


class GuidePrintView(GuideDetailView):
    """The guide on one A4 sheet, with a QR code to its page."""

    template_name = "guides/guide_print.html"
    extra_context = {"object_url_method": "get_print_url"}
