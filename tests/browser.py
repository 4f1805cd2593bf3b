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


INSTALL = "install it with `apt-get install chromium` (Debian) to run the browser tests"


def require_chromium():
    """Call at the top of a browser test module: skips the module with one clear
    line where Chromium is missing, and fails instead under CI=true."""
    import pytest

    if chromium_path():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"Chromium not found, and CI needs the browser tests: {INSTALL}", pytrace=False)
    pytest.skip(f"Chromium not found: {INSTALL}", allow_module_level=True)
