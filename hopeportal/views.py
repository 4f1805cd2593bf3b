"""The composition layer's own pages: the home page, which shows what several
content apps add (figures, contacts), and the machine pages."""

from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from content.core.models import Page
from content.core.siteurl import absolute_url
from content.core.views import PageMixin


class HomeView(PageMixin, TemplateView):
    """The home page: its text, what the apps' template tags add (figures,
    contacts) and a way in to every other page."""

    page_key = "home"
    template_name = "home.html"
    # Link previews call the home page the website; every other page an article.
    extra_context = {"og_type": "website"}

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
