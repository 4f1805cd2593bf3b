from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FactsConfig(AppConfig):
    name = "content.facts"
    label = "facts"
    verbose_name = _("Facts and statistics")

    def ready(self):
        from content.core import references

        from .models import Statistic

        references.register(
            "figure",
            load=lambda: {s.key: s for s in Statistic.objects.published().exclude(key=None)},
            render=lambda stat, part: stat.formatted_value,
            example="[[figure:norway-reports-2023]]",
        )
