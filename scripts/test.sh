#!/usr/bin/env bash
# Runs every test: types, lint, unit, API on PGlite, API again on PostgreSQL when
# DATABASE_URL is set, then browser tests (which build the web app first).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint . --max-warnings=0
echo "== unit"; npx vitest run --project unit
echo "== api (PGlite)"; LUOSHI_TEST_DB=pglite npx vitest run --project api
if [ -n "${DATABASE_URL:-}" ]; then
  echo "== api (PostgreSQL at DATABASE_URL)"; LUOSHI_TEST_DB=postgres npx vitest run --project api
else
  echo "== api (PostgreSQL) skipped: DATABASE_URL is not set"
fi
echo "== browser"; npm run --silent build:web && npx vitest run --project e2e
