from django import template

from ..models import CourseInquiry

register = template.Library()


@register.inclusion_tag("courses/admin/_new_inquiries.html", takes_context=True)
def new_course_inquiries(context, limit=5):
    """The admin front page's list of course inquiries not yet handled."""
    user = context["request"].user
    if not user.has_perm("courses.view_courseinquiry"):
        return {"allowed": False}
    new = CourseInquiry.objects.filter(status=CourseInquiry.Status.NEW)
    return {"allowed": True, "count": new.count(), "inquiries": new[:limit]}
