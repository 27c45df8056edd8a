#!/usr/bin/env bash
# A 100k-row ledger export running as a job while /api/health is asked under load: does the
# rest of Luoshi keep answering? Against a running Luoshi on the city of bench-data:
#   npx tsx src/cli.ts bench-data --scale city --matters 100000 | tail -1 > /tmp/city.json
#   LUOSHI_WORKERS=2 npx tsx src/cli.ts serve &               # same DATABASE_URL
#   URL=http://127.0.0.1:3000 bash bench/wrk/export-health.sh /tmp/city.json
# Prints wrk's latency of /api/health (-t1 -c4) while the export runs, and the export's time.
set -euo pipefail
info=$1
URL=${URL:-http://127.0.0.1:3000}
field() { node -e "process.stdout.write(String(JSON.parse(require('fs').readFileSync('$info','utf8'))['$1']))"; }
jar=$(mktemp)
curl -sf -c "$jar" -H 'content-type: application/json' \
  -d "{\"username\":\"$(field supervisor)\",\"password\":\"$(field password)\"}" "$URL/api/auth/login" >/dev/null
csrf=$(curl -sf -b "$jar" "$URL/api/auth/me" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(JSON.parse(s).csrfToken))")
job() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const j=JSON.parse(s);process.stdout.write(j.$1 + '')})"; }

t0=$(date +%s.%N)
id=$(curl -sf -b "$jar" -H "x-csrf-token: $csrf" -H 'content-type: application/json' \
  -d "{\"kind\":\"matter-list-ledger\",\"listId\":\"$(field listId)\"}" "$URL/api/exports" | job id)
# /api/health under load for as long as the export runs (at most 300 s).
wrk -t1 -c4 -d300s --latency --timeout 10s "$URL/api/health" > /tmp/export-health-wrk.txt &
wrk_pid=$!
status=running
while [ "$status" = running ] || [ "$status" = queued ]; do
  sleep 1
  body=$(curl -sf -b "$jar" "$URL/api/exports/$id")
  status=$(echo "$body" | job status)
  echo "$(date +%T) $status $(echo "$body" | job done) / $(echo "$body" | job total)" >&2
done
t1=$(date +%s.%N)
kill -INT $wrk_pid; wait $wrk_pid || true
echo "export $status in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"
grep -E "Latency|50%|90%|99%|Requests/sec" /tmp/export-health-wrk.txt
rm -f "$jar"
