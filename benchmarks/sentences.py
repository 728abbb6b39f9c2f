"""Sentence segmentation: newsprism beside pysbd, razdel and spaCy's rule-based sentencizer.

    nice python benchmarks/sentences.py [--limit N]

English: the XSum dev articles in ``$NEWSPRISM_DATASETS/keysent/xsum.dev.jsonl`` hold one
sentence a line (BBC text split by the dataset's authors).  The lines are joined with a space and
every system splits the result; a boundary is right when it falls where a line ended.  Lines
without final punctuation (share buttons, headings) are left out first.  The reference is itself
machine-made, and joining the lines loses the paragraph breaks newsprism splits at anyway, so the
figures compare systems with each other rather than against perfection.

Russian: the Gazeta articles have no sentence reference; only speed is measured, and how often
newsprism's boundaries differ from razdel's (its post-pass on quotes, years and dash speech).

Speed is CPU time per article on one core (``time.process_time``), libraries loaded beforehand.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

from newsprism.sentences import split  # noqa: E402

Splitter = Callable[[str], list[tuple[int, int]]]


def _datasets() -> Path:
    return Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))


def _offsets(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, pos)
        if start < 0:
            continue
        out.append((start, start + len(piece)))
        pos = start + len(piece)
    return out


def splitters(language: str) -> dict[str, Splitter]:
    import spacy

    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    systems: dict[str, Splitter] = {
        "newsprism": lambda t: split(t, language),
        "spaCy sentencizer": lambda t: [(s.start_char, s.end_char) for s in nlp(t).sents],
    }
    if language == "en":
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        systems["pysbd"] = lambda t: _offsets(t, [str(s) for s in seg.segment(t)])
    else:
        from razdel import sentenize

        systems["razdel"] = lambda t: [(s.start, s.stop) for s in sentenize(t)]
    return systems


def _boundaries(spans: list[tuple[int, int]]) -> set[int]:
    return {end for _, end in spans[:-1]}


def english(limit: int) -> None:
    path = _datasets() / "keysent" / "xsum.dev.jsonl"
    docs = []
    for line in path.read_text("utf-8").splitlines()[:limit]:
        # lines without final punctuation are share buttons and headings, not sentences
        lines = [
            x.strip()
            for x in json.loads(line)["text"].split("\n")
            if x.strip() and x.strip()[-1] in ".!?\"'…)”’"
        ]
        text = " ".join(lines)
        gold, pos = set(), 0
        for x in lines[:-1]:
            pos += len(x)
            gold.add(pos)
            pos += 1
        docs.append((text, gold))
    n_sent = sum(len(g) + 1 for _, g in docs)
    print(f"\nEnglish: XSum dev, {len(docs)} articles, {n_sent} reference sentences")
    print(f"{'system':<20} {'P':>6} {'R':>6} {'F1':>6} {'ms/article':>11} {'speed ×':>8}")
    rows = []
    for name, fn in splitters("en").items():
        fn(docs[0][0])  # warm up
        tp = fp = fn_ = 0
        t0 = time.process_time()
        predicted = [_boundaries(fn(text)) for text, _ in docs]
        cpu = time.process_time() - t0
        for (_, gold), pred in zip(docs, predicted, strict=True):
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn_ += len(gold - pred)
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn_)
        rows.append((name, p, r, 2 * p * r / max(1e-9, p + r), 1000 * cpu / len(docs)))
    base = rows[0][4]
    for name, p, r, f1, ms in rows:
        print(f"{name:<20} {p:6.3f} {r:6.3f} {f1:6.3f} {ms:11.2f} {base / ms:8.2f}")


def russian(limit: int) -> None:
    path = _datasets() / "keysent" / "gazeta.dev.jsonl"
    texts = [json.loads(x)["text"] for x in path.read_text("utf-8").splitlines()[:limit]]
    print(f"\nRussian: Gazeta dev, {len(texts)} articles (no sentence reference: speed only)")
    print(
        f"{'system':<20} {'sentences':>10} {'ms/article':>11} {'speed ×':>8} {'differs from razdel':>20}"
    )
    systems = splitters("ru")
    results = {}
    for name, fn in systems.items():
        fn(texts[0])
        t0 = time.process_time()
        results[name] = [fn(t) for t in texts]
        results[name + ":cpu"] = [(0, int(1e6 * (time.process_time() - t0)))]
    base = results["newsprism:cpu"][0][1]
    razdel_b = [_boundaries(s) for s in results["razdel"]]
    for name in systems:
        spans = results[name]
        cpu = results[name + ":cpu"][0][1]
        diff = sum(_boundaries(s) != r for s, r in zip(spans, razdel_b, strict=True))
        print(
            f"{name:<20} {sum(len(s) for s in spans):10d} {cpu / 1000 / len(texts):11.2f} "
            f"{base / cpu:8.2f} {f'{diff} articles':>20}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=1000, help="articles per set")
    args = parser.parse_args()
    english(args.limit)
    russian(args.limit)
    print(
        "\nspeed ×: newsprism's CPU time divided by the system's (above 1: faster than newsprism)"
    )


if __name__ == "__main__":
    main()
