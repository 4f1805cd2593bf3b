from django.db import migrations, models
from django.utils.text import slugify

# The seed's contacts get the keys texts refer to them by ([[contact:rosa:phone]]).
SEED_KEYS = {
    "contact-police-emergency": "emergency",
    "contact-police-tips": "police-tip",
    "contact-police": "police",
    "contact-rosa": "rosa",
    "contact-children": "children",
    "contact-hope-for-justice": "hope-for-justice",
}


def give_keys(apps, schema_editor):
    HelpContact = apps.get_model("contacts", "HelpContact")
    SeedRecord = apps.get_model("core", "SeedRecord")
    by_pk = {
        r.object_id: SEED_KEYS[r.key]
        for r in SeedRecord.objects.filter(key__in=SEED_KEYS, model="contacts.HelpContact")
    }
    used = set()
    for contact in HelpContact.objects.order_by("pk"):
        key = by_pk.get(contact.pk) or slugify(contact.name_nb or contact.name)[:40] or "contact"
        if key in used:
            key = f"{key}-{contact.pk}"
        used.add(key)
        # update(), not save(): save() would send the signal that rebuilds the
        # search index, with models newer than this migration.
        HelpContact.objects.filter(pk=contact.pk).update(key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0002_situation"),
        ("core", "0004_editors_course_inquiries"),
    ]

    operations = [
        migrations.AddField(
            model_name="helpcontact",
            name="key",
            # No index yet: the unique one comes with the AlterField below (on
            # PostgreSQL both would create the same "_like" index).
            field=models.SlugField(max_length=50, null=True, db_index=False, verbose_name="key"),
        ),
        migrations.RunPython(give_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="helpcontact",
            name="key",
            field=models.SlugField(
                help_text=(
                    "A short, fixed name that texts use to show this contact, e.g. "
                    "[[contact:rosa:phone]]. Changing it breaks those references."
                ),
                max_length=50,
                unique=True,
                verbose_name="key",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="last_checked",
            field=models.DateField(
                blank=True,
                help_text=(
                    "The day an editor last checked this against its source. Shown on the "
                    "site as “Last checked”. Items not checked for a while are listed as due "
                    "for a check."
                ),
                null=True,
                verbose_name="last checked",
            ),
        ),
    ]
