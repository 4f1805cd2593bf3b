"""The search index: every published item, as visitors read it, per language."""

from django.conf import settings
from django.db import transaction
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext

from content.contacts.models import HelpCard, HelpContact
from content.core.languages import fallback_language
from content.facts.models import Statistic
from content.guides.models import Guide
from content.indicators.models import Indicator
from content.myths.models import Myth
from content.pages.models import Page, Section
from content.sectors.models import Case, Sector

from .models import SearchEntry


def _entry(kind, obj, title_field, summary_field, *texts, title=None, url=None):
    title = title if title is not None else getattr(obj, title_field)
    summary = getattr(obj, summary_field) if summary_field else ""
    return SearchEntry(
        language=translation.get_language(),
        kind=kind,
        url=url or obj.get_absolute_url(),
        title=title,
        title_lang=fallback_language(obj, title_field),
        summary=summary,
        summary_lang=fallback_language(obj, summary_field) if summary_field else "",
        text=" ".join(str(t) for t in (title, summary, *texts) if t).lower(),
    )


def _entries():
    """Entries for the active language, in the order results are shown."""
    sections = Prefetch("sections", queryset=Section.objects.published())
    for page in Page.objects.published().prefetch_related(sections):
        parts = [(s.title, s.body, s.items) for s in page.sections.all()]
        yield _entry(gettext("Page"), page, "title", "lead", page.body, *sum(parts, ()))
    for sector in Sector.objects.published():
        yield _entry(gettext("Form of exploitation"), sector, "name", "summary", sector.body)
    cases = Case.objects.published().filter(sector__is_published=True).select_related("sector")
    for case in cases:
        yield _entry(gettext("Case"), case, "title", "summary", case.body, case.court, case.outcome)
    for myth in Myth.objects.published():
        yield _entry(gettext("Myth"), myth, "myth", "fact")
    for indicator in Indicator.objects.published():
        yield _entry(gettext("Sign"), indicator, "text", "description")
    for stat in Statistic.objects.published().current():
        title = f"{stat.formatted_value} {stat.label}"
        yield _entry(gettext("Figure"), stat, "label", "note", stat.source_name, title=title)
    for guide in Guide.objects.published():
        texts = (guide.audience, guide.signs, guide.talking, guide.steps, guide.avoid, guide.course)
        yield _entry(gettext("Guide for your work"), guide, "title", "lead", *texts)
    for card in HelpCard.objects.published():
        # Written in its own language whatever the site's: marked with it.
        yield SearchEntry(
            language=translation.get_language(),
            kind=gettext("Help in your language"),
            url=card.get_absolute_url(),
            title=card.title,
            title_lang=card.language_code,
            summary=card.language_name,
            summary_lang=card.language_code,
            text=" ".join((card.language_name, card.language_code, card.title, card.signs)).lower(),
        )
    for contact in HelpContact.objects.published():
        yield _entry(
            gettext("Help contact"),
            contact,
            "name",
            "when_to_use",
            contact.phone,
            contact.phone_display,
            contact.email,
            contact.hours,
        )


def rebuild():
    """Replace the whole index with what is published now, in every language."""
    entries = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            entries += _entries()
    for order, entry in enumerate(entries):
        entry.sort_order = order
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchEntry.objects.bulk_create(entries)


def rebuild_after_commit():
    """Rebuild once when the current transaction commits, however many items it
    saved (the seed loads dozens at once)."""
    connection = transaction.get_connection()
    # Django keeps the callbacks of the open transaction here; one rebuild is enough.
    if any(callback[1] is rebuild for callback in connection.run_on_commit):
        return
    transaction.on_commit(rebuild)
