#!/usr/bin/env bash
# The four task-list scenarios against a running Luoshi, with wrk, as the Redmine peer runs
# them (../shared/peer/redmine/bench.sh): -t2 -c20, DURATION s each after a WARMUP s warm-up.
#   npx tsx src/cli.ts bench-data --scale city --matters 100000 > /tmp/city.json
#   LUOSHI_WORKERS=2 npx tsx src/cli.ts serve &          # same DATABASE_URL / data dir
#   bash bench/wrk/run.sh /tmp/city.json                 # prints one JSON line per scenario
set -euo pipefail
info=$1
URL=${URL:-http://127.0.0.1:3000}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
CONN=${CONN:-20}
ONLY=${ONLY:-"a b c d"}
here=$(cd "$(dirname "$0")" && pwd)
field() { node -e "process.stdout.write(String(JSON.parse(require('fs').readFileSync('$info','utf8'))['$1']))"; }

login() { # username → "cookie csrf"
  local jar; jar=$(mktemp)
  curl -sf -c "$jar" -H 'content-type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$(field password)\"}" "$URL/api/auth/login" >/dev/null
  local cookie; cookie=$(awk '$6=="luoshi_session"{print $6"="$7}' "$jar")
  local csrf; csrf=$(curl -sf -b "$jar" "$URL/api/auth/me" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(JSON.parse(s).csrfToken))")
  rm -f "$jar"; echo "$cookie $csrf"
}
read -r SUP_COOKIE SUP_CSRF <<<"$(login "$(field supervisor)")"
read -r LIA_COOKIE LIA_CSRF <<<"$(login "$(field wuzhiLiaison)")"
UNIT_ID=$(field wuzhiUnitId)
LIST_ID=$(field listId)
MATTER_IDS=$(curl -sf -H "Cookie: $SUP_COOKIE" "$URL/api/matters?unitId=$UNIT_ID&status=in_progress&pageSize=200" |
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(JSON.parse(s).items.map(m=>m.id).join(',')))")

for s in $ONLY; do
  if [ "$s" = d ]; then cookie=$LIA_COOKIE csrf=$LIA_CSRF; else cookie=$SUP_COOKIE csrf=$SUP_CSRF; fi
  export SCENARIO=$s COOKIE=$cookie CSRF=$csrf UNIT_ID LIST_ID MATTER_IDS
  wrk -t2 -c"$CONN" -d"${WARMUP}s" --timeout 30s -s "$here/luoshi.lua" "$URL" >/dev/null
  wrk -t2 -c"$CONN" -d"${DURATION}s" --timeout 30s -s "$here/luoshi.lua" "$URL" | grep '^{'
done
