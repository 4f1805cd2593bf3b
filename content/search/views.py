from django.utils import translation
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from . import fulltext
from .forms import SearchForm


def grouped(entries, q, language):
    """Results grouped by kind; the groups in the order of their best result."""
    wanted = set(fulltext.query_stems(q, language))
    groups = {}
    for entry in entries:
        groups.setdefault(entry.kind, []).append(
            {
                "entry": entry,
                "title": fulltext.highlight(entry.title, wanted, language),
                "summary": fulltext.highlight(entry.summary, wanted, language, max_words=30),
            }
        )
    return list(groups.items())


# What a visitor searched for stays in no cache, theirs or a shared one (the
# page cache already skips query strings; a browser or a proxy might not).
@method_decorator(never_cache, name="dispatch")
class SearchView(TemplateView):
    """Results across all published content, in the visitor's language. A
    result page is cached for the next identical search (SearchCacheMiddleware)."""

    template_name = "search/search.html"

    def get(self, request, *args, **kwargs):
        form = SearchForm(request.GET or None)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form, groups=None))
        q = form.cleaned_data["q"]
        language = translation.get_language()
        entries = fulltext.search(q, language)
        context = self.get_context_data(
            form=form, groups=grouped(entries, q, language), count=len(entries)
        )
        response = self.render_to_response(context)
        response.search_results = True  # the same for everyone: may be cached
        return response
