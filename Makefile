# hopeportal: `make run` serves the site, `make test` runs the tests (five
# minutes), `make test-full` every test (see docs/development.md, "Tests").
# Both set up what they need on a fresh clone and do nothing twice.

HOST ?= 127.0.0.1
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PYENV_ROOT ?= $(HOME)/.pyenv

# The first Python >= 3.12 we can find (Django 6.1 needs it). pyenv shims for
# versions that are not active fail the check, so pyenv's own paths come last.
PYTHON ?= $(shell for c in python3.13 python3.12 python3 \
	$(wildcard $(PYENV_ROOT)/versions/3.1[3-9]*/bin/python3) \
	$(wildcard $(PYENV_ROOT)/versions/3.12*/bin/python3); do \
	$$c -c 'import sys; assert sys.version_info >= (3, 12)' >/dev/null 2>&1 && { echo $$c; break; }; done)

.PHONY: run test test-full test-tools setup check messages static seed screenshots lighthouse bench loadtest clean

$(PY):
	@test -n "$(PYTHON)" || { echo "hopeportal needs Python 3.12 or newer: install python3.12 and try again." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(PY)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

messages: $(VENV)/.installed
	@$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0

setup: $(VENV)/.installed messages
	$(PY) manage.py collectstatic --no-input -v 0
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py seed
	$(PY) manage.py rebuild_search_index

# Without DJANGO_SITE_URL, absolute links (canonical, sitemap, QR codes) point
# at the address this serves on.
run: setup
	HOPEPORTAL_LOCAL_URL=http://$(HOST):$(PORT) $(BIN)/gunicorn --config gunicorn.conf.py --bind $(HOST):$(PORT) hopeportal.wsgi

# vnu-jar (the HTML check) and Lighthouse, pinned in package-lock.json. npm
# writes node_modules/.package-lock.json, so this reinstalls only when the lock
# file is newer. Without npm the HTML check is skipped (and fails under CI).
# --ignore-scripts: vnu-jar's install script would download a Java runtime; the
# system's Java is used instead.
NODE_DEPS := node_modules/.package-lock.json
$(NODE_DEPS): package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --ignore-scripts --no-audit --no-fund && touch $@; \
	else echo "npm not found: install Node.js and npm to run the HTML check and Lighthouse" >&2; fi

# The browser tests need Chromium and the HTML check needs Java and vnu-jar
# (npm): installed here with apt-get where we may (as `make bench` installs
# wrk); otherwise stop with the command to run. Nothing is skipped quietly.
APT_INSTALL := DEBIAN_FRONTEND=noninteractive apt-get install -y -qq
test-tools: $(NODE_DEPS)
	@command -v chromium >/dev/null 2>&1 || test -x "$${CHROMIUM:-/usr/bin/chromium}" || \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && $(APT_INSTALL) chromium; \
	else echo "The browser tests need Chromium: run \`sudo apt-get install chromium\` (or set CHROMIUM=/path/to/chromium), then make test again." >&2; exit 1; fi
	@command -v java >/dev/null 2>&1 || \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && $(APT_INSTALL) default-jre-headless; \
	else echo "The HTML check needs Java: run \`sudo apt-get install default-jre-headless\`, then make test again." >&2; exit 1; fi
	@test -f node_modules/vnu-jar/build/dist/vnu.jar || { \
		echo "The HTML check needs npm: run \`sudo apt-get install npm\`, then make test again." >&2; exit 1; }

# Everything but the tests marked `full`: at most five minutes on two cores.
# One test process per core (pytest-xdist; -n 0 in PYTEST_ARGS for one).
XDIST ?= -n auto --dist worksteal
test: $(VENV)/.installed-test messages test-tools
	$(BIN)/pytest -m "not full" $(XDIST) --durations=10 $(PYTEST_ARGS)

# Every test, then (where PostgreSQL is installed, or we may install it) all
# but the browser tests again on PostgreSQL, production's database. .ci/run
# runs this and fails when it takes longer than its budget.
PG_DATABASE ?= hopeportal
test-full: $(VENV)/.installed-test messages test-tools
	$(BIN)/pytest $(XDIST) --durations=25 $(PYTEST_ARGS)
	@if command -v pg_lsclusters >/dev/null 2>&1 || [ "$$(id -u)" = 0 ]; then \
		DATABASE_URL=$$(bash .ci/postgres.sh $(PG_DATABASE)) $(BIN)/pytest -m "not browser and not stack" $(XDIST) --durations=25; \
	else echo "PostgreSQL is not installed: the PostgreSQL pass did not run (apt-get install postgresql)." >&2; \
		test "$$CI" != true; fi

# PNGs of every page, both languages, phone and desktop width, in screenshots/.
screenshots: setup $(VENV)/.installed-test
	$(PY) scripts/screenshots.py

# Lighthouse scores for the home and help pages in both languages (lighthouse/).
lighthouse: setup $(NODE_DEPS)
	$(PY) scripts/lighthouse.py

check: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	DJANGO_SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
	DJANGO_HTTPS=true DJANGO_ALLOWED_HOSTS=hope.example.org DJANGO_SITE_URL=https://hope.example.org \
	DJANGO_EMAIL_URL=smtp+tls://site:secret@smtp.example.org:587 \
	$(PY) manage.py check --deploy --fail-level WARNING

bench: setup
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(PY) bench/run.py
	@command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light; }
	$(PY) bench/proxy.py

# 60 s of the realistic mix at 64 connections (bench/loadtest.py), then the
# help page timed alone and under a flood of wrong admin logins
# (bench/login_flood.py). Both against the stack `make run` serves.
loadtest: setup
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(PY) bench/loadtest.py
	$(PY) bench/login_flood.py

clean:
	rm -rf $(VENV) var node_modules
