"""Gives a staff account its second factor from the command line: an
authenticator app (TOTP) and ten one-time recovery codes. For the first
superuser, who cannot reach the admin before having one."""

import io
from base64 import b32encode

import segno
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10


class Command(BaseCommand):
    help = "Create an authenticator-app device and recovery codes for a user."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete the user's existing devices and codes first (a lost phone).",
        )

    def handle(self, username, replace, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        existing = TOTPDevice.objects.filter(user=user).exists()
        if existing and not replace:
            raise CommandError(
                f"{username} already has an authenticator; use --replace to make a new one."
            )
        if replace:
            TOTPDevice.objects.filter(user=user).delete()
            StaticDevice.objects.filter(user=user).delete()
        totp = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
        static = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
        static.token_set.bulk_create([StaticToken(device=static, token=c) for c in codes])
        secret = b32encode(totp.bin_key).decode()
        qr = io.StringIO()
        segno.make(totp.config_url).terminal(out=qr, compact=True)
        self.stdout.write(
            "\n".join(
                [
                    f"Authenticator for {username}. Scan the code with the app (Aegis,",
                    "Google Authenticator, 1Password, ...), or enter the address or the key:",
                    "",
                    qr.getvalue(),
                    f"  {totp.config_url}",
                    "",
                    f"  key: {secret}",
                    "",
                    "Recovery codes: each works once instead of the app's code. Keep",
                    "them somewhere safe, away from the phone:",
                    "",
                    *[f"  {c}" for c in codes],
                    "",
                ]
            )
        )
