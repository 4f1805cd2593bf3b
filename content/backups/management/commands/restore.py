from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from content.core.models import Publishable
from content.core.signals import content_committed


class Command(BaseCommand):
    help = (
        "Load a file written by `manage.py backup` into an empty database (run "
        "`manage.py migrate` first, not `seed`). Every public page is then as it was."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="a file written by `manage.py backup`")

    def handle(self, *args, path, **options):
        holding = [
            model._meta.label
            for model in apps.get_models()
            if issubclass(model, Publishable) and model.objects.exists()
        ]
        if holding:
            raise CommandError(
                "The database already holds content (" + ", ".join(holding) + "). "
                "Restore into an empty database: a new one, after `manage.py migrate`."
            )
        with transaction.atomic():
            call_command("loaddata", path, verbosity=0)
        # New pages for every visitor; the 503 page with the restored contacts.
        content_committed.send(sender=None)
        self.stdout.write(f"Restored from {path}.")
