#!/usr/bin/env bash
# Luoshi and the Redmine peer side by side, interleaved, in one session: for each of the four
# scenarios, Redmine then Luoshi (then, with ROUNDS=2, again in the other order), each with
# wrk -t2 -c20 after a warm-up, on the same machine and the same PostgreSQL server.
#
#   bash ../shared/peer/redmine/install.sh && bash ../shared/peer/redmine/seed.sh 100000 \
#     && bash ../shared/peer/redmine/server.sh restart        # Redmine 5.0 with 100k issues
#   npx tsx src/cli.ts bench-data --scale city --matters 100000 | tail -1 > /tmp/city.json
#   LUOSHI_WORKERS=2 npx tsx src/cli.ts serve &                # same DATABASE_URL
#   bash bench/wrk/versus-redmine.sh /tmp/city.json            # a markdown table on stdout
#
# Env: PEER (../shared/peer/redmine), URL (Luoshi, http://127.0.0.1:3000), DURATION (20),
# WARMUP (5), ROUNDS (1), ONLY ("a b c d").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
info=$1
PEER=${PEER:-$here/../../../shared/peer/redmine}
ROUNDS=${ROUNDS:-1}
ONLY=${ONLY:-"a b c d"}
export DURATION=${DURATION:-20} WARMUP=${WARMUP:-5}

redmine() { # scenario → "rps p50 p99 errors"
  ONLY=$1 bash "$PEER/bench.sh" 2>/dev/null | grep "^| $1 |" | tail -1 |
    awk -F'|' '{gsub(/ /,"",$4); gsub(/ /,"",$5); gsub(/ /,"",$6); split($7,e," "); print $4, $5, $6, e[1]}'
}
luoshi() { # scenario → "rps p50 p99 errors"
  ONLY=$1 bash "$here/run.sh" "$info" | node -e "
    let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s.trim().split('\n').pop());
    console.log([r.rps.toFixed(1), r.p50_ms.toFixed(0), r.p99_ms.toFixed(0), r.errors].join(' '))})"
}

echo "## Luoshi vs Redmine 5.0, interleaved — $(date -u '+%F %H:%M UTC'), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| scenario | round | Redmine req/s | p50 | p99 | err | Luoshi req/s | p50 | p99 | err | ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  for s in $ONLY; do
    if [ $((round % 2)) = 1 ]; then r=$(redmine "$s"); l=$(luoshi "$s"); else l=$(luoshi "$s"); r=$(redmine "$s"); fi
    read -r rr rp50 rp99 rerr <<<"$r"
    read -r lr lp50 lp99 lerr <<<"$l"
    ratio=$(awk -v a="$lr" -v b="$rr" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "—" }')
    echo "| $s | $round | $rr | $rp50 | $rp99 | $rerr | $lr | $lp50 | $lp99 | $lerr | $ratio |"
  done
done
