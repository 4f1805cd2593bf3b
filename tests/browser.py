"""How the tests and scripts start Debian's Chromium through Playwright."""

import os
import shutil

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def chromium_path():
    return CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")


def launch_args():
    return {
        "executable_path": chromium_path(),
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }
