from django import template

from ..models import Statistic

register = template.Library()


@register.inclusion_tag("facts/_headline_figures.html")
def headline_figures():
    """The home page's figures: the current ones editors marked for it."""
    return {"figures": Statistic.objects.published().current().filter(is_headline=True)[:3]}
