from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.core.models import Publishable, PublishableQuerySet, lines

validate_language_code = RegexValidator(
    r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    _("Enter a language code such as pl, ro, uk or pt-BR (see the IANA language subtag registry)."),
)


class Answer(models.TextChoices):
    YES = "yes", _("yes")
    NO = "no", _("no")
    UNSURE = "unsure", _("not sure")


class WorkCheckQuerySet(PublishableQuerySet):
    def listed(self):
        """The published checks, with what a list of languages shows."""
        return self.published().only("language_code", "language_name")

    def with_questions(self):
        return self.prefetch_related("questions")


class WorkCheck(Publishable):
    """ "Is this OK at work in Norway?": questions a worker answers about their
    own job, and what the answers can point to, in one language (so its texts
    are plain fields, one check per language, like the help cards). The answers
    travel in the address of the answer page only: nothing is saved."""

    language_code = models.CharField(
        _("language code"),
        max_length=10,
        unique=True,
        validators=[validate_language_code],
        help_text=_("The language's code, e.g. pl or ro. It is also the check's address."),
    )
    language_name = models.CharField(
        _("name of the language in itself"), max_length=100, help_text=_("E.g. Polski, Română.")
    )
    is_reviewed = models.BooleanField(
        _("checked by a native speaker"),
        default=False,
        help_text=_("Until it is, the check shows its notice that it is translated."),
    )
    unreviewed_notice = models.CharField(
        _("notice: translated"),
        max_length=300,
        blank=True,
        help_text=_("In the check's language. Shown until a native speaker has checked it."),
    )
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(_("introduction"))
    questions_title = models.CharField(_("heading of the questions"), max_length=200)
    yes_label = models.CharField(_('answer "yes"'), max_length=50)
    no_label = models.CharField(_('answer "no"'), max_length=50)
    unsure_label = models.CharField(_('answer "not sure"'), max_length=50)
    submit_label = models.CharField(_("text of the button"), max_length=100)
    answer_title = models.CharField(_("heading of the answer"), max_length=200)
    concerns_intro = models.TextField(
        _("before the signs"),
        help_text=_("Shown above the answers that can be signs of exploitation."),
    )
    no_concerns = models.TextField(
        _("when no answer is a sign"), help_text=_("Never say that all is well: say what to do.")
    )
    unsure_text = models.TextField(
        _('when some answers are "not sure"'), help_text=_("Where to ask.")
    )
    not_a_verdict = models.TextField(
        _("this is not a verdict"),
        help_text=_("The check can only point to signs; it never says what the situation is."),
    )
    next_title = models.CharField(_("heading of what to do next"), max_length=200)
    next_steps = models.TextField(
        _("what to do next"),
        help_text=_(
            "One step per line. Numbers and addresses as references, "
            "e.g. [[contact:emergency:phone]], [[contact:rosa:phone]]."
        ),
    )
    inspection_text = models.CharField(
        _("text before the labour inspection's address"),
        max_length=300,
        help_text=_("E.g. “Questions about pay, hours and contracts: Arbeidstilsynet”."),
    )
    inspection_url = models.URLField(
        _("the labour inspection's web address"),
        help_text=_("Arbeidstilsynet's pages in this language, or in English."),
    )
    not_saved = models.TextField(_("nothing is saved"))
    restart_label = models.CharField(_("text of the link that starts again"), max_length=100)
    other_languages_title = models.CharField(_("heading of the other languages"), max_length=200)
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Never shown on the site.")
    )

    # Addresses, not prose: no references needed in them.
    reference_exempt_fields = ("inspection_url", "language_code", "language_name")

    objects = WorkCheckQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("work check in one language")
        verbose_name_plural = _("work checks")

    def __str__(self):
        return f"{self.language_name} ({self.language_code})"

    def get_absolute_url(self):
        return reverse("workcheck:detail", kwargs={"language_code": self.language_code})

    @property
    def step_list(self):
        return lines(self.next_steps)

    def answer_labels(self):
        return {
            Answer.YES: self.yes_label,
            Answer.NO: self.no_label,
            Answer.UNSURE: self.unsure_label,
        }


class WorkCheckQuestion(models.Model):
    """One question of a check, and what the worrying answer can point to."""

    # Edited inside its check: editors need its permissions too.
    editors_may_edit = True

    work_check = models.ForeignKey(
        WorkCheck, on_delete=models.CASCADE, related_name="questions", verbose_name=_("check")
    )
    key = models.SlugField(
        _("key"),
        max_length=30,
        help_text=_(
            "The same in every language, e.g. passport. It names the answer in the address."
        ),
    )
    text = models.CharField(_("question"), max_length=300)
    concern_answer = models.CharField(
        _("the answer that can be a sign"),
        max_length=3,
        choices=[(Answer.YES, _("yes")), (Answer.NO, _("no"))],
    )
    concern = models.TextField(
        _("what that answer can point to"),
        help_text=_("Calm and plain: a sign to take seriously, never a verdict."),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["work_check", "key"], name="workcheck_question_key")
        ]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text
