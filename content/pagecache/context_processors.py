from django.utils.functional import SimpleLazyObject

from .middleware import content_version


def version(request):
    """`content_version` for templates that keep a rendered part of the frame
    (`{% cache %}` in base.html): a part kept under it is renewed by any edit.
    Read only when a template uses it."""
    return {"content_version": SimpleLazyObject(content_version)}
