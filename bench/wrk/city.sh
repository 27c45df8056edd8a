#!/usr/bin/env bash
# One-shot: a city with N matters on a fresh embedded PostgreSQL (or DATABASE_URL), Luoshi
# serving it, and the four wrk scenarios of run.sh. Prints one JSON line per scenario.
#   bash bench/wrk/city.sh 100000
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
export LUOSHI_DATA_DIR=${LUOSHI_DATA_DIR:-$(mktemp -d /tmp/luoshi-city-XXXX)}
export PORT=${PORT:-3200} LOG_LEVEL=silent LUOSHI_JOBS=false
npx tsx src/cli.ts migrate >/dev/null
npx tsx src/cli.ts bench-data --scale city --matters "$N" | tail -1 > "$LUOSHI_DATA_DIR/city.json"
cat "$LUOSHI_DATA_DIR/city.json" >&2
# tsx itself (not npx) so that the INT of the trap reaches the server and it stops its database.
./node_modules/.bin/tsx src/cli.ts serve > "$LUOSHI_DATA_DIR/serve.log" 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 1; done
URL="http://127.0.0.1:$PORT" bash bench/wrk/run.sh "$LUOSHI_DATA_DIR/city.json"
