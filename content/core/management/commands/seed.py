from django.core.management.base import BaseCommand

from content.core.seed import load
from content.core.seed.content import SEED


class Command(BaseCommand):
    help = (
        "Load the site's first content. Safe to run again: it only adds items never "
        "loaded before, and never changes or restores what an editor changed or deleted."
    )

    def handle(self, *args, **options):
        created = load(SEED)
        self.stdout.write(f"Seed content: {created} new item(s) loaded.")
