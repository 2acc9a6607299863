#!/usr/bin/env bash
# Load test of the HTTP API on loopback: 50 concurrent clients on filtered
# event queries and timelines over a database of synthetic events (1M by
# default, generated once with `tacitus bench store --generate`). Needs `wrk`
# (Debian package `wrk`). Prints wrk's latency distribution and the p99 per mix.
#
#   tools/loadtest.sh                      # 1M events, 20 s per mix
#   EVENTS=100000 DURATION=10s tools/loadtest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
TACITUS=${TACITUS:-$TARGET_DIR/release/tacitus}
EVENTS=${EVENTS:-1000000}
DURATION=${DURATION:-20s}
CLIENTS=${CLIENTS:-50}
DB=${DB:-$TARGET_DIR/loadtest/events-$EVENTS.db}
command -v wrk >/dev/null || { echo "loadtest: wrk not found (apt-get install -y wrk)"; exit 1; }
if [ ! -x "$TACITUS" ]; then cargo build --release -p tacitus; fi
mkdir -p "$(dirname "$DB")"
if [ ! -s "$DB" ]; then
  echo "loadtest: generating $EVENTS synthetic events into $DB"
  "$TACITUS" bench store --generate "$EVENTS" --db "$DB"
fi

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
"$TACITUS" serve --db "$DB" --addr 127.0.0.1:0 2>"$WORK/serve.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do
  ADDR=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/serve.log" || true)
  [ -n "$ADDR" ] && break
  sleep 0.1
done
[ -n "$ADDR" ] || { echo "loadtest: server did not start"; cat "$WORK/serve.log"; exit 1; }

# wrk script: each request picks one path of the mix at random.
mix() {
  local name=$1; shift
  {
    echo "paths = {"
    for p in "$@"; do echo "  \"$p\","; done
    echo "}"
    echo 'math.randomseed(os.time())'
    echo 'request = function() return wrk.format("GET", paths[math.random(#paths)]) end'
  } > "$WORK/$name.lua"
}
mix events \
  "/api/events?country=RUS" "/api/events?country=AFG&limit=100" "/api/events?country=USA&date_from=2020-01-01&date_to=2020-12-31" \
  "/api/events?actor=CHN" "/api/events?actor=IRNGOV" "/api/events?cameo=054" "/api/events?cameo=19&country=SYR" \
  "/api/events?plover=SANCTION" "/api/events?quad=4&date_from=2024-01-01" "/api/events?dyad=RUS:UKR" \
  "/api/events?date_from=2019-05-01&date_to=2019-05-31" "/api/events" "/api/events?offset=500&limit=50&country=CHN"
mix timelines \
  "/api/timeline?interval=month" "/api/timeline?interval=week&country=RUS" "/api/timeline?interval=day&country=AFG&date_from=2024-01-01" \
  "/api/timeline?group=plover&country=USA" "/api/timeline?interval=month&quad=4" "/api/timeline?interval=week&plover=CONSULT&date_from=2022-01-01"

for name in events timelines; do
  # warm-up, then the measured run
  wrk -t2 -c"$CLIENTS" -d3s -s "$WORK/$name.lua" "$ADDR" >/dev/null
  wrk -t2 -c"$CLIENTS" -d"$DURATION" --latency -s "$WORK/$name.lua" "$ADDR" | tee "$WORK/$name.out"
  p99=$(awk '/ 99%/ {print $2}' "$WORK/$name.out")
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.out")
  errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/$name.out" || true)
  echo "loadtest $name: $CLIENTS clients, p99 $p99, $rps req/s ${errors:+($errors)}"
done
