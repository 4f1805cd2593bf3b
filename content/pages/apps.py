from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The pages that are nothing but their editable text (content.core.Page):
    what it is, rights, why victims don't seek help, courses, about, browse
    safely, privacy, accessibility. This app holds only their addresses."""

    name = "content.pages"
    label = "pages"
    verbose_name = _("Pages")

    PAGES = {
        "what-it-is": _("What human trafficking is"),
        "rights": _("Rights of people exposed to trafficking"),
        "why-no-help": _("Why victims don't seek help"),
        "courses": _("Courses"),
        "about": _("About us"),
        "browse-safely": _("Browse safely"),
        "privacy": _("Privacy"),
        "accessibility": _("Accessibility statement"),
    }

    def ready(self):
        from content.core import registry

        for key, label in self.PAGES.items():
            registry.register_page(key, label, f"pages:{key}")
