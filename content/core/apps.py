from django.apps import AppConfig
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    default = True
    name = "content.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import checks, references, registry, signals  # noqa: F401

        registry.register_page("home", _("Home"), "core:home")
        references.register(
            "page",
            load=lambda: {page.key: page for page in self.get_model("Page").objects.published()},
            render=lambda page, part: format_html(
                '<a href="{}">{}</a>', page.get_absolute_url(), page.title
            ),
            example="[[page:help]]",
        )
        from . import rules

        references.register(
            "rule",
            load=lambda: self.get_model("Rule").objects.by_key(),
            render=rules.render_reference,
            parts=("title",),
            example="[[rule:duty-to-inform]], [[rule:do-not-alert:title]]",
        )
        registry.register_search(
            self.search_documents, models=[self.get_model("Page"), self.get_model("Section")]
        )
        signals.connect()

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
