from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class WorkCheckConfig(AppConfig):
    name = "content.workcheck"
    label = "workcheck"
    verbose_name = _("Work check")

    def ready(self):
        from content.core import references, registry

        from .references import load, render

        registry.register_search(self.search_documents, models=self.get_models())
        references.register("workcheck", load=load, render=render, example="[[workcheck:pl]]")

    def search_documents(self):
        from content.core.registry import SearchDocument

        from .models import WorkCheck

        for check in WorkCheck.objects.published().with_questions():
            # Written in its own language whatever the site's, and marked with it.
            texts = (check.language_code, *(q.text for q in check.questions.all()))
            yield SearchDocument(
                gettext("Is this OK at work in Norway?"),
                check,
                "title",
                "lead",
                texts,
                lang=check.language_code,
            )
