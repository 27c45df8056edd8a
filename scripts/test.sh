#!/usr/bin/env bash
# Runs every test: types, lint, unit, API on the embedded PostgreSQL 17, API again on the
# PostgreSQL server at DATABASE_URL when
# it is set, then browser tests (which build the web app first). Ends with one
# plain line "tests: N passed, N failed" totalled over every suite.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.test-results
rm -rf "$out" && mkdir -p "$out"
suite() { # name, then vitest arguments
  local name=$1; shift
  npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$out/$name.json"
}

echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint . --max-warnings=0
echo "== unit"; suite unit --project unit
echo "== api (embedded PostgreSQL)"; LUOSHI_TEST_DB=embedded suite api-embedded --project api
if [ -n "${DATABASE_URL:-}" ]; then
  echo "== api (PostgreSQL at DATABASE_URL)"; LUOSHI_TEST_DB=postgres suite api-postgres --project api
else
  echo "== api (PostgreSQL) skipped: DATABASE_URL is not set"
fi
echo "== browser"; npm run --silent build:web && suite browser --project e2e

node -e '
  const fs = require("node:fs");
  let passed = 0, failed = 0;
  for (const f of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(`${process.argv[1]}/${f}`, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests;
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
' "$out"
