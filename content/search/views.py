import re
import secrets

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from content.pagecache.middleware import content_version

from . import fulltext
from .forms import SearchForm

# Where a result page's own parts go in the frame kept for it (see SearchView):
# random per process, so no text a visitor searches for can be taken for one.
MARKS = {
    "title": f"\x00title-{secrets.token_hex(8)}\x00",
    "main": f"\x00main-{secrets.token_hex(8)}\x00",
}
SPLIT = re.compile("(" + "|".join(re.escape(mark) for mark in MARKS.values()) + ")")


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
    result page is cached for the next identical search (SearchCacheMiddleware).

    Every result page has the same frame (head, menu, footer) but for its title
    and its main part. The frame is rendered once per address and content
    version, with marks where those go, and kept in the default cache (it holds
    no words searched for, and nothing of any visitor's); each search renders
    its title and main part only and puts them in. A search costs what its
    results cost."""

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
        # The parts need nothing of the request (no context processors run).
        parts = {
            MARKS["title"]: render_to_string("search/title.html", context),
            MARKS["main"]: render_to_string("search/main.html", context),
        }
        frame = self.frame(request)
        response = HttpResponse("".join(parts.get(piece, piece) for piece in frame))
        response.search_results = True  # the same for everyone: may be cached
        return response

    def frame(self, request):
        """The result page's frame, split at the marks."""
        key = f"search-frame:{content_version()}:{request.path}"
        frame = cache.get(key)
        if frame is None:
            shell = {name: mark_safe(mark) for name, mark in MARKS.items()}
            response = self.render_to_response(self.get_context_data(form=None, shell=shell))
            frame = SPLIT.split(response.render().content.decode())
            cache.set(key, frame, settings.PAGE_CACHE_SECONDS)
        return frame
