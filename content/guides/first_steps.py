"""The first fifteen minutes: a decision path for professionals.

One question a screen. The answers so far travel in the query string of each
screen's address (which the access log leaves out) and nowhere else: nothing
is stored, and every screen is `no-store`. `walk(query)` reads the answers in
order and says what the visitor has to do now, what to ask next, and, once
every question is answered, the steps taken for the "What I did" summary.

The duties are worded as the site's content inventory states them (CONTENT.md,
section 14, "What professionals must do"); numbers and addresses are
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

# The duties, as CONTENT.md section 14 states them.
DUTY_TO_INFORM = _(
    "Duty to inform child welfare (opplysningsplikt til barnevernet). Staff in health care "
    "(helsepersonelloven section 33), schools and kindergartens, NAV's social services and "
    "other public services must, of their own accord and regardless of their duty of "
    "confidentiality, tell the child welfare service when there is reason to believe a child "
    "(under 18) is being mistreated or seriously neglected; suspected trafficking of a child "
    "is such a case. The duty is your own: telling a manager or sending a police tip does not "
    "fulfil it."
)
DUTY_TO_AVERT = _(
    "Duty to avert (avvergingsplikt), Penal Code section 196. It covers gross human "
    "trafficking (section 258): everyone, regardless of confidentiality, must try to avert "
    "it, by reporting to the police or otherwise, when it appears certain or most likely that "
    "it is being or will be committed and averting it is still possible."
)
HEALTH_POLICE = _(
    "Health personnel and the police (helsepersonelloven section 31): health personnel "
    "shall, regardless of confidentiality, notify the police when that is necessary to avert "
    "serious harm to a person."
)
CONFIDENTIALITY = _(
    "Otherwise confidentiality holds: you may ask for advice (Hope for Justice, ROSA, KOM's "
    "guidance) without naming the person, and share identifying details only with the "
    "person's consent or under one of the duties above. A police tip can be anonymous for "
    "the sender; that does not make sharing a patient's or client's details lawful."
)
DO_NOT_ALERT = _(
    "Never confront a suspected trafficker, and do not question a supplier or its workers in "
    "a way that can alert the exploiter: get advice first."
)

# What each role is reminded of first, where roles differ.
ROLE_NOTES = {
    Role.HEALTH: [HEALTH_POLICE],
    Role.SCHOOL: [DUTY_TO_INFORM],
    Role.NAV: [DUTY_TO_INFORM],
    Role.INSPECTION: [DO_NOT_ALERT],
    Role.BUYING: [DO_NOT_ALERT],
}


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
            "For example gross violence, a victim under 18 or significant profit, and it "
            "appears certain or most likely that it is going on or will happen."
        ),
        (YES, NO, UNSURE),
    ),
    Question(
        "help",
        _("Does the person want help?"),
        _(
            "The person decides. Many fear the traffickers, the police "
            "or what may happen to family."
        ),
        (YES, NO, UNSURE),
    ),
    Question(
        "advice",
        _("Do you want advice before you do more?"),
        _("You can ask without naming the person."),
    ),
    Question(
        "tip",
        _("Do you want to give the police a tip?"),
        _("For what is not urgent. A tip can be anonymous."),
    ),
]
BY_KEY = {q.key: q for q in QUESTIONS}


@dataclass
class Step:
    """What to do after an answer: a title for the summary, what to do now
    (lines with references), the duties that apply, and the contacts used."""

    key: str
    title: str
    lines: list
    duties: list = field(default_factory=list)
    contacts: tuple = ()

    def __post_init__(self):
        # In the active language now: the references filter needs plain strings.
        self.title = str(self.title)
        self.lines = [str(line) for line in self.lines]
        self.duties = [str(duty) for duty in self.duties]


def role_duties(role):
    """What a role is reminded of where it acts on suspicion: the duty to
    inform comes with its own step (a child), not with the role."""
    return [note for note in ROLE_NOTES.get(role, []) if note is not DUTY_TO_INFORM]


def steps_for(key, answer, role, answers):
    """The steps an answer leads to (none where the answer asks nothing more of you)."""
    if key == "danger" and answer == YES:
        duties = [HEALTH_POLICE] if role == Role.HEALTH else []
        return [
            Step(
                "emergency",
                _("Someone in danger: the police emergency number."),
                [
                    _("Call the police emergency number now: [[contact:emergency:phone]]."),
                    _("Keep yourself safe too."),
                ],
                duties,
                ("emergency",),
            )
        ]
    if key == "child" and answer in (YES, UNSURE):
        lines = [
            _("Tell the child welfare service (barnevernet) yourself."),
            _(
                "The child, or you as a worried adult, can talk with Alarmtelefonen for barn og "
                "unge: [[contact:children:phone]]. It is free and can be anonymous."
            ),
            _("ROSA is for adults: a child is not sent there."),
        ]
        if answer == UNSURE:
            lines.insert(
                0, _("If there is reason to believe the person is under 18, this applies:")
            )
        return [
            Step(
                "child",
                _("The person may be under 18: my own duty to inform child welfare."),
                lines,
                [DUTY_TO_INFORM],
                ("children",),
            )
        ]
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
                [DUTY_TO_AVERT, *role_duties(role)],
                ("emergency", "police"),
            )
        ]
    if key == "gross" and answer == UNSURE:
        return [
            Step(
                "unsure",
                _("Not sure about the signs: advice first."),
                [_("Ask for advice without naming the person before you do more.")],
                [DUTY_TO_AVERT, *role_duties(role)],
            )
        ]
    if key == "help":
        if answer == YES:
            return [
                Step(
                    "rosa",
                    _("An adult who wants help: ROSA, and the reflection period."),
                    [
                        _(
                            "Call ROSA with the person, day or night: [[contact:rosa:phone]]. ROSA "
                            "helps people aged 18 and over with safe housing at crisis centres, "
                            "legal advice and health care."
                        ),
                        _(
                            "For a person who is not a Norwegian citizen, a reflection period "
                            "can be granted: a 6-month permit to stay and work in Norway. "
                            "It is not automatic: the person applies through the police, and "
                            "UDI decides. "
                            "It cannot be renewed."
                        ),
                    ],
                    [],
                    ("rosa",),
                )
            ]
        return [
            Step(
                "not-now",
                _("The person did not want help now: where help is, for later."),
                [
                    _(
                        "Tell the person that help exists, and how to reach ROSA: "
                        "[[contact:rosa:phone]], day and night."
                    ),
                ],
                [],
                ("rosa",),
            )
        ]
    if key == "advice" and answer == YES:
        return [
            Step(
                "advice",
                _("Advice without naming the person."),
                [
                    _(
                        "Call Hope for Justice: [[contact:hope-for-justice:phone]], or write to "
                        "[[contact:hope-for-justice:email]]. Describe the situation, "
                        "not the person."
                    ),
                ],
                [CONFIDENTIALITY],
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
                        "trafficking. The tip service is staffed day and night and handled by "
                        "Kripos."
                    ),
                    _(
                        "Write what you saw and heard, where and when, and whether it is still "
                        "going on: places, workplaces, vehicles, how many people."
                    ),
                    _(
                        "Keep the reference number you get. A tip is not a police report "
                        "(anmeldelse): to report a crime, call the police on "
                        "[[contact:police:phone]]."
                    ),
                ],
                [CONFIDENTIALITY],
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
    """The questions in order; an adult (or a child's path) skips what does not apply."""
    for question in QUESTIONS:
        if question.key == "help" and answers.get("child") in (YES, UNSURE):
            continue  # a child is sent to child welfare and 116 111, not asked about ROSA
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
            return Walk(role, answers, steps, question, now)
        given[question.key] = answer
        answers.append((question, answer))
        now = steps_for(question.key, answer, role, given)
        steps.extend(now)
    return Walk(role, answers, steps, None, now)
