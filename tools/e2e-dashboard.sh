#!/usr/bin/env bash
# End-to-end test of the dashboard in headless Chromium (Debian package
# `chromium`). Builds a database from examples/news/ (plus 3,000 synthetic
# events so that filters have rows to act on even before the coder finds
# any), serves it on a free loopback port, loads the page, checks that a
# country filter given in the URL filters the event table, and writes a
# screenshot to target/e2e/dashboard.png.
#
#   tools/e2e-dashboard.sh            # uses target/release/tacitus (builds it if missing)
#   TACITUS=path/to/tacitus tools/e2e-dashboard.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/e2e
mkdir -p "$OUT"
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
TACITUS=${TACITUS:-$TARGET_DIR/release/tacitus}
if [ ! -x "$TACITUS" ]; then cargo build --release -p tacitus; fi
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$CHROMIUM" ] || { echo "e2e: chromium not found (apt-get install -y chromium)"; exit 1; }

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

DB=$WORK/e2e.db
"$TACITUS" ingest --quiet --db "$DB" examples/news/ || [ $? -eq 1 ]   # 1 = some records skipped
"$TACITUS" bench store --generate 3000 --db "$DB" --seed 7 >/dev/null

"$TACITUS" serve --db "$DB" --addr 127.0.0.1:0 2>"$WORK/serve.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do
  ADDR=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/serve.log" || true)
  [ -n "$ADDR" ] && break
  sleep 0.1
done
[ -n "$ADDR" ] || { echo "e2e: server did not start"; cat "$WORK/serve.log"; exit 1; }

chrome() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$WORK")" --virtual-time-budget=15000 "$@" 2>>"$WORK/chrome.log"
}

chrome --dump-dom "$ADDR/?country=RUS" > "$WORK/rus.html"
chrome --dump-dom "$ADDR/?country=ZZZ" > "$WORK/none.html"
chrome --dump-dom "$ADDR/" > "$WORK/all.html"

python3 - "$WORK/rus.html" "$WORK/none.html" "$WORK/all.html" <<'PY'
import sys
from html.parser import HTMLParser

class Rows(HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_tbody = False; self.rows = []; self.cell = None; self.ready = False; self.svgs = 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body" and a.get("data-ready") == "true": self.ready = True
        if tag == "svg": self.svgs += 1
        if tag == "tbody": self.in_tbody = True
        elif self.in_tbody and tag == "tr": self.rows.append([])
        elif self.in_tbody and tag == "td": self.cell = []
    def handle_endtag(self, tag):
        if tag == "tbody": self.in_tbody = False
        elif tag == "td" and self.cell is not None and self.rows:
            self.rows[-1].append(" ".join(self.cell).strip()); self.cell = None
    def handle_data(self, data):
        if self.cell is not None: self.cell.append(data.strip())

def parse(path):
    p = Rows(); p.feed(open(path, encoding="utf-8").read()); return p

rus, none, every = (parse(p) for p in sys.argv[1:4])
fail = []
if not (rus.ready and none.ready and every.ready): fail.append("page did not finish loading (body[data-ready])")
if every.svgs < 2: fail.append(f"expected timeline and network charts, found {every.svgs} svg")
events = [r for r in rus.rows if len(r) == 8]
if not events: fail.append("no event rows for ?country=RUS")
bad = [r for r in events if "RUS" not in (r[1].split()[0] + r[2].split()[0])]
if bad: fail.append(f"{len(bad)} rows without RUS in source or target, e.g. {bad[0][:3]}")
all_rows = [r for r in every.rows if len(r) == 8]
if len(all_rows) <= len(events) and all(("RUS" in r[1] or "RUS" in r[2]) for r in all_rows):
    fail.append("unfiltered page is not broader than the filtered one")
if [r for r in none.rows if len(r) == 8]: fail.append("?country=ZZZ shows rows")
if fail:
    print("e2e: FAIL: " + "; ".join(fail)); sys.exit(1)
print(f"e2e: ok: {len(events)} RUS rows, all with RUS as source or target; {len(all_rows)} rows unfiltered; charts drawn")
PY

chrome --hide-scrollbars --window-size=1400,1800 --screenshot="$OUT/dashboard.png" "$ADDR/?country=RUS"
[ -s "$OUT/dashboard.png" ] || { echo "e2e: no screenshot"; exit 1; }
echo "e2e: screenshot $OUT/dashboard.png"
