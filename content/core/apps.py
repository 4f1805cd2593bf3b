from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    default = True
    name = "content.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import checks, lockout, references, registry, signals, translations  # noqa: F401
        from .editors import sync_editors_group

        registry.register_page("home", _("Home"), "core:home")
        references.register(
            "page",
            load=lambda: {page.key: page for page in self.get_model("Page").objects.published()},
            render=lambda page, part: format_html(
                '<a href="{}">{}</a>', page.get_absolute_url(), page.title
            ),
            example="[[page:help]]",
        )
        registry.register_search(
            self.search_documents, models=[self.get_model("Page"), self.get_model("Section")]
        )
        signals.connect()
        # After every migrate (and every flush in the tests): all migrations
        # have run by then, and the handler makes every app's permissions.
        post_migrate.connect(sync_editors_group, sender=self, dispatch_uid="sync_editors_group")

    def search_documents(self):
        from django.db.models import Prefetch

        from .models import Page, Section
        from .registry import SearchDocument

        sections = Prefetch("sections", queryset=Section.objects.published())
        for page in Page.objects.published().prefetch_related(sections):
            parts = [(s.title, s.body, s.items) for s in page.sections.all()]
            yield SearchDocument(
                gettext("Page"), page, "title", "lead", (page.body, *sum(parts, ()))
            )


class HopeAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the site's own admin site (name, front page, two factors)."""

    default = False
    default_site = "content.core.admin_site.HopeAdminSite"
