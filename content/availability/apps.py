from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AvailabilityConfig(AppConfig):
    """A calm 503 page within seconds when the database is down or hung."""

    name = "content.availability"
    label = "availability"
    verbose_name = _("Availability")

    def ready(self):
        from content.core.signals import content_committed

        from .middleware import write_pages

        # The page shown while the database is down, with the contacts as saved.
        content_committed.connect(write_pages, dispatch_uid="availability_pages")
