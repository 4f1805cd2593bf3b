from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "content.courses"
    label = "courses"
    verbose_name = _("Course inquiries")
    # Editors handle the inquiries (content.editorial.editors).
    editors_may_edit = True
