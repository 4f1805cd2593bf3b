from urllib.parse import urlencode

from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView

from content.core import references
from content.core import rules as rule_text

from . import first_steps
from .models import Guide


def role_notes(role):
    """The rules a kind of work is reminded of first, rendered."""
    rules = references.objects("rule")
    keys = first_steps.ROLE_NOTES.get(role, first_steps.ROLE_NOTES[""])
    return [rule_text.full(rules[key]) for key in keys if key in rules]


class GuideListView(ListView):
    queryset = Guide.objects.published()


class GuideDetailView(DetailView):
    queryset = Guide.objects.published().with_links()

    def get_context_data(self, **kwargs):
        notes = role_notes(self.object.first_steps_role)
        return super().get_context_data(first_steps_notes=notes, **kwargs)


class GuidePrintView(GuideDetailView):
    """The guide on one A4 sheet, with a QR code to its page."""

    template_name = "guides/guide_print.html"
    extra_context = {"object_url_method": "get_print_url"}


# The answers are the visitor's own: they travel in the query string only
# (the access log leaves it out) and are never stored, cached or logged.
@method_decorator(never_cache, name="dispatch")
class FirstStepsView(TemplateView):
    """The decision path: one question a screen, then "What I did"."""

    template_name = "guides/first_steps.html"

    def get_context_data(self, **kwargs):
        walk = first_steps.walk(self.request.GET)
        rules = references.objects("rule")
        role = [("role", walk.role)] if walk.role else []
        carried = role + [(q.key, answer) for q, answer in walk.answers]
        now = [
            (step, first_steps.rendered(step.rules, rules, walk.role, walk.given))
            for step in walk.now
        ]
        applied, may_apply, always = first_steps.summary(walk, rules) if walk.done else ([], [], [])
        return super().get_context_data(
            walk=walk,
            now=now,
            role_name=first_steps.ROLES.get(walk.role, ""),
            role_notes=role_notes(walk.role) if not walk.answers else [],
            roles=[
                (first_steps.ROLES[key], "?" + urlencode({"role": key}))
                for key in first_steps.ROLES
            ],
            carried=carried,
            answer_buttons=[
                (value, first_steps.ANSWER_LABELS[value]) for value in walk.question.answers
            ]
            if walk.question
            else [],
            position=len(walk.answers) + 1,
            total=len(first_steps.QUESTIONS),
            back_url="?" + urlencode(carried[:-1]) if walk.answers else "",
            restart_url="?" + urlencode(role) if role else self.request.path,
            applied=applied,
            may_apply=may_apply,
            always=always,
            contact_tokens=first_steps.contact_tokens(walk.contacts()),
            **kwargs,
        )
