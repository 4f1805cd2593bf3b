from django.conf import settings
from django.core.management.base import BaseCommand

from content.courses.models import CourseInquiry


class Command(BaseCommand):
    help = (
        "Deletes course inquiries received more than COURSE_INQUIRY_RETENTION_MONTHS "
        "months ago (the privacy page promises it). Run it daily, e.g. from cron."
    )

    def handle(self, *args, **options):
        months = settings.COURSE_INQUIRY_RETENTION_MONTHS
        deleted, _by_model = CourseInquiry.objects.older_than(months).delete()
        self.stdout.write(
            f"Deleted {deleted} course inquir{'y' if deleted == 1 else 'ies'} "
            f"older than {months} months."
        )
