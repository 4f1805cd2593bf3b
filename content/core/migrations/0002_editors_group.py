from django.contrib.auth.management import create_permissions
from django.db import migrations

# What the "editors" group may do: everything with the site's content, nothing
# with users, groups or the seed records.
EDITABLE = {
    "pages": ["page", "section"],
    "facts": ["statistic"],
    "myths": ["myth"],
    "indicators": ["indicator"],
    "sectors": ["sector", "case"],
    "contacts": ["helpcontact"],
}


def set_editor_permissions(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="editors")
    permissions = [
        Permission.objects.get(
            content_type__app_label=app, content_type__model=model, codename=f"{action}_{model}"
        )
        for app, models in EDITABLE.items()
        for model in models
        for action in ("add", "change", "delete", "view")
    ]
    group.permissions.set(permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0001_initial"),
        ("facts", "0001_initial"),
        ("myths", "0001_initial"),
        ("indicators", "0001_initial"),
        ("sectors", "0001_initial"),
        ("contacts", "0001_initial"),
    ]

    operations = [migrations.RunPython(set_editor_permissions, migrations.RunPython.noop)]
