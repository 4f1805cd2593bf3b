"""The strings of the page frame (quick exit, help bar, menu button, footer),
as one object templates read: `{{ frame.menu }}`. By default each is the
gettext string in the page's language; a page in a language the catalogues
do not have (a help card) gives its own, and any it lacks fall back to English,
marked with `lang` so screen readers pronounce them right."""

from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

FALLBACK_LANGUAGE = "en"

# key: the gettext string it defaults to. A help card has a `frame_<key>` field for each.
STRINGS = {
    "skip_link": _("Skip to main content"),
    "quick_exit_label": _("Quick exit"),
    "quick_exit": _("Exit this page"),
    "exit_hint_one": _("Shift, press 2 more times to exit."),
    "exit_hint_two": _("Shift, press 1 more time to exit."),
    "exit_hint_reset": _("Exit this page expired."),
    "exit_hint_leaving": _("Exiting page."),
    "browse_safely": _("Browse safely"),
    "tagline": _("Human trafficking: recognise it, find help"),
    "language": _("Language"),
    "danger_call": _("Danger now? Call"),
    "get_help": _("Get help"),
    "main_menu": _("Main menu"),
    "menu": _("Menu"),
    "help_contacts": _("Help contacts"),
    "all_help_contacts": _("All help contacts"),
    "about_site": _("About this site"),
}


class FrameText(str):
    """A frame string that knows the language it is in when that is not the page's."""

    lang = ""

    @property
    def lang_attr(self):
        return format_html(' lang="{}"', self.lang) if self.lang else ""


class Frame:
    def __init__(self, own=None, strings=STRINGS):
        # `own` (a help card's strings): any key missing or empty falls back to English.
        # `strings`: the keys and their gettext defaults (a card adds its own).
        self.own = own
        self.strings = strings

    def __getattr__(self, key):
        try:
            default = self.__dict__["strings"][key]
        except KeyError:
            raise AttributeError(key) from None
        if self.own is None:
            return FrameText(default)
        if value := self.own.get(key):
            return FrameText(value)
        with translation.override(FALLBACK_LANGUAGE):
            text = FrameText(default)
        text.lang = FALLBACK_LANGUAGE
        return text

    @property
    def shared(self):
        """The site's own frame: the same on every page in a language (so its
        rendered parts may be kept; a help card's are its own)."""
        return self.own is None

    @property
    def site_lang_attr(self):
        """On the site's links (menu, footer pages) when the page is in another
        language: they lead to pages in the fallback language, and say so."""
        if self.own is None:
            return ""
        return format_html(' lang="{}"', FALLBACK_LANGUAGE)
