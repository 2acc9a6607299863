#!/usr/bin/env bash
# Load test of the HTTP API on loopback: CLIENTS (50) concurrent closed-loop
# clients over a database of synthetic events (1M by default, generated once
# with `tacitus bench store --generate`). Needs `wrk` (Debian package `wrk`).
#
# Every request is drawn at random (wrk Lua, seeded per thread) from the
# realistic values of the synthetic data, so almost no two requests repeat:
#   events    /api/events with 1 to 3 filters among country (24 codes),
#             actor (country or country+sector code), dyad, CAMEO root or
#             code, quad class, PLOVER type, plus a date range (a week to
#             two years, anywhere in 2015-2024) on 40 % of requests; pages of
#             20/50/100, 20 % of them deeper (offset 50 to 1000);
#   timelines /api/timeline by month (50 %), week (30 %) or day (20 %; always
#             with a range of at most a year), grouped by quad, PLOVER or
#             nothing, filtered by country / quad / PLOVER / CAMEO root and
#             date ranges;
#   single    /api/events/{id} with full provenance, random ids.
# Each mix runs on its own (warm-up, then DURATION) and the script prints
# wrk's latency distribution, then one summary line per endpoint with
# p50/p90/p99, requests per second and the server's CPU time per request
# (from /proc: the figure that does not depend on what else runs on the
# machine; with 2 cores and 50 clients, p99 < 50 ms needs well under 1 ms).
# The server has no response cache: every answer is computed (pages and
# timelines by the in-memory read index, rows by SQLite). SERVE_ARGS adds
# options to `tacitus serve` (`--no-index` measures the SQL path alone).
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
MIXES=${MIXES:-events timelines single}
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
# `serve` opens the database read-only; a database of an older schema is
# upgraded (keys and roll-ups backfilled) by opening it for writing once.
if ! "$TACITUS" query --db "$DB" --limit 1 >/dev/null 2>"$WORK/check.log"; then
  if grep -q "schema version" "$WORK/check.log"; then
    echo "loadtest: migrating $DB to the current schema"
    /usr/bin/time -f "loadtest: migration took %e s" "$TACITUS" bench store --generate 0 --db "$DB"
  else
    cat "$WORK/check.log"; exit 1
  fi
fi
# shellcheck disable=SC2086
"$TACITUS" serve --db "$DB" --addr 127.0.0.1:0 ${SERVE_ARGS:-} 2>"$WORK/serve.log" &
SERVER_PID=$!
for _ in $(seq 1 600); do
  ADDR=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/serve.log" || true)
  [ -n "$ADDR" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.1
done
[ -n "$ADDR" ] || { echo "loadtest: server did not start"; cat "$WORK/serve.log"; exit 1; }
MAX_ID=$(curl -s "$ADDR/api/stats" | grep -o '"events":[0-9]*' | grep -o '[0-9]*$')
grep -h "read index" "$WORK/serve.log" | sed 's/^tacitus: /loadtest: /' || true
rss() { awk '/^(RssAnon|RssFile):/ { printf "%s%s %.0f MB", sep, $1, $2 / 1024; sep = ", " }' "/proc/$SERVER_PID/status"; }
echo "loadtest: server memory at start: $(rss) (RssFile: pages of the database file mapped by SQLite)"

# Shared Lua: the values of the synthetic data and random helpers.
cat > "$WORK/common.lua" <<'LUA'
countries = {"USA","RUS","CHN","UKR","ISR","IRN","AFG","GBR","FRA","DEU","TUR","SYR",
             "IND","PAK","PRK","KOR","JPN","SAU","EGY","NGA","BRA","MEX","VEN","QAT"}
sectors = {"", "GOV", "MIL", "BUS"}
cameos = {"04","040","042","036","05","051","054","057","07","070","11","111","112",
          "13","130","16","161","163","19","190","17","173","1","0"}
roots = {"03","04","05","07","11","13","16","17","19"}
plovers = {"CONSULT","SUPPORT","COOPERATE","AID","ACCUSE","THREATEN","REDUCE",
           "SANCTION","ASSAULT","COERCE"}
function pick(t) return t[math.random(#t)] end
function chance(p) return math.random() < p end
-- a random date range inside 2015-2024 of at most max_days days
function range(max_days)
  local lens = {7, 30, 91, 182, 365, 730}
  local len
  repeat len = pick(lens) until len <= max_days
  local start = os.time{year=2015, month=1, day=1, hour=12} + math.random(0, 3650 - len) * 86400
  return os.date("!%Y-%m-%d", start), os.date("!%Y-%m-%d", start + len * 86400)
end
function setup(thread) thread:set("seed", math.random(1, 1e9)) end
function init(args) math.randomseed(seed + os.time()) end
LUA

cat > "$WORK/events.lua" <<'LUA'
dofile(os.getenv("WORK") .. "/common.lua")
filters = {
  function() return "country=" .. pick(countries) end,
  function() return "actor=" .. pick(countries) .. pick(sectors) end,
  function()
    local a, b = pick(countries), pick(countries)
    return "dyad=" .. a .. ":" .. b
  end,
  function() return "cameo=" .. pick(cameos) end,
  function() return "quad=" .. math.random(1, 4) end,
  function() return "plover=" .. pick(plovers) end,
}
request = function()
  local q = {}
  local n = math.random(1, 3)
  local used = {}
  for _ = 1, n do
    local i = math.random(#filters)
    if not used[i] then used[i] = true; q[#q + 1] = filters[i]() end
  end
  if chance(0.4) then
    local from, to = range(730)
    q[#q + 1] = "date_from=" .. from
    if chance(0.7) then q[#q + 1] = "date_to=" .. to end
  end
  q[#q + 1] = "limit=" .. pick({20, 50, 50, 100})
  if chance(0.2) then q[#q + 1] = "offset=" .. pick({50, 100, 200, 500, 1000}) end
  return wrk.format("GET", "/api/events?" .. table.concat(q, "&"))
end
LUA

cat > "$WORK/timelines.lua" <<'LUA'
dofile(os.getenv("WORK") .. "/common.lua")
request = function()
  local q = {}
  local r = math.random()
  local interval = r < 0.5 and "month" or (r < 0.8 and "week" or "day")
  q[#q + 1] = "interval=" .. interval
  q[#q + 1] = "group=" .. pick({"quad", "quad", "plover", "none"})
  if chance(0.6) then q[#q + 1] = "country=" .. pick(countries) end
  if chance(0.2) then q[#q + 1] = "quad=" .. math.random(1, 4) end
  if chance(0.2) then q[#q + 1] = "plover=" .. pick(plovers) end
  if chance(0.15) then q[#q + 1] = "cameo=" .. pick(roots) end
  local max_days = interval == "day" and 365 or 3650
  if interval == "day" or chance(0.5) then
    local from, to = range(math.min(max_days, 730))
    q[#q + 1] = "date_from=" .. from
    q[#q + 1] = "date_to=" .. to
  end
  return wrk.format("GET", "/api/timeline?" .. table.concat(q, "&"))
end
LUA

cat > "$WORK/single.lua" <<LUA
dofile(os.getenv("WORK") .. "/common.lua")
request = function()
  return wrk.format("GET", "/api/events/" .. math.random(1, ${MAX_ID:-1000}))
end
LUA

export WORK
echo "loadtest: $ADDR, $EVENTS events, $CLIENTS clients, $DURATION per mix, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# per-mix summaries
SUMMARY=""
ms() { # wrk latency (e.g. 1.23ms, 512.00us, 1.10s) in ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }
TICKS=$(getconf CLK_TCK)
for name in $MIXES; do
  wrk -t2 -c"$CLIENTS" -d3s --timeout 10s -s "$WORK/$name.lua" "$ADDR" >/dev/null
  before=$(cpu_ticks)
  /usr/bin/time -f "%U %S" -o "$WORK/$name.time" \
    wrk -t2 -c"$CLIENTS" -d"$DURATION" --timeout 10s --latency -s "$WORK/$name.lua" "$ADDR" | tee "$WORK/$name.out"
  used=$(( $(cpu_ticks) - before ))
  requests=$(awk '/requests in/ {print $1}' "$WORK/$name.out")
  p50=$(ms "$(awk '/ 50%/ {print $2}' "$WORK/$name.out")")
  p90=$(ms "$(awk '/ 90%/ {print $2}' "$WORK/$name.out")")
  p99=$(ms "$(awk '/ 99%/ {print $2}' "$WORK/$name.out")")
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.out")
  errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/$name.out" | tr -s ' ' || true)
  cpu=$(awk -v t="$used" -v hz="$TICKS" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? 1000 * t / hz / n : 0) }')
  # the load generator shares the cores: its CPU per request says how much
  # of the machine was left to the server
  client=$(awk -v n="$requests" '{ printf "%.2f", (n > 0 ? 1000 * ($1 + $2) / n : 0) }' "$WORK/$name.time")
  SUMMARY+="loadtest $name: p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, ${rps} req/s, server CPU ${cpu} ms/request, wrk CPU ${client} ms/request${errors:+ ($errors)}"$'\n'
done
echo
echo "loadtest: server memory at the end: $(rss)"
printf '%s' "$SUMMARY"
