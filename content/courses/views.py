from django.conf import settings
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from . import throttle
from .forms import CourseInquiryForm
from .mail import notify_staff


# The only page that sets a cookie: Django's CSRF cookie, which the form needs.
# Never cached: the page carries the visitor's token and what they typed.
@method_decorator(never_cache, name="dispatch")
class InquiryView(FormView):
    template_name = "courses/inquiry_form.html"
    form_class = CourseInquiryForm

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_from_a_bot():
            # A bot sees what a person sees, and learns nothing; nothing is saved.
            return redirect("courses:thanks")
        if throttle.over_limit(request):
            # Nothing saved or e-mailed; a person is told calmly what to do.
            return self.response_class(
                request, "courses/inquiry_limit.html", self.get_context_data(), status=429
            )
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        inquiry = form.save(commit=False)
        inquiry.language = get_language()
        inquiry.save()
        throttle.count(request)
        notify_staff(inquiry, request)
        # POST/redirect/GET: a reload of the thank-you page sends nothing twice.
        return redirect("courses:thanks")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            retention_months=settings.COURSE_INQUIRY_RETENTION_MONTHS, **kwargs
        )


@method_decorator(never_cache, name="dispatch")
class ThanksView(TemplateView):
    template_name = "courses/thanks.html"
