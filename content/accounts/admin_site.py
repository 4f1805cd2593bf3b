"""The admin site: the site's own name, an editor's front page and, when
`ADMIN_2FA` is on, a second factor (django-otp) at login."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog


class TwoFactorAuthenticationForm(AdminAuthenticationForm):
    """Username, password and one code: the six digits from the authenticator
    app, or one of the user's recovery codes (used once)."""

    otp_token = forms.CharField(
        label=_("Code from the authenticator app, or a recovery code"),
        max_length=16,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text"}),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "otp_invalid": _(
            "The code is wrong or has expired. Enter the code your authenticator "
            "app shows now, or an unused recovery code."
        ),
        "otp_no_device": _(
            "This account has no second factor yet. Ask an administrator to set "
            "one up (see the README: two-factor login)."
        ),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None:
            user.otp_device = self._verified_device(user, cleaned_data.get("otp_token") or "")
        return cleaned_data

    def _verified_device(self, user, token):
        from django_otp.plugins.otp_static.models import StaticDevice
        from django_otp.plugins.otp_totp.models import TOTPDevice

        token = token.replace(" ", "").lower()
        # Try only the kind of device the code's shape fits, so a wrong kind is
        # never counted as a failed attempt against the user's other device.
        kind = TOTPDevice if token.isdigit() and len(token) == 6 else StaticDevice
        devices = [
            *TOTPDevice.objects.devices_for_user(user, confirmed=True),
            *StaticDevice.objects.devices_for_user(user, confirmed=True),
        ]
        if not devices:
            raise forms.ValidationError(self.error_messages["otp_no_device"], code="otp_no_device")
        for device in devices:
            allowed = isinstance(device, kind) and token and device.verify_is_allowed()[0]
            if allowed and device.verify_token(token):
                # django-otp's user_logged_in handler stores it in the session.
                return device
        raise forms.ValidationError(self.error_messages["otp_invalid"], code="otp_invalid")


class AdminJavaScriptCatalog(JavaScriptCatalog):
    """The admin's JavaScript strings, with the project's djangojs catalogue
    (locale/<lang>/LC_MESSAGES/djangojs.po) over Django's: it fills in what
    Django's Bokmål lacks (calendar, selector and action strings)."""

    def get_paths(self, packages):
        return [*super().get_paths(packages), *map(str, settings.LOCALE_PATHS)]


def two_factor_required():
    return settings.ADMIN_2FA


class HopeAdminSite(admin.AdminSite):
    site_header = _("Hope for Justice Norway")
    site_title = _("Hope for Justice Norway")
    index_title = _("What needs an editor now")
    index_template = "admin/hope_index.html"
    # The lists need the width (a 1280 px screen, filters beside); editors move
    # through the front page and the breadcrumbs.
    enable_nav_sidebar = False

    @property
    def login_form(self):
        return TwoFactorAuthenticationForm if two_factor_required() else AdminAuthenticationForm

    @property
    def login_template(self):
        return "admin/login_2fa.html" if two_factor_required() else None

    def has_permission(self, request):
        if not super().has_permission(request):
            return False
        # A session logged in with the password alone (before the setting was
        # turned on, say) is not enough either.
        return not two_factor_required() or request.user.is_verified()

    def i18n_javascript(self, request, extra_context=None):
        return AdminJavaScriptCatalog.as_view(packages=["django.contrib.admin"])(request)

    def index(self, request, extra_context=None):
        context = {**needs_an_editor(self, request), **(extra_context or {})}
        return super().index(request, extra_context=context)


def _admin_url(site, model, action, *args):
    """An admin page of `model` on `site`: its list ("changelist") or an item's "change"."""
    opts = model._meta
    return reverse(f"{site.name}:{opts.app_label}_{opts.model_name}_{action}", args=args)


def needs_an_editor(site, request, limit=5):
    """What the front page lists: per model, the items due for a check (any
    Checkable model) and those whose translation is
    older than the Bokmål text, each with a link to the filtered list."""
    from . import translations
    from .models import Checkable

    due, stale = [], []
    registry = sorted(
        site._registry.items(),
        key=lambda item: (
            getattr(item[1], "editor_home_order", 100),
            str(item[0]._meta.verbose_name_plural),
        ),
    )
    for model, model_admin in registry:
        if not model_admin.has_view_permission(request):
            continue
        url = _admin_url(site, model, "changelist")
        if issubclass(model, Checkable):
            items = list(model._default_manager.due_for_check()[: limit + 1])
            if items:
                due.append(_entry(site, model, items, limit, url + "?check=due"))
        if translations.is_tracked(model):
            queryset = translations.with_stamps(model._default_manager.all())
            items = list(queryset.filter(translations.stale_any_q())[: limit + 1])
            if items:
                stale.append(_entry(site, model, items, limit, url + "?translation=stale"))
    return {"due_for_check": due, "stale_translations": stale}


def _entry(site, model, items, limit, url):
    return {
        "name": model._meta.verbose_name_plural,
        "url": url,
        "items": [(item, _admin_url(site, model, "change", item.pk)) for item in items[:limit]],
        "more": len(items) > limit,
    }
