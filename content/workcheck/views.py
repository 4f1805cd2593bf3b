from django.http import Http404
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView

from .models import Answer, WorkCheck


def read_answers(questions, query):
    """{question: answer} for the questions the address answers; anything
    else in it (an unknown key or value) is ignored, never an error."""
    answers = {}
    for question in questions:
        value = query.get(question.key)
        if value in Answer.values:
            answers[question] = value
    return answers


# The answers are the visitor's own: they come in a POST body, never in the
# address (which stays in the browser's history under the page's title), are
# shown once and never stored: no cache, no cookie, no database row. The form
# changes nothing, so it needs no CSRF cookie.
@method_decorator([csrf_exempt, never_cache], name="dispatch")
class WorkCheckView(TemplateView):
    """A check in one language, and below the questions the answer to them."""

    template_name = "workcheck/workcheck_detail.html"

    def get_context_data(self, language_code=None, **kwargs):
        code = language_code or get_language()
        try:
            check = WorkCheck.objects.published().with_questions().get(language_code=code)
        except WorkCheck.DoesNotExist:
            raise Http404 from None
        questions = list(check.questions.all())
        # A GET shows the questions only: answers in an old address are ignored.
        answers = read_answers(questions, self.request.POST)
        labels = check.answer_labels()
        rows = [(q, answers.get(q, "")) for q in questions]
        return super().get_context_data(
            check=check,
            rows=rows,
            answered=bool(answers),
            concerns=[(q, labels[a]) for q, a in answers.items() if a == q.concern_answer],
            unsure=[q for q, a in answers.items() if a == Answer.UNSURE],
            checks=WorkCheck.objects.listed(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)
