"""Russian quote attribution on ru-sentences dev (SynTagRus sentences with PARC-style tags).

    nice python benchmarks/quotes_ru.py

Data: ``$NEWSPRISM_DATASETS/quotes/ru-sentences`` — 104 sentences whose tokens are tagged
``source``, ``cue``, ``content`` or ``None``.  Each sentence is analysed on its own, as a
one-paragraph article.

* sentence-level quote detection: a sentence holds a quote when any of its tokens is tagged
  ``content``; newsprism says so when it finds a quote in it;
* token F1 for source, cue and content: a token counts as predicted when it lies inside a
  predicted quote's source words, cue or content (punctuation tokens are left out).

No Russian quote attribution library exists to run beside it; the table shows a keyword
baseline (a sentence with a reporting-verb lemma holds a quote; its source is the nominative
noun or pronoun before the verb) and the published zero-shot figures for orientation.
"""

from __future__ import annotations

import csv
import os
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

#: published zero-shot figures (English-trained model), for orientation only
PUBLISHED = {"detection": 94.0, "source": 50.0, "cue": 75.0, "content": 79.0}


def datasets() -> Path:
    return Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))


@dataclass
class Token:
    text: str
    lemma: str
    tag: str
    start: int = -1
    end: int = -1


@dataclass
class Item:
    text: str
    tokens: list[Token]

    @property
    def has_quote(self) -> bool:
        return any(t.tag == "content" for t in self.tokens)


def load() -> list[Item]:
    base = datasets() / "quotes" / "ru-sentences"
    if not base.is_dir():
        sys.exit(f"ru-sentences not found at {base}: set NEWSPRISM_DATASETS")
    tokens: dict[str, list[Token]] = defaultdict(list)
    with open(base / "ru_tokens.dev.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            tokens[row["sentence_num"]].append(Token(row["text"], row["lemmas"], row["tags"]))
    items = []
    with open(base / "ru_sentences.dev.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            text, toks = row["sentences"], tokens[row["sentence_id"]]
            pos = 0
            for t in toks:  # place the tokens in the sentence text
                at = text.find(t.text, pos)
                if at >= 0:
                    t.start, t.end = at, at + len(t.text)
                    pos = t.end
            items.append(Item(text, toks))
    return items


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: bool, gold: bool) -> None:
        self.tp += pred and gold
        self.fp += pred and not gold
        self.fn += gold and not pred

    @property
    def f1(self) -> float:
        d = 2 * self.tp + self.fp + self.fn
        return 100 * 2 * self.tp / d if d else 0.0

    @property
    def p(self) -> float:
        return 100 * self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return 100 * self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


Spans = dict[str, list[tuple[int, int]]]


def segmented(text: str) -> Any:
    from newsprism.attribution.stage import article_from_text
    from newsprism.pipeline import Pipeline

    return Pipeline(["segment"])(article_from_text(text, "ru"))


def newsprism_predict(article: Any) -> tuple[bool, Spans]:
    """The attribution stage alone on a segmented sentence (segmentation is not timed)."""
    from newsprism.pipeline import get_stage

    article = get_stage("attribution")(article)
    spans: Spans = {"source": [], "cue": [], "content": []}
    for q in article.quotes:
        spans["content"].append((q.start, q.end))
        if q.cue_start is not None and q.cue_end is not None:
            spans["cue"].append((q.cue_start, q.cue_end))
        if q.source_start is not None and q.source_end is not None:
            spans["source"].append((q.source_start, q.source_end))
    return bool(article.quotes), spans


_VERBS: frozenset[str] | None = None


def baseline_predict(item: Item) -> tuple[bool, Spans]:
    """A reporting-verb lemma makes a quote; its source is the word before the verb."""
    from newsprism.attribution.quotes_ru import SPEECH_VERBS

    spans: Spans = {"source": [], "cue": [], "content": []}
    for i, t in enumerate(item.tokens):
        if t.lemma in SPEECH_VERBS and t.start >= 0:
            spans["cue"].append((t.start, t.end))
            before = [u for u in item.tokens[:i] if re.match(r"\w", u.text)]
            if before:
                spans["source"].append((before[-1].start, before[-1].end))
            after = [u for u in item.tokens[i + 1 :] if u.start >= 0]
            if after:
                spans["content"].append((after[0].start, after[-1].end))
            return True, spans
    return False, spans


def score(items: list[Item], preds: list[tuple[bool, Spans]]) -> dict[str, PRF]:
    out = {k: PRF() for k in ("detection", "source", "cue", "content")}
    for item, (has, spans) in zip(items, preds, strict=True):
        out["detection"].add(has, item.has_quote)
        for t in item.tokens:
            if t.start < 0 or not re.match(r"\w", t.text):
                continue
            for role in ("source", "cue", "content"):
                inside = any(a <= t.start and t.end <= b for a, b in spans[role])
                out[role].add(inside, t.tag == role)
    return out


def main() -> None:
    items = load()
    from newsprism.attribution.stage import article_from_text
    from newsprism.pipeline import Pipeline

    Pipeline(["segment", "attribution"])(article_from_text("Он сказал, что всё хорошо.", "ru"))
    articles = [segmented(i.text) for i in items]
    t0 = time.process_time()
    ours = [newsprism_predict(a) for a in articles]
    ours_s = time.process_time() - t0
    t0 = time.process_time()
    base = [baseline_predict(i) for i in items]
    base_s = time.process_time() - t0
    scores = {"newsprism": score(items, ours), "keyword baseline": score(items, base)}
    n_pos = sum(i.has_quote for i in items)
    print(f"ru-sentences dev: {len(items)} sentences, {n_pos} with a quote")
    print(f"{'metric':28} {'newsprism':>22} {'keyword baseline':>22} {'published':>10}")
    for key, label in [
        ("detection", "sentence quote detection F1"),
        ("source", "source token F1"),
        ("cue", "cue token F1"),
        ("content", "content token F1"),
    ]:
        cells = [f"{s[key].p:5.1f}% {s[key].r:5.1f}% {s[key].f1:5.1f}" for s in scores.values()]
        print(f"{label:28} {cells[0]:>22} {cells[1]:>22} {PUBLISHED[key]:>10.1f}")
    print(f"{'(cells: precision recall F1)':28}")
    print(
        f"cpu ms per one-sentence article, attribution stage alone (fixed per-call cost dominates): newsprism {1000 * ours_s / len(items):.1f}, baseline {1000 * base_s / len(items):.2f}"
    )


if __name__ == "__main__":
    main()
