#!/usr/bin/env bash
# Start a local PostgreSQL for the test suite (production's database) and print
# its DATABASE_URL (database name: the first argument, default hopeportal; the
# tests use test_<name>). Installs the server where it is missing.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true
for _ in $(seq 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
echo "postgres://postgres:postgres@127.0.0.1:5432/${1:-hopeportal}"
