from django.core.management.base import BaseCommand

from content.core.seed import load
from content.core.seed.content import SEED
from content.core.unavailable import write_pages


class Command(BaseCommand):
    help = (
        "Load the site's first content. Safe to run again: it only adds items never "
        "loaded before, and never changes or restores what an editor changed or deleted."
    )

    def handle(self, *args, **options):
        created = load(SEED)
        write_pages()  # the page shown while the database is down, with today's contacts
        self.stdout.write(f"Seed content: {created} new item(s) loaded.")
