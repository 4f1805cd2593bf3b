"""The first fifteen minutes: a decision path for professionals.

One question a screen. The answers so far travel in the query string of each
screen's address (which the access log leaves out) and nowhere else: nothing
is stored, and every screen is `no-store`. `walk(query)` reads the answers in
order and says what the visitor has to do now, what to ask next, and, once
every question is answered, the steps taken for the "What I did" summary.

The duties themselves are content (core.Rule, each worded once); this module
only says which answers meet a duty's condition. Numbers and addresses are
references to the help contacts ([[contact:rosa:phone]]), never typed in.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

YES, NO, UNSURE = "yes", "no", "unsure"
ANSWER_LABELS = {YES: _("Yes"), NO: _("No"), UNSURE: _("Not sure")}


class Role:
    HEALTH = "health"
    SCHOOL = "school"
    NAV = "nav"
    INSPECTION = "inspection"
    BUYING = "buying"


ROLE_CHOICES = [
    (Role.HEALTH, _("Health care")),
    (Role.SCHOOL, _("Schools and child welfare")),
    (Role.NAV, _("NAV and social services")),
    (Role.INSPECTION, _("Inspections")),
    (Role.BUYING, _("Buying services")),
]
ROLES = dict(ROLE_CHOICES)

# The rules themselves (text, legal basis, whom they bind, when they apply)
# are content: core.Rule, each stated once. The path only says which answers
# meet a rule's condition, and what each kind of work is.
INFORM, AVERT, SECTION_31 = "duty-to-inform", "duty-to-avert", "health-police"
CONFIDENTIALITY, NOT_ALERT = "confidentiality", "do-not-alert"
DUTIES = (INFORM, AVERT, SECTION_31)
ALWAYS = (NOT_ALERT, CONFIDENTIALITY)  # in every summary, whatever the answers

# What each kind of work certainly is, and what it may be, in the rules' terms.
PUBLIC, HEALTH = "public-services", "health-personnel"
ROLE_KINDS = {
    Role.HEALTH: ({PUBLIC, HEALTH}, set()),
    Role.SCHOOL: ({PUBLIC}, {HEALTH}),  # a school nurse is health personnel
    Role.NAV: ({PUBLIC}, set()),
    Role.INSPECTION: ({PUBLIC}, set()),
    Role.BUYING: (set(), {PUBLIC}),  # a public body's buyer, or a private business
    "": (set(), {PUBLIC, HEALTH}),
}
# The rules a role is reminded of before the first question.
ROLE_NOTES = {
    Role.HEALTH: [SECTION_31, NOT_ALERT],
    Role.SCHOOL: [INFORM, NOT_ALERT],
    Role.NAV: [INFORM, NOT_ALERT],
    Role.INSPECTION: [NOT_ALERT],
    Role.BUYING: [NOT_ALERT],
    "": [NOT_ALERT],
}

MET, PERHAPS = "met", "perhaps"
APPLIES, MAY_APPLY = "applies", "may-apply"


def condition(key, answers):
    """Whether the answers meet a duty's condition: MET, PERHAPS or None."""
    if key == INFORM:
        return {YES: MET, UNSURE: PERHAPS}.get(answers.get("child"))
    if key == AVERT:
        return {YES: MET, UNSURE: PERHAPS}.get(answers.get("gross"))
    if key == SECTION_31:
        # Necessary to avert serious harm: danger now, or signs of gross trafficking.
        return MET if YES in (answers.get("danger"), answers.get("gross")) else PERHAPS
    return None


def bound(binds, role):
    """True if the rule binds this kind of work, None if it may, False if not."""
    if binds not in (PUBLIC, HEALTH):
        return True
    certain, perhaps = ROLE_KINDS.get(role, ROLE_KINDS[""])
    if binds in certain:
        return True
    return None if binds in perhaps else False


def status(rule, role, answers):
    """(APPLIES or MAY_APPLY or None, the clauses a MAY_APPLY depends on)."""
    met = condition(rule.key, answers)
    binding = bound(rule.binds, role)
    if met is None or binding is False:
        return None, []
    if met == MET and binding:
        return APPLIES, []
    clauses = [rule.condition] if met == PERHAPS else []
    if binding is None:
        from content.core.rules import BINDS_IF

        clauses.append(BINDS_IF[rule.binds])
    return MAY_APPLY, clauses


@dataclass
class Question:
    key: str
    text: str
    hint: str = ""
    answers: tuple = (YES, NO)


QUESTIONS = [
    Question(
        "danger",
        _("Is anyone in danger right now?"),
        _("Danger to someone's life or health, now or very soon."),
    ),
    Question(
        "child",
        _("Is the person under 18?"),
        _("If you do not know, answer “Not sure”."),
        (YES, NO, UNSURE),
    ),
    Question(
        "gross",
        _("Are there signs of gross human trafficking?"),
        _(
            "For example gross violence or coercion, a victim under 18 or significant profit, "
            "and it appears certain or most likely that it is going on or will happen."
        ),
        (YES, NO, UNSURE),
    ),
    Question(
        "help",
        _("Does the person want help?"),
        _(
            "Many fear the traffickers, the police or what may happen to family. What the "
            "person wants decides the help they get, not whether a duty applies."
        ),
        (YES, NO, UNSURE),
    ),
    Question(
        "advice",
        _("Do you want advice?"),
        _(
            "You can ask without naming the person. Asking for advice never puts off a duty "
            "that applies: act on it first."
        ),
    ),
    Question(
        "tip",
        _("Do you want to give the police a tip?"),
        _("For what is not urgent. A tip can be anonymous, and it is not a police report."),
    ),
]
BY_KEY = {q.key: q for q in QUESTIONS}

# For a child the law's question is whether the exploitation appears certain
# or most likely: a victim under 18 is not itself a sign to answer "yes" to.
CHILD_GROSS = Question(
    "gross",
    _("Does it appear certain or most likely that the child is being exploited, or will be?"),
    _(
        "A victim under 18 is one of the things that can make human trafficking gross "
        "(Penal Code section 258)."
    ),
    (YES, NO, UNSURE),
)


@dataclass
class Step:
    """What to do after an answer: a title for the summary, what to do now
    (lines with references), the rules it calls on (core.Rule keys), and the
    contacts used."""

    key: str
    title: str
    lines: list
    rules: tuple = ()
    contacts: tuple = ()

    def __post_init__(self):
        # In the active language now: the references filter needs plain strings.
        self.title = str(self.title)
        self.lines = [str(line) for line in self.lines]


ROSA_FOR_ADULTS = _(
    "Call ROSA with the person, day or night: [[contact:rosa:phone]]. ROSA helps people aged "
    "18 and over with safe housing at crisis centres, legal advice and health care."
)
CHILDREN_LINE = _(
    "The child, or you as a worried adult, can talk with Alarmtelefonen for barn og unge: "
    "[[contact:children:phone]]. It is free and can be anonymous."
)


def _child_step(answer, role):
    informs = bound(PUBLIC, role)
    if informs:
        lines = [_("Tell the child welfare service (barnevernet) yourself: it is your own duty.")]
        title = _("The person may be under 18: my own duty to inform child welfare.")
    else:
        lines = [
            _(
                "If you work in a public service, telling the child welfare service "
                "(barnevernet) is your own duty. A private business has no such duty."
            )
        ]
        title = _("The person may be under 18: child welfare and Alarmtelefonen.")
    lines += [CHILDREN_LINE, _("ROSA is for adults: a child is not sent there.")]
    if answer == UNSURE:
        lines.insert(0, _("If there is reason to believe the person is under 18, this applies:"))
    return Step("child", title, lines, (INFORM,), ("children",))


def _help_steps(answer, answers):
    child = answers.get("child")
    if child == YES:
        if answer == YES:
            return [
                Step(
                    "child-help",
                    _("The child wants help: Alarmtelefonen together."),
                    [CHILDREN_LINE],
                    (),
                    ("children",),
                )
            ]
        return [
            Step(
                "child-later",
                _("Where help is for the child, for later."),
                [CHILDREN_LINE],
                (),
                ("children",),
            )
        ]
    adult = [ROSA_FOR_ADULTS]
    if child == UNSURE:
        adult = [
            _("If the person is 18 or over:") + " " + str(ROSA_FOR_ADULTS),
            _("If the person is under 18:") + " " + str(CHILDREN_LINE),
        ]
    contacts = ("rosa", "children") if child == UNSURE else ("rosa",)
    if answer == YES:
        return [
            Step(
                "rosa",
                _("An adult who wants help: ROSA, and the reflection period."),
                [*adult, "[[rule:reflection-period]]"],
                (),
                contacts,
            )
        ]
    if answer == UNSURE:
        title = _("Not sure whether the person wants help: where help is, for when they are ready.")
    else:
        title = _("The person did not want help now: where help is, for later.")
    return [
        Step(
            "not-now" if answer == NO else "not-sure",
            title,
            [_("Tell the person that help exists, and how to reach it:"), *adult],
            (),
            contacts,
        )
    ]


def steps_for(key, answer, role, answers):
    """The steps an answer leads to (none where the answer asks nothing more of you)."""
    if key == "danger" and answer == YES:
        return [
            Step(
                "emergency",
                _("Someone in danger: the police emergency number."),
                [
                    _("Call the police emergency number now: [[contact:emergency:phone]]."),
                    _("Keep yourself safe too."),
                ],
                (SECTION_31,),
                ("emergency",),
            )
        ]
    if key == "child" and answer in (YES, UNSURE):
        return [_child_step(answer, role)]
    if key == "gross" and answer == YES:
        return [
            Step(
                "avert",
                _("Signs of gross human trafficking: the duty to avert, a report to the police."),
                [
                    _(
                        "Report it to the police: in acute danger [[contact:emergency:phone]], "
                        "otherwise the police on [[contact:police:phone]]."
                    ),
                ],
                (AVERT, SECTION_31),
                ("emergency", "police"),
            )
        ]
    if key == "gross" and answer == UNSURE:
        return [
            Step(
                "unsure",
                _("Not sure about the signs: advice, and the duty to avert if they become clear."),
                [_("Ask for advice without naming the person.")],
                (AVERT,),
            )
        ]
    if key == "help":
        return _help_steps(answer, answers)
    if key == "advice" and answer == YES:
        return [
            Step(
                "advice",
                _("Advice without naming the person."),
                [
                    _(
                        "Call Hope for Justice in office hours: "
                        "[[contact:hope-for-justice:phone]], "
                        "or write to [[contact:hope-for-justice:email]]. Describe the situation, "
                        "not the person."
                    ),
                    _(
                        "Outside office hours: ROSA for adults, day and night, "
                        "[[contact:rosa:phone]]; Alarmtelefonen for a child, "
                        "[[contact:children:phone]]; in danger [[contact:emergency:phone]]."
                    ),
                ],
                (),
                ("hope-for-justice",),
            )
        ]
    if key == "tip" and answer == YES:
        return [
            Step(
                "tip",
                _("A tip to the police."),
                [
                    _(
                        "Go to [[contact:police-tip:web]], choose “Tips politiet”, then human "
                        "trafficking (menneskehandel). The tip service is staffed day and night "
                        "and handled by Kripos."
                    ),
                    _(
                        "Write what you saw and heard, where and when, and whether it is still "
                        "going on: places, workplaces, vehicles, how many people. If you are bound "
                        "by confidentiality, leave out what can identify the person unless a duty "
                        "requires it."
                    ),
                    "[[rule:tip-not-report]]",
                ],
                (),
                ("police-tip",),
            )
        ]
    return []


@dataclass
class Walk:
    role: str
    answers: list  # (question, answer) in order
    steps: list
    question: Question | None
    now: list  # the steps the last answer led to: what to do now
    given: dict = field(default_factory=dict)  # question key -> answer

    @property
    def done(self):
        return self.question is None

    def contacts(self):
        """The keys of the contacts the steps used, each once, in order."""
        return list(dict.fromkeys(key for step in self.steps for key in step.contacts))


# How each contact is shown in the summary's list of numbers used.
CONTACT_PARTS = {"police-tip": "web"}


def contact_tokens(keys):
    """References naming each contact and its number (or web address)."""
    return [
        f"[[contact:{key}]]: [[contact:{key}:{CONTACT_PARTS.get(key, 'phone')}]]" for key in keys
    ]


def questions_for(answers):
    """The questions in order, six on every path; a child's path asks about
    the gross signs in the law's words for a child."""
    for question in QUESTIONS:
        if question.key == "gross" and answers.get("child") == YES:
            question = CHILD_GROSS
        yield question


def walk(query):
    """Read the answers in `query` in order, up to the first missing or unknown
    one (anything after it is ignored, never an error)."""
    role = query.get("role", "")
    role = role if role in ROLES else ""
    given = {}
    answers, steps, now = [], [], []
    for question in questions_for(given):
        answer = query.get(question.key)
        if answer not in question.answers:
            return Walk(role, answers, steps, question, now, given)
        given[question.key] = answer
        answers.append((question, answer))
        now = steps_for(question.key, answer, role, given)
        steps.extend(now)
    return Walk(role, answers, steps, None, now, given)


def rendered(keys, rules, role, given):
    """The rules `keys` names as they stand for these answers: in full where
    they apply (or bind always), as "applies if ..." where they may."""
    from content.core import rules as rule_text

    shown = []
    for key in dict.fromkeys(keys):
        rule = rules.get(key)
        if rule is None:
            continue
        if key not in DUTIES:
            shown.append(rule_text.full(rule))
            continue
        state, clauses = status(rule, role, given)
        if state == APPLIES:
            shown.append(rule_text.full(rule))
        elif state == MAY_APPLY:
            shown.append(rule_text.may_apply(rule, clauses))
    return shown


def summary(walk, rules):
    """The summary's three lists of rules: the duties that applied, those
    that may apply and on what, and what holds on every path."""
    states = {key: status(rules[key], walk.role, walk.given)[0] for key in DUTIES if key in rules}

    def shown(state):
        keys = [key for key, found in states.items() if found == state]
        return rendered(keys, rules, walk.role, walk.given)

    return shown(APPLIES), shown(MAY_APPLY), rendered(ALWAYS, rules, walk.role, walk.given)
