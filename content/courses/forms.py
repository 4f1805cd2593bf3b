from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.utils.translation import gettext_lazy as _

from .models import CourseInquiry

# Hidden from people (CSS and aria-hidden); a bot that fills in every field fills it.
HONEYPOT = "website"


def _messages(required=None, max_length=None, **more):
    messages = {"max_length": max_length, "required": required, **more}
    return {key: value for key, value in messages.items() if value}


class CourseInquiryForm(forms.ModelForm):
    """The course inquiry, with GOV.UK-style messages that say how to put it right."""

    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    class Meta:
        model = CourseInquiry
        fields = CourseInquiry.VISITOR_FIELDS
        labels = {
            "name": _("Your name"),
            "organisation": _("Organisation or workplace"),
            "email": _("E-mail address"),
            "phone": _("Phone number"),
            "role": _("What kind of service do you work in?"),
            "participants": _("How many people would take part?"),
            "preferred_time": _("When would suit you?"),
            "message": _("Anything else we should know?"),
        }
        help_texts = {
            "email": _("We will answer you at this address."),
            "role": _("For example a health clinic, the police, child welfare, NAV or a school."),
            "participants": _("An estimate is fine."),
            "preferred_time": _("For example a month, a week or a few dates."),
            # The inquiry is about a course, not a case: it must hold nobody's details.
            "message": _(
                "Do not write personal details about anyone you are worried about: "
                "no names, and no details that could identify a person."
            ),
        }
        error_messages = {
            "name": _messages(
                _("Enter your name"),
                _("Your name must be 200 characters or fewer"),
                line_break=_("Write your name on one line"),
            ),
            "organisation": _messages(
                _("Enter the name of your organisation or workplace"),
                _("The organisation must be 200 characters or fewer"),
                line_break=_("Write the organisation on one line"),
            ),
            "email": _messages(
                _("Enter your e-mail address"),
                _("The e-mail address must be 254 characters or fewer"),
                invalid=_("Enter an e-mail address in the correct format, like name@example.org"),
                line_break=_("Write the e-mail address on one line"),
            ),
            "phone": _messages(
                max_length=_("The phone number must be 30 characters or fewer"),
                line_break=_("Write the phone number on one line"),
            ),
            "role": _messages(
                _("Enter what kind of service you work in"),
                _("The kind of service must be 200 characters or fewer"),
                line_break=_("Write the kind of service on one line"),
            ),
            "participants": _messages(
                invalid=_("Enter the number of people as a whole number, like 12"),
                min_value=_("The number of people must be 1 or more"),
                max_value=_("The number of people must be 9999 or fewer"),
            ),
            "preferred_time": _messages(
                max_length=_("When it would suit you must be 200 characters or fewer"),
                line_break=_("Write when it would suit you on one line"),
            ),
            "message": _messages(
                max_length=_("The message must be 3000 characters or fewer"),
            ),
        }
        widgets = {
            "participants": forms.TextInput(attrs={"inputmode": "numeric"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }

    autocomplete = {
        "name": "name",
        "organisation": "organization",
        "email": "email",
        "phone": "tel",
        "role": "organization-title",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One limit each way, so a wrong number gets one message.
        self.fields["participants"].validators = [MinValueValidator(1), MaxValueValidator(9999)]
        self.fields["phone"].validators.append(
            RegexValidator(
                r"^\+?[\d ()-]{3,}$",
                _("Enter a phone number using digits, like 22 33 44 55 or +47 22 33 44 55"),
            )
        )
        for name, field in self.fields.items():
            # Limits are checked on the server, with a message; a browser's
            # maxlength would cut text off without saying so (GOV.UK's advice).
            field.widget.attrs.pop("maxlength", None)
            if name in self.autocomplete:
                field.widget.attrs["autocomplete"] = self.autocomplete[name]
        self.fields["email"].widget.attrs["spellcheck"] = "false"
        self.fields[HONEYPOT].widget.attrs.update(tabindex="-1", autocomplete="off")

    def is_from_a_bot(self):
        return bool(self.data.get(HONEYPOT))

    def fields_for_people(self):
        """Every field but the honeypot, in the order of the form."""
        return [self[name] for name in self._meta.fields]
