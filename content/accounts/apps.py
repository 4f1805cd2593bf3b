from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Who gets into the admin: the login lockout, two factors, and the keyed
    hash that stands for a client's address wherever one is counted."""

    name = "content.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import lockout  # noqa: F401  (its signal handlers)
