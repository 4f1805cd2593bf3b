import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation
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


class SearchView(TemplateView):
    """Results across all published content, in the visitor's language.

    A result page is kept in the shared cache for the next identical search
    (content changes clear it). The key is a hash: the words someone searched
    for are never written anywhere in the clear, nor logged.
    """

    template_name = "search/search.html"

    def get(self, request, *args, **kwargs):
        form = SearchForm(request.GET or None)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form, groups=None))
        q = form.cleaned_data["q"]
        language = translation.get_language()
        key = "search:" + hashlib.sha256(f"{language}\0{q}".encode()).hexdigest()
        content = cache.get(key)
        if content is None:
            entries = fulltext.search(q, language)
            context = self.get_context_data(
                form=form, groups=grouped(entries, q, language), count=len(entries)
            )
            content = self.render_to_response(context).render().content
            cache.set(key, content, settings.PAGE_CACHE_SECONDS)
        return HttpResponse(content)
