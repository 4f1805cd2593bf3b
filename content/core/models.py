import datetime

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import registry


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Publishable(models.Model):
    """What every piece of content has: a published flag and an editor's order."""

    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("Only published items are shown on the site."),
    )
    sort_order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["sort_order", "pk"]


def lines(text):
    """The lines of a one-per-line field (signs, steps, examples), stripped,
    without the empty ones."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def months_before(day, months):
    """The same day `months` months earlier (the month's last day if shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    next_month = datetime.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(day.day, last_day))


def check_cutoff(today=None):
    """Items last checked before this date are due for a check."""
    today = today or timezone.localdate()
    return months_before(today, settings.CHECK_INTERVAL_MONTHS)


def is_content(model):
    """What visitors see: a Publishable model, or a part edited inside one that
    says so (`editors_may_edit = True` on the model, e.g. a help card's lines).
    Its changes renew the page cache; editors may edit it."""
    return issubclass(model, Publishable) or getattr(model, "editors_may_edit", False)


class CheckableQuerySet(models.QuerySet):
    def due_for_check(self, today=None):
        """Never checked, or last checked longer ago than DJANGO_CHECK_INTERVAL_MONTHS."""
        return self.filter(
            models.Q(last_checked__isnull=True) | models.Q(last_checked__lt=check_cutoff(today))
        )


class Checkable(models.Model):
    """Something a visitor may act on (a number to call, a figure), so an editor
    checks it against its source now and then. Visitors see when that was.

    `check_order` sorts the admin's list of what is due: lower comes first."""

    check_order = 100

    last_checked = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_(
            "The day an editor last checked this against its source. Shown on the site "
            "as “Last checked”. Items not checked for a while are listed as due for a check."
        ),
    )

    class Meta:
        abstract = True

    @property
    def is_due_for_check(self):
        return self.last_checked is None or self.last_checked < check_cutoff()


class TranslatedSlugMixin:
    """Gives every language a slug: an empty one takes the default language's,
    so a page always has a working address in each language."""

    def save(self, *args, **kwargs):
        default = getattr(self, f"slug_{settings.LANGUAGE_CODE}")
        for code, _name in settings.LANGUAGES:
            if not getattr(self, f"slug_{code}"):
                setattr(self, f"slug_{code}", default)
        super().save(*args, **kwargs)


class Page(Publishable):
    """The editable heading and text of one page of the site. Which page a
    record belongs to is fixed by its key; the app that serves the page
    registers the key and the page's address (content.core.registry)."""

    key = models.CharField(_("page"), max_length=40, choices=registry.page_choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown under the title.")
    )
    body = models.TextField(
        _("text"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )

    class Meta(Publishable.Meta):
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(registry.page_url_name(self.key))


class Section(Publishable):
    """A titled part of a page: text and, optionally, a list."""

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="sections", verbose_name=_("page")
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(
        _("text"), blank=True, help_text=_("Separate paragraphs with an empty line.")
    )
    items = models.TextField(
        _("list"), blank=True, help_text=_("One list item per line. Leave empty for no list.")
    )

    class Meta(Publishable.Meta):
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.page.get_absolute_url()

    @property
    def item_list(self):
        return lines(self.items)


class SeedRecord(models.Model):
    """Remembers which seed items were ever loaded, so loading the seed again
    never brings back an item an editor deleted or overwrites one they changed."""

    key = models.CharField(_("key"), max_length=100, unique=True)
    model = models.CharField(_("model"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("object ID"))
    loaded_at = models.DateTimeField(_("loaded"), auto_now_add=True)
    seeded = models.JSONField(
        _("values the seed wrote"),
        default=dict,
        blank=True,
        encoder=DjangoJSONEncoder,
        help_text=_("Compared with the item's values to tell whether an editor changed it."),
    )
    pending = models.JSONField(
        _("seed correction not applied"),
        null=True,
        blank=True,
        encoder=DjangoJSONEncoder,
        help_text=_(
            "A newer seed changes these fields, but an editor had changed the item, so it "
            "was left as it is. Review the item and apply what is right; then mark the "
            "record as reviewed."
        ),
    )
    reviewed = models.JSONField(
        _("seed correction reviewed"),
        null=True,
        blank=True,
        encoder=DjangoJSONEncoder,
        help_text=_("A correction an editor reviewed and chose not to apply: not listed again."),
    )

    class Meta:
        ordering = ["key"]
        verbose_name = _("seed record")
        verbose_name_plural = _("seed records")

    def __str__(self):
        return self.key

    @property
    def item(self):
        """The item the seed loaded, or None if it (or its kind) is gone."""
        from django.apps import apps

        try:
            model = apps.get_model(self.model)
        except LookupError:
            # The model moved to another app since (pages.Page -> core.Page).
            name = self.model.rsplit(".", 1)[-1].lower()
            model = next((m for m in apps.get_models() if m._meta.model_name == name), None)
            if model is None:
                return None
        return model.objects.filter(pk=self.object_id).first()


class RuleQuerySet(CheckableQuerySet, PublishableQuerySet):
    def by_key(self):
        """Every published rule by key: one query."""
        return {rule.key: rule for rule in self.published()}


class Rule(Checkable, Publishable):
    """One legal duty, or a rule next to the duties (confidentiality, do not
    alert the exploiter, the reflection period, a tip is not a report), stated
    once. Guides, the decision path, the signs checklist, the help page and
    the cards render it from here ([[rule:duty-to-inform]]), so the rule a
    nurse reads in her guide is the rule her decision path records."""

    class Binds(models.TextChoices):
        EVERYONE = "everyone", _("everyone")
        PUBLIC_SERVICES = (
            "public-services",
            _(
                "staff in public services: health care, schools and kindergartens, NAV's social "
                "services and other public services (not a private business)"
            ),
        )
        HEALTH_PERSONNEL = "health-personnel", _("health personnel")
        CONFIDENTIALITY = "confidentiality", _("everyone bound by confidentiality in their work")
        ADVICE = "advice", _("everyone: advice, not a legal duty")
        PERSON = "person", _("the person exposed: a right, not a duty")

    key = models.SlugField(
        _("key"),
        max_length=40,
        unique=True,
        help_text=_("Names the rule in texts: [[rule:duty-to-inform]]. Never change it."),
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("E.g. “Duty to avert”."))
    text = models.TextField(
        _("the rule"),
        help_text=_(
            "What it asks of the reader, in plain words, addressed to “you”. Numbers as "
            "references, e.g. [[contact:police:phone]]."
        ),
    )
    binds = models.CharField(
        _("whom it binds"),
        max_length=20,
        choices=Binds.choices,
        help_text=_("The decision path lists a duty as applying only to those it binds."),
    )
    condition = models.CharField(_("when it applies"), max_length=400, blank=True, help_text=_(
        "The law's condition, as it reads after “applies if”: e.g. “there is reason to "
        "believe (grunn til å tro) that a child is being mistreated or seriously neglected”."
    ))  # fmt: skip
    legal_basis = models.CharField(
        _("legal basis"), max_length=300, blank=True, help_text=_("E.g. “Penal Code section 196”.")
    )
    source = models.CharField(
        _("source"),
        max_length=300,
        help_text=_("Where the rule was checked, e.g. “Helsedirektoratet's commentary”."),
    )
    source_url = models.URLField(_("source's web address"), blank=True)
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Never shown on the site.")
    )

    objects = RuleQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("rule")
        verbose_name_plural = _("rules: duties and what to do")

    def __str__(self):
        return self.title
