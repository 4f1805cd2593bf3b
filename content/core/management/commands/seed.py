from django.core.management.base import BaseCommand

from content.core.seed import sync
from content.core.seed.content import SEED
from content.core.signals import content_committed


class Command(BaseCommand):
    help = (
        "Load the site's content and its later corrections. Safe to run again: it "
        "adds items never loaded before and corrects items nobody has changed since; "
        "an item an editor changed, unpublished or deleted stays as the editor left "
        "it, and is listed for review when the seed has a correction for it."
    )

    def handle(self, *args, **options):
        for line in sync(SEED).lines():
            self.stdout.write(line)
        # New pages; the page shown while the database is down, with today's contacts.
        content_committed.send(sender=None)
