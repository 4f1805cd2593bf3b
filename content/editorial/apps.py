from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """The editors' tools in the admin: the content admin (both languages,
    history, preview), stale translations, reference checks, what is due for
    a check, and the "editors" group."""

    name = "content.editorial"
    label = "editorial"
    verbose_name = _("Editorial tools")

    def ready(self):
        from . import translations  # noqa: F401  (its signal handlers)
        from .editors import sync_editors_group

        # After every migrate (and every flush in the tests): all migrations
        # have run by then, and the handler makes every app's permissions.
        post_migrate.connect(sync_editors_group, sender=self, dispatch_uid="sync_editors_group")
