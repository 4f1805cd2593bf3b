from django.db.models import Prefetch
from django.http import Http404

from .models import Page, Section


def get_page(key):
    """The published page for `key` with its published sections (two queries)."""
    sections = Prefetch("sections", queryset=Section.objects.published())
    try:
        return Page.objects.published().prefetch_related(sections).get(key=key)
    except Page.DoesNotExist:
        raise Http404 from None


class PageMixin:
    """Puts the editable page text for `page_key` into the context as `page`."""

    page_key = None

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=get_page(self.page_key), **kwargs)
