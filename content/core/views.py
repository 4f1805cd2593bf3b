from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from .models import Page, Section
from .siteurl import absolute_url


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


class PageView(PageMixin, TemplateView):
    """A page that is nothing but its editable text."""

    template_name = "pages/page_detail.html"

    def get_template_names(self):
        # A page with something of its own (the courses page's link to the
        # inquiry form) has a template of its own: pages/page_<key>.html.
        return [f"pages/page_{self.page_key}.html", self.template_name]


class HomeView(PageMixin, TemplateView):
    """The home page: its text, what the apps' template tags add (figures,
    contacts) and a way in to every other page."""

    page_key = "home"
    template_name = "core/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            other_pages=Page.objects.published().exclude(key=self.page_key), **kwargs
        )


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=86400, public=True)
def security_txt(request):
    lines = [
        f"Contact: mailto:{settings.SECURITY_CONTACT}",
        # RFC 9116 wants an expiry under a year ahead; the contact is a setting.
        f"Expires: {(timezone.now() + timedelta(days=180)):%Y-%m-%dT00:00:00Z}",
        "Preferred-Languages: nb, en",
        f"Canonical: {absolute_url(request.path)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(no_store=True)
def health(request):
    """For load balancers: answers 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok\n", content_type="text/plain")
