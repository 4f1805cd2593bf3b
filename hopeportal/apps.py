from django.contrib.admin import apps as admin_apps


class HopeAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the site's own admin site (name, front page, two
    factors: hopeportal/admin_site.py, imported once the models are ready)."""

    default = False
    default_site = "hopeportal.admin_site.HopeAdminSite"
