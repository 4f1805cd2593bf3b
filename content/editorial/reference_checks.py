"""What the admin checks in the text editors write: every reference names
something that exists (content.core.references), and no phone number or
e-mail address is typed in by hand, where it would not follow the contact,
nor dial."""

import re

from django.utils.translation import gettext as _

from content.core.references import TOKEN, kinds

# Anything that looks like a token, well formed or not, to tell editors about typos.
LOOSE_TOKEN = re.compile(r"\[\[[^\]]*\]\]")

# Numbers a person would dial: 8 digits (grouped or not), +47 numbers, 5-digit
# service numbers starting with 0 (02800), the emergency numbers 110-113 and
# the 116 helplines. Years, counts and sums of money do not match.
PHONE = re.compile(
    r"(?<![\d.,-])(?:\+\d{2}\s?)?(?:\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{3}\s\d{2}\s\d{3}|0\d{4}"
    r"|11[0-3]|116\s?\d{3})(?!\d|[.,-]\d)"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def problems(text):
    """What is wrong with the references in `text`, and any phone number or
    e-mail address typed in by hand, as messages for an editor."""
    if not text:
        return []
    messages = []
    for loose in LOOSE_TOKEN.findall(text):
        match = TOKEN.fullmatch(loose)
        if match is None:
            messages.append(
                _("“%(token)s” is not a reference. Write it like [[contact:rosa:phone]].")
                % {"token": loose}
            )
            continue
        kind_name, key, part = match.groups()
        kind = kinds().get(kind_name)
        if kind is None:
            messages.append(
                _("“%(token)s”: there is no kind of reference called “%(kind)s” (use %(kinds)s).")
                % {"token": loose, "kind": kind_name, "kinds": ", ".join(sorted(kinds()))}
            )
        elif part and part not in kind.parts:
            messages.append(
                _("“%(token)s”: use one of %(parts)s after the key.")
                % {"token": loose, "parts": ", ".join(kind.parts)}
            )
        elif key not in kind.load():
            messages.append(
                _("“%(token)s”: nothing published has the key “%(key)s”.")
                % {"token": loose, "key": key}
            )
    # Tokens themselves hold no numbers worth flagging; look at the rest only.
    rest = LOOSE_TOKEN.sub(" ", text)
    for number in PHONE.findall(rest):
        messages.append(
            _(
                "“%(number)s” looks like a phone number. Write a reference instead, e.g. "
                "[[contact:rosa:phone]], so the number follows the contact and dials."
            )
            % {"number": number.strip()}
        )
    for address in EMAIL.findall(rest):
        messages.append(
            _(
                "“%(address)s” is an e-mail address. Write a reference instead, e.g. "
                "[[contact:hope-for-justice:email]]."
            )
            % {"address": address}
        )
    return messages


def help_text():
    """One line for the admin: how to write a reference."""
    examples = ", ".join(kind.example for kind in kinds().values() if kind.example)
    return _(
        "Phone numbers, e-mail addresses and figures go in as references, never typed in: "
        "%(examples)s."
    ) % {"examples": examples}


def prose_fields(model):
    """The text fields of `model` a visitor reads (every language's column):
    where phone numbers and e-mail addresses must be references. Addresses,
    slugs, choices and notes for editors are not prose; a model names its own
    address fields in `reference_exempt_fields`."""
    from django.db import models

    exempt = {"editor_note", *getattr(model, "reference_exempt_fields", ())}
    for db_field in model._meta.concrete_fields:
        base = getattr(db_field, "translated_field", db_field)  # modeltranslation
        if (
            isinstance(db_field, (models.CharField, models.TextField))
            and not isinstance(db_field, (models.URLField, models.EmailField, models.SlugField))
            and not db_field.choices
            and base.name not in exempt
        ):
            yield db_field
