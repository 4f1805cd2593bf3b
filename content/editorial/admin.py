"""The admin every kind of content uses (content apps subclass ContentAdmin):
both languages side by side, history, preview, stale translations, reference
checks and, for a Checkable model, what is due for a check; and the seed
records, where editors review seed corrections that were not applied."""

import reversion
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from reversion.admin import VersionAdmin

from content.core.models import SeedRecord, check_cutoff

from . import reference_checks, translations
from .checking import due_for_check
from .preview import PreviewAdminMixin, preview_links


def missing_languages(obj):
    """Languages in which a text the item has in some language is still empty."""
    fields = translator.get_options_for_model(type(obj)).get_field_names()
    missing = []
    for code, name in settings.LANGUAGES:
        for field in fields:
            values = [
                getattr(obj, build_localized_fieldname(field, c)) for c, _n in settings.LANGUAGES
            ]
            if any(values) and not getattr(obj, build_localized_fieldname(field, code)):
                missing.append(str(name))
                break
    return missing


class ReferenceCheckedForm(forms.ModelForm):
    """Refuses text with a broken reference, or with a phone number or e-mail
    address typed in by hand (it would not follow the contact, nor dial)."""

    def clean(self):
        cleaned = super().clean()
        prose = {f.name for f in reference_checks.prose_fields(self._meta.model)}
        for name, value in list(cleaned.items()):
            if name in prose and isinstance(value, str):
                for message in reference_checks.problems(value):
                    self.add_error(name, message)
        return cleaned


class ReferenceHelpMixin:
    """Says under every text field how to write a reference."""

    form = ReferenceCheckedForm

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if (
            formfield is not None
            and isinstance(formfield.widget, forms.Textarea)
            and db_field in set(reference_checks.prose_fields(self.model))
        ):
            formfield.help_text = " ".join(
                str(t) for t in (formfield.help_text, reference_checks.help_text()) if t
            )
        return formfield


# Languages that write language names in lower case inside a sentence.
LOWER_CASE_LANGUAGE_NAMES = {"nb", "nn", "da", "sv", "fr", "es", "it", "pl"}


def language_name(code, in_sentence=False):
    name = str(dict(settings.LANGUAGES)[code])
    if in_sentence and get_language() in LOWER_CASE_LANGUAGE_NAMES:
        return name.lower()
    return name


def stale_message(code):
    return _("%(translation)s is older than %(source)s") % {
        "translation": language_name(code),
        "source": language_name(translations.SOURCE, in_sentence=True),
    }


class StaleTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            (
                "stale",
                _("Older than %(source)s")
                % {"source": language_name(translations.SOURCE, in_sentence=True)},
            ),
            ("current", _("Up to date")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.filter(translations.stale_any_q())
        if self.value() == "current":
            return queryset.exclude(translations.stale_any_q())
        return queryset


class ContentAdmin(ReferenceHelpMixin, PreviewAdminMixin, VersionAdmin, TranslationAdmin):
    """Admin for translated, publishable content: both languages' fields side by
    side, publish and order in the list, which translations are missing or
    older than the Bokmål text, a preview on the site, and (django-reversion)
    every earlier version, with who saved it, to restore."""

    list_display = ["__str__", "is_published", "sort_order", "missing_translations"]
    list_editable = ["is_published", "sort_order"]
    list_filter = ["is_published"]
    readonly_fields = ["created_at", "updated_at"]
    actions = ["confirm_translations"]
    change_form_template = "admin/content_change_form.html"
    # Where the editor's home lists this model among what needs a check (lower first).
    editor_home_order = 100

    def get_queryset(self, request):
        return translations.with_stamps(super().get_queryset(request))

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), StaleTranslationFilter]

    @admin.display(description=_("translation"))
    def missing_translations(self, obj):
        notes = [str(_("missing: %(language)s") % {"language": m}) for m in missing_languages(obj)]
        notes += [str(stale_message(code)) for code in translations.stale_languages(obj)]
        return "; ".join(notes) or "✓"

    @admin.action(description=_("Translations still hold (no change needed)"))
    def confirm_translations(self, request, queryset):
        count = 0
        for obj in queryset:
            for code in translations.stale_languages(obj):
                translations.confirm(obj, code)
                count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d translation marked as still holding.",
                "%(count)d translations marked as still holding.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def get_form(self, request, obj=None, **kwargs):
        stale = translations.stale_languages(obj) if obj is not None and obj.pk else []
        if stale:
            # One box per stale language, on the change page only while it is stale.
            fields = {f"still_holds_{code}": self._still_holds_field(code) for code in stale}
            kwargs["form"] = type(self.form.__name__, (self.form,), fields)
        return super().get_form(request, obj, **kwargs)

    @staticmethod
    def _still_holds_field(code):
        return forms.BooleanField(
            label=_("%(translation)s still holds") % {"translation": language_name(code)},
            required=False,
            help_text=_(
                "Tick if the change to the %(source)s text needs no change to the "
                "%(translation)s text."
            )
            % {
                "source": language_name(translations.SOURCE, in_sentence=True),
                "translation": language_name(code, in_sentence=True),
            },
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for code in translations.translations():
            if form.cleaned_data.get(f"still_holds_{code}"):
                translations.confirm(obj, code)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        context = {}
        if obj is not None:
            context["stale_translations"] = [
                stale_message(c) for c in translations.stale_languages(obj)
            ]
            context["preview_links"] = preview_links(self, obj)
        return super().change_view(
            request, object_id, form_url, extra_context={**context, **(extra_context or {})}
        )


class DueForCheckFilter(admin.SimpleListFilter):
    title = _("check")
    parameter_name = "check"

    def lookups(self, request, model_admin):
        return [("due", _("Due for a check")), ("checked", _("Checked recently"))]

    def queryset(self, request, queryset):
        if self.value() == "due":
            return queryset.due_for_check()
        if self.value() == "checked":
            return queryset.filter(Q(last_checked__gte=check_cutoff()))
        return queryset


class CheckableAdminMixin:
    """For a Checkable model: the filter "due for a check" and an action that
    records today's check (with a version in the item's history)."""

    actions = [*ContentAdmin.actions, "mark_checked_today"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), DueForCheckFilter]

    @admin.action(description=_("Mark as checked today"), permissions=["change"])
    def mark_checked_today(self, request, queryset):
        with reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(str(_("Checked against the source")))
            for obj in queryset:
                obj.last_checked = timezone.localdate()
                obj.save()
        self.message_user(request, _("Marked as checked today: %d.") % len(queryset))


def _change_url(obj):
    try:
        return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


def due_for_check_view(request):
    """The admin's list of contacts and figures due for a check, contacts first."""
    groups = []
    for model, queryset in due_for_check():
        opts = model._meta
        if not request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
            continue
        items = [(obj, _change_url(obj)) for obj in queryset]
        groups.append({"name": opts.verbose_name_plural, "items": items})
    context = {
        **admin.site.each_context(request),
        "title": _("Due for a check"),
        "groups": groups,
        "months": settings.CHECK_INTERVAL_MONTHS,
    }
    return TemplateResponse(request, "admin/due_for_check.html", context)


class NeedsReviewFilter(admin.SimpleListFilter):
    title = _("seed correction")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("yes", _("Not applied: item changed by an editor"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(pending__isnull=False)
        return queryset


@admin.register(SeedRecord)
class SeedRecordAdmin(admin.ModelAdmin):
    """What the seed loaded; the items a newer seed would have corrected but an
    editor had changed are filtered with "Not applied", to review by hand."""

    list_display = ["key", "item", "needs_review", "loaded_at"]
    list_filter = [NeedsReviewFilter, "model"]
    search_fields = ["key"]
    readonly_fields = ["key", "model", "object_id", "loaded_at", "seeded", "pending", "reviewed"]
    actions = ["mark_reviewed"]

    @admin.action(description=_("Mark as reviewed: keep the editor's version"))
    def mark_reviewed(self, request, queryset):
        records = list(queryset.filter(pending__isnull=False))
        for record in records:
            record.reviewed, record.pending = record.pending, None
            record.save(update_fields=["reviewed", "pending"])
        self.message_user(request, _("Marked as reviewed: %d.") % len(records))

    @admin.display(description=_("item"))
    def item(self, record):
        obj = record.item
        if obj is None:
            return _("deleted")
        url = _change_url(obj)
        return format_html('<a href="{}">{}</a>', url, obj) if url else str(obj)

    @admin.display(description=_("correction not applied"), boolean=True)
    def needs_review(self, record):
        return record.pending is not None
