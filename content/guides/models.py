from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.core.models import Publishable, PublishableQuerySet, TranslatedSlugMixin, lines

from .first_steps import ROLE_CHOICES

LINES = _("One per line.")


class GuideQuerySet(PublishableQuerySet):
    def with_links(self):
        """With the published signs, forms of exploitation and contacts it links
        to: three queries however many guides and links there are."""
        related = ("indicators", "sectors", "contacts")
        return self.prefetch_related(
            *(
                Prefetch(
                    name, queryset=Guide._meta.get_field(name).related_model.objects.published()
                )
                for name in related
            )
        )


class Guide(TranslatedSlugMixin, Publishable):
    """What a worker in one setting (health care, schools, ...) looks for and
    does when they meet someone who may be exposed to human trafficking."""

    title = models.CharField(_("title"), max_length=200, help_text=_('E.g. "Health care".'))
    slug = models.SlugField(_("address"), max_length=100, unique=True)
    audience = models.CharField(
        _("who it is for"),
        max_length=300,
        help_text=_("E.g. GPs, out-of-hours medical services, nurses."),
    )
    lead = models.TextField(_("introduction"), help_text=_("Shown in lists and under the title."))
    signs = models.TextField(_("signs to watch for in this setting"), help_text=LINES)
    talking = models.TextField(
        _("how to talk with the person"),
        help_text=_("Alone, and through a professional interpreter. One point per line."),
    )
    steps = models.TextField(_("what to do, step by step"), help_text=LINES)
    avoid = models.TextField(_("what not to do"), help_text=LINES)
    course = models.TextField(_("the course offer"), blank=True)
    indicators = models.ManyToManyField(
        "indicators.Indicator", blank=True, related_name="+", verbose_name=_("signs on the site")
    )
    sectors = models.ManyToManyField(
        "sectors.Sector", blank=True, related_name="+", verbose_name=_("forms of exploitation")
    )
    contacts = models.ManyToManyField(
        "contacts.HelpContact", blank=True, related_name="+", verbose_name=_("whom to call")
    )
    first_steps_role = models.CharField(
        _("decision path set for"),
        max_length=20,
        choices=ROLE_CHOICES,
        blank=True,
        help_text=_(
            "The guide starts with the decision path, set for this kind of work: "
            "it reminds of the duties that matter most there."
        ),
    )
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Never shown on the site.")
    )

    objects = GuideQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("guide for a profession")
        verbose_name_plural = _("guides for professions")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("guides:detail", kwargs={"slug": self.slug})

    def get_print_url(self):
        return reverse("guides:print", kwargs={"slug": self.slug})

    @property
    def sign_list(self):
        return lines(self.signs)

    @property
    def talking_list(self):
        return lines(self.talking)

    @property
    def step_list(self):
        return lines(self.steps)

    @property
    def avoid_list(self):
        return lines(self.avoid)
