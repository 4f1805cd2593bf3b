"""What the admin's front page lists for editors: per model, the items due
for a check and those whose translation is older than the Bokmål text."""

from django.urls import reverse

from content.core.models import Checkable

from . import translations


def _admin_url(site, model, action, *args):
    """An admin page of `model` on `site`: its list ("changelist") or an item's "change"."""
    opts = model._meta
    return reverse(f"{site.name}:{opts.app_label}_{opts.model_name}_{action}", args=args)


def needs_an_editor(site, request, limit=5):
    """Per model the user may view (through the admin's public app list), the
    items due for a check (any Checkable model) and those whose translation is
    older than the Bokmål text, each with a link to the filtered list."""
    due, stale = [], []
    listed = [entry["model"] for app in site.get_app_list(request) for entry in app["models"]]
    admins = sorted(
        ((model, site.get_model_admin(model)) for model in listed),
        key=lambda item: (
            getattr(item[1], "editor_home_order", 100),
            str(item[0]._meta.verbose_name_plural),
        ),
    )
    for model, model_admin in admins:
        if not model_admin.has_view_permission(request):
            continue
        url = _admin_url(site, model, "changelist")
        if issubclass(model, Checkable):
            items = list(model._default_manager.due_for_check()[: limit + 1])
            if items:
                due.append(_entry(site, model, items, limit, url + "?check=due"))
        if translations.is_tracked(model):
            queryset = translations.with_stamps(model._default_manager.all())
            items = list(queryset.filter(translations.stale_any_q())[: limit + 1])
            if items:
                stale.append(_entry(site, model, items, limit, url + "?translation=stale"))
    return {"due_for_check": due, "stale_translations": stale}


def _entry(site, model, items, limit, url):
    return {
        "name": model._meta.verbose_name_plural,
        "url": url,
        "items": [(item, _admin_url(site, model, "change", item.pk)) for item in items[:limit]],
        "more": len(items) > limit,
    }
