from django.core.management.base import BaseCommand

from content.search.index import rebuild
from content.search.models import SearchEntry


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the published content. Saving content in the "
        "admin does this by itself; run it after changing content some other way."
    )

    def handle(self, *args, **options):
        rebuild()
        self.stdout.write(f"Search index: {SearchEntry.objects.count()} entries.")
