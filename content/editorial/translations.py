"""Which translations are older than the text they translate.

Every save of a translated model compares each language's translated fields
with the stored ones and stamps the languages whose text changed
(`TranslationStamp`). A translation is *stale* when the default language's text
changed after it: from then until the translation changes, or an editor says it
still holds (`confirm`). Slugs are addresses, not text, and are left out.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.signals import post_save, pre_save
from django.utils import timezone
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from .models import TranslationStamp

SOURCE = settings.LANGUAGE_CODE


def translations():
    """The languages that translate the default language."""
    return [code for code, _name in settings.LANGUAGES if code != SOURCE]


def is_tracked(model):
    return model in translator.get_registered_models(abstract=False)


def _text_fields(model):
    names = translator.get_options_for_model(model).get_field_names()
    return [n for n in names if not isinstance(model._meta.get_field(n), models.SlugField)]


def _localized(model):
    """{language: [its translated column names]}"""
    fields = _text_fields(model)
    return {
        code: [build_localized_fieldname(f, code) for f in fields]
        for code, _name in settings.LANGUAGES
    }


def _changed_languages(sender, instance, raw=False, **kwargs):
    if raw or not is_tracked(sender):
        return
    columns = _localized(sender)
    old = None
    if instance.pk is not None:
        all_columns = [c for cols in columns.values() for c in cols]
        old = sender._base_manager.filter(pk=instance.pk).values(*all_columns).first()
    if old is None:
        instance._changed_languages = list(columns)
        return
    instance._changed_languages = [
        code
        for code, cols in columns.items()
        if any((getattr(instance, c) or "") != (old[c] or "") for c in cols)
    ]


def _stamp(sender, instance, raw=False, **kwargs):
    languages = getattr(instance, "_changed_languages", None)
    if raw or not languages:
        return
    del instance._changed_languages
    stamp(instance, languages)


def stamp(obj, languages, when=None):
    when = when or timezone.now()
    for code in languages:
        TranslationStamp.objects.update_or_create(
            model=obj._meta.label_lower,
            object_id=obj.pk,
            language=code,
            defaults={"changed_at": when},
        )


def confirm(obj, language):
    """An editor says the translation still holds after the source changed."""
    stamp(obj, [language])


def _time(model, language):
    return Subquery(
        TranslationStamp.objects.filter(
            model=model._meta.label_lower, object_id=OuterRef("pk"), language=language
        ).values("changed_at")[:1]
    )


def with_stamps(queryset):
    """Annotates `<code>_text_changed` for every language (None: not known)."""
    return queryset.annotate(
        **{f"{code}_text_changed": _time(queryset.model, code) for code, _n in settings.LANGUAGES}
    )


def stale_q(language):
    """On a queryset from `with_stamps`: the items whose `language` text is
    older than the default language's (or predates the tracking while the
    default language's text has changed since)."""
    source = f"{SOURCE}_text_changed"
    target = f"{language}_text_changed"
    return Q(**{f"{source}__isnull": False}) & (
        Q(**{f"{target}__isnull": True}) | Q(**{f"{target}__lt": F(source)})
    )


def stale_any_q():
    q = Q(pk__in=[])
    for code in translations():
        q |= stale_q(code)
    return q


def stale_languages(obj):
    """The languages whose text is older than the default language's, for an
    object from `with_stamps` (or any object: then it asks the database)."""
    if not hasattr(obj, f"{SOURCE}_text_changed"):
        obj = with_stamps(type(obj)._base_manager.filter(pk=obj.pk)).first()
        if obj is None:
            return []
    source = getattr(obj, f"{SOURCE}_text_changed")
    if source is None:
        return []
    stale = []
    for code in translations():
        target = getattr(obj, f"{code}_text_changed")
        if target is None or target < source:
            stale.append(code)
    return stale


pre_save.connect(_changed_languages, dispatch_uid="translation_stamps_pre")
post_save.connect(_stamp, dispatch_uid="translation_stamps_post")
