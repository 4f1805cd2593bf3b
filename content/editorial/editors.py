"""The "editors" group: may add, change, delete and view all of the site's
content and what apps hand to editors (the course inquiries), and nothing else
(no users, groups or seed records).

Which models that is, is not listed here: every publishable model is content,
an app whose AppConfig sets `editors_may_edit = True` hands all its models to
editors, and a model that sets it (a part edited inside a content item) is
handed over on its own."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

from content.core.models import is_content

GROUP = "editors"


def editable_models():
    for model in global_apps.get_models():
        app_config = global_apps.get_app_config(model._meta.app_label)
        if is_content(model) or getattr(app_config, "editors_may_edit", False):
            yield model


def sync_editors_group(sender=None, using=DEFAULT_DB_ALIAS, **kwargs):
    """Give the group exactly the permissions of the editable models (a
    post_migrate handler: run after every migrate, so new models join)."""
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    # Django creates each app's permissions in the app's own post_migrate
    # signal; apps after core in INSTALLED_APPS have not had theirs yet.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    types = ContentType.objects.db_manager(using).get_for_models(*editable_models())
    group, _created = Group.objects.using(using).get_or_create(name=GROUP)
    group.permissions.set(Permission.objects.using(using).filter(content_type__in=types.values()))
