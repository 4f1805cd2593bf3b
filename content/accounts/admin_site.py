"""A second factor (django-otp) at the admin login when `ADMIN_2FA` is on:
the login form, and an admin site that lets in only a verified session. The
project's admin site (hopeportal/admin_site.py) builds on it."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _


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


def two_factor_required():
    return settings.ADMIN_2FA


class TwoFactorAdminSite(admin.AdminSite):
    """The admin, behind a password and, when ADMIN_2FA is on, a second factor."""

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
