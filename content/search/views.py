from django.utils import translation
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from .forms import SearchForm
from .models import SearchEntry

MAX_RESULTS = 50


# What a visitor searched for stays in no cache, theirs or a shared one (the
# page cache already skips query strings; a browser or a proxy might not).
@method_decorator(never_cache, name="dispatch")
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
