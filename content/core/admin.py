from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from reversion.admin import VersionAdmin

from . import translations
from .models import SeedRecord
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


class DueForCheckFilter(admin.SimpleListFilter):
    """For models whose queryset has `due_for_check()` (e.g. contacts and
    figures with a "last checked" date)."""

    title = _("check")
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [("yes", _("Due for a check"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(pk__in=queryset.model._default_manager.due_for_check())
        return queryset


def has_due_for_check(model):
    return hasattr(model._default_manager, "due_for_check")


class ContentAdmin(PreviewAdminMixin, VersionAdmin, TranslationAdmin):
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
        extra = [StaleTranslationFilter]
        if has_due_for_check(self.model):
            extra.insert(0, DueForCheckFilter)
        return [*super().get_list_filter(request), *extra]

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


@admin.register(SeedRecord)
class SeedRecordAdmin(admin.ModelAdmin):
    list_display = ["key", "loaded_at"]
    search_fields = ["key"]
