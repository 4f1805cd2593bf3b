"""How a rule (`core.Rule`) reads wherever it is shown: in full, or as a duty
that may apply and under which conditions. Every page renders rules through
these two functions (texts through the [[rule:<key>]] reference), so a rule
is worded in one place: its item in the admin."""

from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import references
from .models import Rule

# The binding as a condition, for a reader whose work the site does not know.
BINDS_IF = {
    Rule.Binds.PUBLIC_SERVICES: _("you work in a public service"),
    Rule.Binds.HEALTH_PERSONNEL: _("you are health personnel"),
}


def _heading(rule):
    if rule.legal_basis:
        return format_html("<strong>{}</strong> ({})", rule.title, rule.legal_basis)
    return format_html("<strong>{}</strong>", rule.title)


def full(rule):
    """The rule, what it asks, and whom it binds."""
    return format_html(
        '<span class="hp-rule">{}: {} <span class="hp-rule__binds">{}</span></span>',
        _heading(rule),
        references.render(rule.text),
        format_lazy(_("Applies to: {}."), rule.get_binds_display()),
    )


def may_apply(rule, conditions):
    """The rule as one that applies only if `conditions` hold (clauses such
    as the rule's own condition, or BINDS_IF of its binding)."""
    clauses = [str(clause) for clause in conditions if clause]
    return format_html(
        '<span class="hp-rule">{}: {}</span>',
        _heading(rule),
        format_lazy(_("applies if {}."), str(_(" and if ")).join(clauses)),
    )


def render_reference(rule, part):
    if part == "":
        return full(rule)
    if part == "title":
        return rule.title
    return None
