from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.core.models import Publishable


class Page(Publishable):
    """The editable heading and text of one page of the site. Which page a
    record belongs to is fixed by its key; the page's address comes from it."""

    class Key(models.TextChoices):
        HOME = "home", _("Home")
        FACTS = "facts", _("Facts and figures")
        WHAT_IT_IS = "what-it-is", _("What human trafficking is")
        MYTHS = "myths", _("Myths")
        SIGNS = "signs", _("Signs")
        WHERE = "where", _("Where it happens")
        RIGHTS = "rights", _("Rights of people exposed to trafficking")
        WHY_NO_HELP = "why-no-help", _("Why victims don't seek help")
        HELP = "help", _("Get help")
        COURSES = "courses", _("Courses")
        ABOUT = "about", _("About us")
        BROWSE_SAFELY = "browse-safely", _("Browse safely")
        PRIVACY = "privacy", _("Privacy")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")

    # Where each key's page lives (URL names); pages with their own app list them.
    URL_NAMES = {
        Key.HOME: "core:home",
        Key.FACTS: "facts:index",
        Key.MYTHS: "myths:index",
        Key.SIGNS: "indicators:index",
        Key.WHERE: "sectors:index",
        Key.HELP: "contacts:index",
    }

    key = models.CharField(_("page"), max_length=40, choices=Key.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown under the title.")
    )
    body = models.TextField(
        _("text"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )

    class Meta(Publishable.Meta):
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(self.URL_NAMES.get(self.key, f"pages:{self.key}"))


class Section(Publishable):
    """A titled part of a page: text and, optionally, a list."""

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="sections", verbose_name=_("page")
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(
        _("text"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )
    items = models.TextField(
        _("list"), blank=True, help_text=_("One list item per line. Leave empty for no list.")
    )

    class Meta(Publishable.Meta):
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.title

    @property
    def item_list(self):
        return [line.strip() for line in self.items.splitlines() if line.strip()]

    def get_absolute_url(self):
        return self.page.get_absolute_url()
