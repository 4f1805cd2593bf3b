from datetime import timedelta
from urllib.parse import urlencode

from django import template
from django.utils import timezone

from ..models import ContactChange

register = template.Library()


@register.inclusion_tag("contacts/admin/_recent_changes.html", takes_context=True)
def recent_contact_changes(context, days=7):
    """The admin front page's list of changes to help contacts in the last week."""
    user = context["request"].user
    if not user.has_perm("contacts.view_contactchange"):
        return {"allowed": False}
    since = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    since -= timedelta(days=days)
    return {
        "allowed": True,
        "changes": ContactChange.objects.recent(days)[:20],
        "filtered": "?" + urlencode({"changed_at__gte": str(since)}),
    }
