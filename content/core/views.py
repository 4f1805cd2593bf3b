from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from content.facts.models import Statistic
from content.pages.models import Page
from content.pages.views import PageMixin

from .siteurl import absolute_url


class HomeView(PageMixin, TemplateView):
    page_key = Page.Key.HOME
    template_name = "core/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            figures=Statistic.objects.published().current().filter(is_headline=True)[:3],
            other_pages=Page.objects.published().exclude(key=Page.Key.HOME),
            **kwargs,
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
