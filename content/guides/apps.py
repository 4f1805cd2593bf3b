from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "content.guides"
    label = "guides"
    verbose_name = _("Guides for your work")

    def ready(self):
        from content.core import registry

        registry.register_search(self.search_documents, models=self.get_models())

    def search_documents(self):
        from content.core.registry import SearchDocument

        from .models import Guide

        for guide in Guide.objects.published():
            texts = (
                guide.audience,
                guide.signs,
                guide.talking,
                guide.steps,
                guide.avoid,
                guide.course,
            )
            yield SearchDocument(gettext("Guide for your work"), guide, "title", "lead", texts)
        yield self.first_steps_document()

    def first_steps_document(self):
        """The decision path: no model of its own, its texts are the interface's."""
        from types import SimpleNamespace

        from django.urls import reverse
        from django.utils.translation import get_language

        from content.core.registry import SearchDocument

        from . import first_steps

        path = SimpleNamespace(
            title=gettext("The first fifteen minutes"),
            lead=gettext(
                "A decision path for professionals: one question at a time, what to do now "
                "and the duties that apply. Nothing is saved."
            ),
        )
        from content.core.models import Rule

        rules = Rule.objects.filter(key__in=first_steps.DUTIES).published()
        texts = (
            *(str(q.text) for q in first_steps.QUESTIONS),
            *(f"{rule.title} {rule.legal_basis} {rule.text}" for rule in rules),
            gettext("decision path first steps what to do"),
        )
        return SearchDocument(
            gettext("Guide for your work"),
            path,
            "title",
            "lead",
            tuple(str(t) for t in texts),
            url=reverse("guides:first-steps"),
            lang=get_language(),
        )
