from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import ListView

from content.core.views import PageMixin

from .forms import ChecklistForm
from .models import Guidance, Indicator


# A form page: never stored, so neither Back nor a restored tab can show which
# signs a visitor had ticked.
@method_decorator(never_cache, name="dispatch")
class IndicatorListView(PageMixin, ListView):
    """The signs, as a checklist a visitor can tick through."""

    page_key = "signs"
    queryset = Indicator.objects.published()

    def get_context_data(self, **kwargs):
        form = kwargs.pop("form", None) or ChecklistForm(self.object_list)
        return super().get_context_data(form=form, **kwargs)


# The checklist answer is sensitive: it is computed and shown, never stored,
# logged or cached, and it needs no CSRF cookie because it changes nothing.
@method_decorator([csrf_exempt, never_cache], name="dispatch")
class ChecklistResultView(IndicatorListView):
    def get(self, request, *args, **kwargs):
        # A reload or bookmark of the answer page starts the checklist afresh.
        return redirect("indicators:index")

    def post(self, request, *args, **kwargs):
        self.object_list = self.get_queryset()
        form = ChecklistForm(self.object_list, data=request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        ticked = form.ticked()
        guidance = [g for g in Guidance.objects.published() if g.applies_to(ticked)]
        self.template_name = "indicators/checklist_result.html"
        return self.render_to_response(
            self.get_context_data(form=form, ticked=ticked, guidance=guidance)
        )
