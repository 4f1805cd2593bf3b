from django import forms
from django.utils.translation import gettext_lazy as _


class ChecklistForm(forms.Form):
    """The signs a visitor ticks. Choices come from the indicators already
    fetched for the page, so checking the answer costs no extra query."""

    signs = forms.MultipleChoiceField(
        label=_("Signs you have noticed"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("One of the signs you sent is not on the list. Please tick again."),
            "invalid_list": _("The answer could not be read. Please tick the signs again."),
        },
    )

    def __init__(self, indicators, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicators = {str(i.pk): i for i in indicators}
        self.fields["signs"].choices = [(pk, i.text) for pk, i in self.indicators.items()]

    def ticked(self):
        return [self.indicators[pk] for pk in self.cleaned_data["signs"]]
