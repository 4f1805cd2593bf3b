from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext, npgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from content.core.models import Checkable, CheckableQuerySet, Publishable, PublishableQuerySet

# A figure is current unless a newer one replaces it; a newer figure that is
# not published (a draft) replaces nothing yet.
CURRENT = Q(superseded_by__isnull=True) | Q(superseded_by__is_published=False)


class Series(Publishable):
    """Statistics that belong together, drawn as one chart (in the order the
    editor gives them) with the figures as a table beside it."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the chart shows, in a sentence or two. Read out by screen readers."),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("series")
        verbose_name_plural = pgettext_lazy("plural", "series")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("facts:index") + f"#series-{self.pk}"


class StatisticQuerySet(CheckableQuerySet, PublishableQuerySet):
    def current(self):
        return self.filter(CURRENT)

    def with_is_current(self):
        """Each figure with `is_current`, for a page that shows current and
        earlier figures from one query."""
        return self.annotate(is_current=ExpressionWrapper(CURRENT, output_field=BooleanField()))


class Statistic(Checkable, Publishable):
    """One figure with what it counts, where, when, and who says so."""

    check_order = 20

    class Scope(models.TextChoices):
        WORLD = "world", _("World")
        NORWAY = "norway", _("Norway")

    class Magnitude(models.IntegerChoices):
        ONE = 1, _("as written")
        THOUSAND = 1_000, _("thousand")
        MILLION = 1_000_000, _("million")
        BILLION = 1_000_000_000, _("billion (thousand million)")

    class Unit(models.TextChoices):
        COUNT = "count", _("number")
        PERCENT = "percent", _("per cent")
        USD = "usd", _("US dollars")
        NOK = "nok", _("Norwegian kroner")

    key = models.SlugField(
        _("key"),
        max_length=80,
        unique=True,
        null=True,
        blank=True,
        help_text=_(
            "A short, fixed name that texts use to show this figure, e.g. "
            "[[figure:norway-reports-2023]]. Changing it breaks those references."
        ),
    )
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    magnitude = models.PositiveIntegerField(
        _("in"), choices=Magnitude.choices, default=Magnitude.ONE
    )
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices, default=Unit.COUNT)
    label = models.CharField(
        _("what it counts"),
        max_length=300,
        help_text=_('Completes the figure, e.g. "people in modern slavery".'),
    )
    note = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("Shown under the figure: context or a correction."),
    )
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices)
    data_year = models.PositiveSmallIntegerField(_("year the data covers"), null=True, blank=True)
    published_year = models.PositiveSmallIntegerField(_("year published"))
    source_name = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source link"), blank=True)
    superseded_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supersedes",
        verbose_name=_("superseded by"),
        help_text=_("A newer figure that replaces this one. This one is then shown as history."),
    )
    is_headline = models.BooleanField(
        _("on the home page"), default=False, help_text=_("Show among the home page's figures.")
    )
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Never shown on the site.")
    )
    series = models.ForeignKey(
        Series,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statistics",
        verbose_name=_("series"),
        help_text=_("Figures in a series are drawn together as a chart on the facts page."),
    )
    series_order = models.PositiveIntegerField(
        _("order in the series"), default=0, help_text=_("Lower numbers come first.")
    )

    objects = StatisticQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "-data_year", "-published_year", "pk"]
        verbose_name = _("statistic")
        verbose_name_plural = _("statistics")

    def __str__(self):
        return f"{self.formatted_value} {self.label}"

    def clean(self):
        super().clean()
        # A figure without the year its data covers misleads: 2014's report
        # counts 2012, 2024's counts 2021.
        if self.is_published and self.data_year is None:
            raise ValidationError(
                {
                    "data_year": _(
                        "A published figure needs the year its data covers. Fill it in, "
                        "or untick “published” until you know it."
                    )
                }
            )

    def save(self, *args, **kwargs):
        self.key = self.key or None  # several figures may have no key
        super().save(*args, **kwargs)

    @property
    def formatted_value(self):
        """The value as the active language writes it: 49,6 millioner / 49.6 million."""
        value = Decimal(self.value)
        # Drop trailing zeros without falling into exponent form (100, not 1E+2).
        value = (
            value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
        )
        number = number_format(value, use_l10n=True, force_grouping=True)
        n = 1 if value == 1 else 2
        words = {
            self.Magnitude.THOUSAND: npgettext("number", "thousand", "thousand", n),
            self.Magnitude.MILLION: npgettext("number", "million", "million", n),
            self.Magnitude.BILLION: npgettext("number", "billion", "billion", n),
        }
        if self.magnitude in words:
            number = f"{number}\N{NO-BREAK SPACE}{words[self.magnitude]}"
        patterns = {
            self.Unit.PERCENT: gettext("%(number)s%%"),
            self.Unit.USD: gettext("US$%(number)s"),
            self.Unit.NOK: gettext("NOK %(number)s"),
        }
        return patterns.get(self.unit, "%(number)s") % {"number": number}

    def get_absolute_url(self):
        return reverse("facts:index") + f"#figure-{self.pk}"
