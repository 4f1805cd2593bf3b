""" "Preview on site": an item's page as visitors would see it, before it is
saved or published.

The change form's "Preview" button posts the form (unsaved changes included)
to the preview view, which validates it like the admin does, then, inside a
database transaction that is always rolled back, saves the item as published
and renders the page its `get_absolute_url()` points to by calling that page's
own view. Nothing is kept: not the change, not the publishing, not a version.
Visitors, and anyone without permission to view the item, get 404; the answer
is never cached and never indexed.
"""

import copy
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.admin.utils import quote, unquote
from django.db import transaction
from django.forms.formsets import all_valid
from django.http import Http404, QueryDict
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, Resolver404, path, resolve, reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _

PREVIEW_HEADERS = {"X-Robots-Tag": "noindex, nofollow"}


def allowed(model_admin, request, obj=None):
    user = request.user
    return (
        user.is_active
        and user.is_staff
        and model_admin.admin_site.has_permission(request)
        and model_admin.has_view_permission(request, obj)
    )


def render_page(request, url, obj, unsaved, published):
    """The site's page at `url`, rendered by its own view for `request`'s user,
    marked as a preview of `obj`."""
    page_path = urlsplit(url).path
    match = resolve(page_path)
    page_request = copy.copy(request)
    page_request.method = "GET"
    page_request.GET = QueryDict()
    page_request.POST = QueryDict()
    page_request.META = {**request.META, "REQUEST_METHOD": "GET", "QUERY_STRING": ""}
    page_request.path = page_request.path_info = page_path
    page_request.resolver_match = match
    page_request.LANGUAGE_CODE = translation.get_language()
    page_request.preview = {"object": obj, "unsaved": unsaved, "published": published}
    response = match.func(page_request, *match.args, **match.kwargs)
    if hasattr(response, "render"):
        response.render()
    return response


class PreviewAdminMixin:
    """Adds `<id>/preview/` to a model admin (GET: the saved item; POST: the
    change form's data, unsaved)."""

    def get_urls(self):
        return [
            path(
                "<path:object_id>/preview/",
                self.preview_view,
                name=f"{self.opts.app_label}_{self.opts.model_name}_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id):
        if not allowed(self, request):
            raise Http404
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not allowed(self, request, obj):
            raise Http404
        language = request.GET.get("language")
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        unsaved = request.method == "POST"
        with transaction.atomic():
            errors = self._apply_posted_form(request, obj) if unsaved else None
            if errors is None:
                response = self._render_preview(request, obj, language, unsaved)
            # Whatever happened, nothing of the preview is kept.
            transaction.set_rollback(True)
        if errors is not None:
            response = self._message(request, obj, _("Fix these before you preview:"), errors)
        add_never_cache_headers(response)
        patch_cache_control(response, no_store=True, private=True)
        for header, value in PREVIEW_HEADERS.items():
            response[header] = value
        return response

    def _apply_posted_form(self, request, obj):
        """Saves the posted change form (inside the caller's transaction);
        returns the errors, or None when it was valid."""
        ModelForm = self.get_form(request, obj, change=True)
        form = ModelForm(request.POST, request.FILES, instance=obj)
        formsets = self._inline_formsets(request, form.instance)
        if not (form.is_valid() and all_valid(formsets)):
            errors = [
                f"{form.fields[f].label if f in form.fields else ''}: {' '.join(e)}"
                for f, e in form.errors.items()
            ]
            for formset in formsets:
                errors += [str(e) for e in formset.non_form_errors()]
                errors += [" ".join(e) for f in formset.errors for e in f.values()]
            return errors or [_("The form has errors.")]
        form.save()
        for formset in formsets:
            formset.save()
        return None

    def _inline_formsets(self, request, obj):
        """The change form's inline formsets bound to the posted data, made
        with the admin's public hooks, as the change view makes them."""
        formsets, prefixes = [], {}
        for FormSet, inline in self.get_formsets_with_inlines(request, obj):
            prefix = FormSet.get_default_prefix()
            prefixes[prefix] = prefixes.get(prefix, 0) + 1
            if prefixes[prefix] != 1 or not prefix:
                prefix = f"{prefix}-{prefixes[prefix]}"
            formsets.append(FormSet(**self.get_formset_kwargs(request, obj, inline, prefix)))
        return formsets

    def _render_preview(self, request, obj, language, unsaved):
        published = getattr(obj, "is_published", True)
        if not published:
            obj.is_published = True
            obj.save()
        with translation.override(language):
            url = obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else None
            try:
                if url is None:
                    raise Http404
                return render_page(request, url, obj, unsaved, published)
            except (Http404, Resolver404):
                return self._message(
                    request,
                    obj,
                    _("There is no page to show: the page this item appears on is not published."),
                    [],
                )

    def _message(self, request, obj, message, errors):
        context = {
            **self.admin_site.each_context(request),
            "title": _("Preview"),
            "opts": self.opts,
            "original": obj,
            "message": message,
            "errors": errors,
        }
        response = TemplateResponse(request, "admin/preview_message.html", context)
        response.render()
        return response


def preview_links(model_admin, obj):
    """The change page's preview addresses, one per language; the fragment of
    the item's address (e.g. #myth-3) scrolls the preview to it."""
    if not hasattr(obj, "get_absolute_url"):
        return []
    opts = model_admin.opts
    url = reverse(
        f"{model_admin.admin_site.name}:{opts.app_label}_{opts.model_name}_preview",
        args=[quote(obj.pk)],
    )
    try:
        fragment = urlsplit(obj.get_absolute_url()).fragment
    except NoReverseMatch:
        return []
    return [
        {
            "code": code,
            "name": name,
            "url": f"{url}?language={code}" + (f"#{fragment}" if fragment else ""),
        }
        for code, name in settings.LANGUAGES
    ]
