from django.utils import translation
from django.views.generic import TemplateView

from .forms import SearchForm
from .models import SearchEntry

MAX_RESULTS = 50


class SearchView(TemplateView):
    """Results across all published content, in the visitor's language."""

    template_name = "search/search.html"

    def get_context_data(self, **kwargs):
        form = SearchForm(self.request.GET or None)
        results = None
        if form.is_valid():
            words = form.words()
            entries = SearchEntry.objects.filter(language=translation.get_language())
            for word in words:
                entries = entries.filter(text__contains=word)
            # Items whose title holds every word come first.
            results = sorted(
                entries[:MAX_RESULTS], key=lambda e: not all(w in e.title.lower() for w in words)
            )
        return super().get_context_data(form=form, results=results, **kwargs)
