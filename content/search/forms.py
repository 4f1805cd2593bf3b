from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        min_length=2,
        max_length=100,
        strip=True,
        error_messages={
            "required": _("Enter a word to search for."),
            "min_length": _("Enter at least 2 letters."),
            "max_length": _("Enter at most 100 letters."),
        },
    )
