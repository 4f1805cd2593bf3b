from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Write all content, its history (versions, admin log), the course inquiries, "
        "the seed records and the staff accounts to one JSON file. `manage.py restore "
        "FILE` loads it into an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the file to write, e.g. backup-2026-11-29.json")

    def handle(self, *args, path, **options):
        call_command(
            "dumpdata",
            # Natural keys: content types, permissions and the editors group are
            # made by `migrate` and may have other ids in the database restored into.
            natural_foreign=True,
            natural_primary=True,
            exclude=settings.BACKUP_EXCLUDE,
            output=path,
            verbosity=0,
        )
        self.stdout.write(f"Backup written to {path}.")
