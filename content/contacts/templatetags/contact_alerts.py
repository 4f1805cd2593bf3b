from django import template

from ..models import ContactChange

register = template.Library()


@register.inclusion_tag("contacts/admin/_recent_changes.html", takes_context=True)
def recent_contact_changes(context, days=7):
    """The admin front page's list of changes to help contacts in the last week."""
    user = context["request"].user
    if not user.has_perm("contacts.view_contactchange"):
        return {"allowed": False}
    return {"allowed": True, "changes": ContactChange.objects.recent(days)[:20], "days": days}
