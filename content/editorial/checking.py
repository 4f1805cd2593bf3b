"""What is due for a check: contacts and figures (Checkable models) an editor
last checked longer ago than DJANGO_CHECK_INTERVAL_MONTHS, or never."""

from django.apps import apps

from content.core.models import Checkable


def due_for_check(today=None):
    """Everything due for a check, by kind, the kinds in their `check_order`
    (contacts before figures): a list of (model, queryset) pairs."""
    models_ = sorted(
        (m for m in apps.get_models() if issubclass(m, Checkable)),
        key=lambda m: (m.check_order, m._meta.verbose_name_plural),
    )
    return [(model, model.objects.due_for_check(today)) for model in models_]
