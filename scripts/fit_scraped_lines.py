"""Fit the scraped-text line scorer (:mod:`newsprism.extract.scraped_line_score`) on development data.

    PYTHONPATH=src python scripts/fit_scraped_lines.py            # fit, print, write nothing
    PYTHONPATH=src python scripts/fit_scraped_lines.py --write    # and write the weights
    PYTHONPATH=src python scripts/fit_scraped_lines.py --exact    # and pages exactly right
                                                                  # out of fold, by margin

**Data.** Two sources, both development only:

- **the written parts of half A** (``benchmarks/scraped_text.py``'s ``development_sets``:
  ``scraped_written17`` … ``scraped_written43``, every page, both languages; never
  ``scraped_written26`` (the check half B), ``scraped_written44`` (the second check of the
  forty-fifth session) nor ``scraped_written45`` (held out)), and our own scraped pages
  (``tests/fixtures/scraped``, its test and development parts, two parts of the folds).  A decision line's class is what
  the page's expected article makes of its text: a heading, a paragraph, or nothing ("drop"); a
  line the article puts in a list or a figure, or holds inside a longer block, is left out.
- **the copied-text pages** of extraction's written parts (``benchmarks/extraction_sets.py``,
  ``written16`` … ``written42``, their ``dev-a`` halves only; decoded with
  :func:`newsprism.charset.decode_bytes`, copied as a browser copies by
  ``scraped_text.copied_text``).  Their golds are body text, with no headings marked: a line is
  "drop" when its text is nowhere in the gold, else kept; it teaches the "drop" model only.

The rules run with the scorer off (:data:`scraped_line_score.COLLECT` set), so the features —
the rules' decision among them — are the ones the scorer sees when it runs.  Three
one-against-the-rest logistic regressions (heading, paragraph: written pages; drop: both
sources) with an L2 penalty (:data:`L2`, not on the bias), fitted by Newton's method from zero:
the same data give the same weights.  A feature is kept when it occurs in at least
:data:`MIN_PARTS` parts and :data:`MIN_COUNT` examples.  Five folds by part (a part's pages all in
one fold; :func:`fold_of`) give out-of-fold probabilities; for each margin, the lines the scorer
would change are counted, right and wrong, on the written pages (all three classes known) and on
the copied pages (kept or dropped known); the margin written is the one of the largest
out-of-fold gain on the written pages that loses nothing on the copied ones, or None (the scorer
off) when no margin gains.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]
import newton_logistic  # noqa: E402
import scraped_text as bench  # noqa: E402
from scraped_line_scorer import gold as written_gold  # noqa: E402

from newsprism.extract import scraped, scraped_line_score, scraped_line_score_data  # noqa: E402

L2 = 1.0
MIN_PARTS = 2
MIN_COUNT = 3
FOLDS = 5
MARGINS = (0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
CLASSES = tuple(scraped_line_score.CLASSES)
#: the extraction parts whose dev-a pages are copied as text
COPIED_PARTS = tuple(f"written{n}" for n in range(16, 43))
DATA = ROOT / "src" / "newsprism" / "extract" / "scraped_line_score_data.py"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _collect(text: str) -> list[tuple[int, list[str], str, str]]:
    scraped_line_score.COLLECT = []
    try:
        scraped.classify(text)
        return scraped_line_score.COLLECT
    finally:
        scraped_line_score.COLLECT = None


def written_sets() -> dict[str, list[Path]]:
    """Half A's written parts by name, and our own scraped pages (two parts: test, development)."""
    from test_scraped import DEV, TEST

    sets = {k: v for k, v in bench.development_sets().items() if k != "fixtures"}
    sets["fixtures-test"] = list(TEST)
    sets["fixtures-dev"] = list(DEV)
    return sets


def written_rows() -> list[dict[str, Any]]:
    rows = []
    for part, pages in written_sets().items():
        for page in pages:
            classes = written_gold(page)
            for _, feats, rule, text in _collect(page.read_text("utf-8")):
                if "twice" in feats:
                    continue  # (a text printed twice: which print the gold means is unknown)
                truth = classes.get(text, "drop")
                if truth == "other" or (truth == "drop" and any(text in k for k in classes)):
                    continue
                rows.append(
                    {"part": part, "page": f"{part}/{page.stem}", "x": feats, "y": truth,
                     "rule": rule, "source": "written"}
                )  # fmt: skip
    return rows


def copied_rows() -> list[dict[str, Any]]:
    import extraction_sets as es

    from newsprism.charset import decode_bytes

    rows = []
    for part in COPIED_PARTS:
        for page in es.pages(part, "dev-a"):
            try:
                text = bench.copied_text(decode_bytes(page.html, page.id)[0])
            except Exception:  # a page lxml cannot read is no example
                continue
            gold = _norm(page.gold)
            for _, feats, rule, line in _collect(text):
                if "twice" in feats:
                    continue
                rows.append(
                    {"part": f"copied-{part}", "page": f"copied-{part}/{page.id}", "x": feats,
                     "y": "drop" if _norm(line) not in gold else "kept", "rule": rule,
                     "source": "copied"}
                )  # fmt: skip
    return rows


def vocabulary(rows: list[dict[str, Any]]) -> list[str]:
    parts: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    for r in rows:
        for f in r["x"]:
            counts[f] += 1
            parts.setdefault(f, set()).add(r["part"])
    return sorted(f for f in counts if counts[f] >= MIN_COUNT and len(parts[f]) >= MIN_PARTS)


def matrix(rows: list[dict[str, Any]], vocab: list[str]) -> np.ndarray:
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab) + 1))
    for n, r in enumerate(rows):
        for f in r["x"]:
            if f in index:
                x[n, index[f]] = 1.0
    x[:, -1] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return newton_logistic.fit(x, y, L2)


def _trains(rows: list[dict[str, Any]], cls: str) -> list[dict[str, Any]]:
    """The rows a class's model learns from: the copied pages teach "drop" only."""
    return [r for r in rows if r["source"] == "written" or cls == "drop"]


def fit_all(rows: list[dict[str, Any]]) -> dict[str, tuple[list[str], np.ndarray]]:
    models = {}
    for cls in CLASSES:
        train = _trains(rows, cls)
        vocab = vocabulary(train)
        y = np.array([1.0 if r["y"] == cls else 0.0 for r in train])
        models[cls] = (vocab, fit(matrix(train, vocab), y))
    return models


def predict(
    models: dict[str, tuple[list[str], np.ndarray]], rows: list[dict[str, Any]]
) -> np.ndarray:
    """Normalised class probabilities, a row per line, a column per class of :data:`CLASSES`."""
    cols = []
    for cls in CLASSES:
        vocab, w = models[cls]
        cols.append(1.0 / (1.0 + np.exp(-np.clip(matrix(rows, vocab) @ w, -30, 30))))
    p = np.stack(cols, axis=1)
    return p / p.sum(axis=1, keepdims=True)


def fold_of(part: str) -> int:
    return int(hashlib.sha1(part.encode()).hexdigest(), 16) % FOLDS


def out_of_fold(rows: list[dict[str, Any]]) -> np.ndarray:
    probs = np.zeros((len(rows), len(CLASSES)))
    for k in range(FOLDS):
        train = [r for r in rows if fold_of(r["part"]) != k]
        test_ix = [i for i, r in enumerate(rows) if fold_of(r["part"]) == k]
        if test_ix:
            probs[test_ix] = predict(fit_all(train), [rows[i] for i in test_ix])
    return probs


RULE_CLASS = {v: k for k, v in scraped_line_score.CLASSES.items()}


def changes(
    rows: list[dict[str, Any]], probs: np.ndarray, margin: float
) -> tuple[int, int, int, int]:
    """(written lines made right, made wrong, copied lines made right, made wrong)."""
    w_up = w_down = c_up = c_down = 0
    for r, p in zip(rows, probs, strict=True):
        best = CLASSES[int(np.argmax(p))]
        rule = RULE_CLASS[r["rule"]]
        if best == rule or p.max() <= 1.0 - margin:
            continue
        if r["source"] == "written":
            w_up += best == r["y"]
            w_down += rule == r["y"]
        else:  # only kept or dropped is known
            kept_now, kept_before = best != "drop", rule != "drop"
            if kept_now != kept_before:
                c_up += kept_now == (r["y"] == "kept")
                c_down += kept_before == (r["y"] == "kept")
    return w_up, w_down, c_up, c_down


def exact_out_of_fold(rows: list[dict[str, Any]], margin: float) -> tuple[int, int, int]:
    """(pages, exactly right with the rules, exactly right with each fold's scorer) of A."""
    from test_scraped import _actual, _expected

    pages = [(part, p) for part, ps in written_sets().items() for p in ps]
    saved = (scraped_line_score_data.MARGIN, scraped_line_score_data.BIAS,
             scraped_line_score_data.WEIGHTS)  # fmt: skip
    rules = scorer = 0
    try:
        scraped_line_score_data.MARGIN = None
        rules = sum(_actual(p) == _expected(p) for _, p in pages)
        for k in range(FOLDS):
            _install(fit_all([r for r in rows if fold_of(r["part"]) != k]), margin)
            scorer += sum(_actual(p) == _expected(p) for part, p in pages if fold_of(part) == k)
    finally:
        (scraped_line_score_data.MARGIN, scraped_line_score_data.BIAS,
         scraped_line_score_data.WEIGHTS) = saved  # fmt: skip
    return len(pages), rules, scorer


def _weights(
    models: dict[str, tuple[list[str], np.ndarray]],
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    bias = {cls: round(float(models[cls][1][-1]), 4) for cls in CLASSES}
    weights = {
        cls: {f: round(float(v), 4) for f, v in zip(models[cls][0], models[cls][1][:-1], strict=True)
              if round(float(v), 4) != 0.0}
        for cls in CLASSES
    }  # fmt: skip
    return bias, weights


def _install(models: dict[str, tuple[list[str], np.ndarray]], margin: float | None) -> None:
    bias, weights = _weights(models)
    scraped_line_score_data.MARGIN = margin
    scraped_line_score_data.BIAS = bias
    scraped_line_score_data.WEIGHTS = weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write the weights")
    parser.add_argument("--exact", action="store_true", help="pages exactly right out of fold")
    args = parser.parse_args()
    scraped_line_score_data.MARGIN = None
    written = written_rows()
    copied = copied_rows()
    rows = written + copied
    print(f"decision lines: written {len(written)} {dict(Counter(r['y'] for r in written))}, "
          f"copied {len(copied)} {dict(Counter(r['y'] for r in copied))}")  # fmt: skip
    probs = out_of_fold(rows)
    print("margin  written right/wrong  copied right/wrong  (lines changed, out of fold)")
    best, best_gain = None, 0
    for m in MARGINS:
        w_up, w_down, c_up, c_down = changes(rows, probs, m)
        print(f"{m:6.2f}  {w_up:8d} {w_down:8d}  {c_up:8d} {c_down:8d}")
        if w_up - w_down > best_gain and c_up >= c_down:
            best, best_gain = m, w_up - w_down
    print(f"margin chosen: {best} (written gain {best_gain})")
    if args.exact:
        for m in [best] if best is not None else []:
            print(f"exact pages of A out of fold, margin {m}: (pages, rules, scorer) "
                  f"{exact_out_of_fold(rows, m)}")  # fmt: skip
    models = fit_all(rows)
    bias, weights = _weights(models)
    if not args.write:
        return
    parts = sorted({r["part"] for r in rows})
    doc = textwrap.fill(
        f"Fitted on {len(written)} decision lines of the written parts of half A and our scraped "
        f"pages ({', '.join(p for p in parts if not p.startswith('copied-'))}) and {len(copied)} "
        "decision lines "
        f"of the copied-text pages of extraction's {COPIED_PARTS[0]}-{COPIED_PARTS[-1]} dev-a "
        "halves; never scraped_written26, 44 or 45.  L2 "
        f"{L2}; a feature kept in >= {MIN_PARTS} parts and >= {MIN_COUNT} examples.  Margin "
        f"chosen out of {FOLDS} folds by part: {best} (written lines gained {best_gain}).",
        width=99,
    )
    body = [
        '"""Weights of :mod:`.scraped_line_score`, written by '
        "``scripts/fit_scraped_lines.py --write``.",
        "",
        doc,
        '"""',
        "",
        f"MARGIN: float | None = {best!r}",
        f"BIAS: dict[str, float] = {bias!r}",
        "WEIGHTS: dict[str, dict[str, float]] = " + repr(weights),
        "",
    ]
    DATA.write_text("\n".join(body), "utf-8")
    subprocess.run(["ruff", "format", str(DATA)], check=False)
    print(f"wrote {DATA.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
