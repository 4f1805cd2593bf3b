from django.views.generic import TemplateView

from content.core.views import PageMixin


class PageView(PageMixin, TemplateView):
    """A page that is nothing but its editable text."""

    template_name = "pages/page_detail.html"

    def get_template_names(self):
        # A page with something of its own (the courses page's link to the
        # inquiry form) has a template of its own: pages/page_<key>.html.
        return [f"pages/page_{self.page_key}.html", self.template_name]
