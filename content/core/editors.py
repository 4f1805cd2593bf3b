"""The "editors" group: may add, change, delete and view all of the site's
content and the course inquiries, and nothing else (no users, groups or seed
records)."""

from django.contrib.auth.management import create_permissions

GROUP = "editors"
# The apps whose models are the site's content (also: what clears the page cache).
CONTENT_APPS = ["pages", "facts", "myths", "indicators", "sectors", "contacts", "guides"]
# What the editors group may edit: the content and the course inquiries (which
# are no content: saving one must not clear the page cache).
EDITOR_APPS = [*CONTENT_APPS, "courses"]


def sync_editors_group(apps, schema_editor=None):
    """Give the group exactly the permissions of EDITOR_APPS (a migration step:
    run again by a later migration whenever such models are added)."""
    # Permissions are normally created after all migrations; make sure they exist.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(Permission.objects.filter(content_type__app_label__in=EDITOR_APPS))
