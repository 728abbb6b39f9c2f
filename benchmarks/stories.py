"""Stories: rewritten copies and same-story pairs, newsprism beside a TF-IDF cosine baseline.

    nice python benchmarks/stories.py [--tune] [--speed N]

Sets (each split in two by a hash of its connected components, so no article is in both):
- ``../shared/datasets/stories/tgcontest-pairs``: Telegram 2020 gold pools, ru-ru and en-en,
  same story 1/0;
- ``../shared/datasets/stories/semeval2022-en-sample``: SemEval-2022 Task 8 English pairs,
  graded 1 (very similar) … 4; "same story" here is ``overall <= 2``; Pearson on the grade as the
  task does; and its synthetic en↔ru pairs (an English article beside a machine translation);
- ``benchmarks/data/stories_own``: our own set (articles we wrote, en and ru, several outlets per
  event, hard negatives on look-alike events, rewritten copies made by edit operations).

Thresholds (``stories/match.py``) were set on the dev halves (``--tune`` prints the best
dev thresholds); the test halves are reported first.  The baseline is word-unigram TF-IDF
cosine (scikit-learn), IDF fitted on each set's articles, its threshold tuned on the same dev half.
Speed: incremental assignment into a fresh library, articles per second on one core (BLAS and
the encoder pinned to one thread), encoding included.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism.stories import match  # noqa: E402
from newsprism.stories.features import Fingerprint, fingerprints  # noqa: E402

SHARED = ROOT.parent / "shared" / "datasets" / "stories"
OWN = ROOT / "benchmarks" / "data" / "stories_own"


@dataclass
class Pair:
    a: str
    b: str
    label: int
    lang: str
    grade: float | None = None


@dataclass
class Dataset:
    name: str
    articles: dict[str, dict[str, str]]
    pairs: list[Pair]
    #: what the pairs label: "story" (same event) or "text" (a rewritten copy)
    kind: str = "story"


def _jsonl(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_sets() -> list[Dataset]:
    sets = []
    tg = SHARED / "tgcontest-pairs"
    if tg.exists():
        arts = {a["id"]: a for a in _jsonl(tg / "articles.jsonl")}
        pairs = [
            Pair(p["id1"], p["id2"], p["label"], p["lang"]) for p in _jsonl(tg / "pairs.jsonl")
        ]
        for lang in ("ru-ru", "en-en"):
            sets.append(Dataset(f"tgcontest {lang}", arts, [p for p in pairs if p.lang == lang]))
    se = SHARED / "semeval2022-en-sample"
    if se.exists():
        arts = {a["id"]: a for a in _jsonl(se / "articles.jsonl")}
        raw = _jsonl(se / "pairs.jsonl")
        en = [
            Pair(p["id1"], p["id2"], int(p["overall"] <= 2.0), p["lang"], p["overall"])
            for p in raw
            if p["lang"] == "en-en"
        ]
        sets.append(Dataset("semeval en-en", arts, en))
        cross = [
            Pair(p["id1"], p["id2"], int(p["overall"] <= 2.0), "en-ru", p["overall"])
            for p in raw
            if p["lang"] in ("en-ru", "ru-en")
        ]
        sets.append(Dataset("semeval en-ru (MT)", arts, cross))
    if OWN.exists():
        arts = {a["id"]: a for a in _jsonl(OWN / "articles.jsonl")}
        raw = _jsonl(OWN / "pairs.jsonl")
        for lang in ("en-en", "ru-ru", "en-ru"):
            story = [
                Pair(p["id1"], p["id2"], p["label"], p["lang"])
                for p in raw
                if p["lang"] == lang and p["kind"] == "story"
            ]
            sets.append(Dataset(f"own {lang}", arts, story))
        text = [Pair(p["id1"], p["id2"], p["label"], p["lang"]) for p in raw if p["kind"] == "text"]
        sets.append(Dataset("own rewritten copies", arts, text, kind="text"))
    return sets


def split(ds: Dataset) -> tuple[list[Pair], list[Pair]]:
    """dev, test: by story (a connected component of the positive pairs; on our own set, the
    look-alike topic pair), so the reports of one story are never split between the halves."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for p in ds.pairs:
        if p.label:
            parent[find(p.a)] = find(p.b)
    dev, test = [], []
    for p in ds.pairs:
        key = ds.articles[p.a].get("topic") or find(p.a)
        h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
        (dev if h % 2 == 0 else test).append(p)
    return dev, test


def prf(pred: list[bool], gold: list[int]) -> tuple[float, float, float]:
    tp = sum(1 for p, g in zip(pred, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(pred, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold, strict=True) if not p and g)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def best_threshold(scores: list[float], gold: list[int]) -> float:
    candidates = sorted(set(round(s, 3) for s in scores))
    return max(candidates, key=lambda t: (prf([s >= t for s in scores], gold)[2], -t), default=0.5)


def pearson(xs: list[float], ys: list[float]) -> float:
    return statistics.correlation(xs, ys) if len(xs) > 2 else float("nan")


def text_of(article: dict[str, str]) -> tuple[str | None, str]:
    return (article.get("title") or None, article["text"])


class Prints:
    def __init__(self) -> None:
        self.cache: dict[str, Fingerprint] = {}

    def get(
        self, articles: dict[str, dict[str, str]], ids: Iterable[str]
    ) -> dict[str, Fingerprint]:
        todo = [i for i in dict.fromkeys(ids) if i not in self.cache]
        for start in range(0, len(todo), 64):
            chunk = todo[start : start + 64]
            for i, fp in zip(
                chunk, fingerprints([text_of(articles[i]) for i in chunk]), strict=True
            ):
                self.cache[i] = fp
        return self.cache


def tfidf_scores(ds: Dataset, pairs: list[Pair]) -> list[float]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = sorted({i for p in ds.pairs for i in (p.a, p.b)})
    docs = [" ".join(x for x in text_of(ds.articles[i]) if x) for i in ids]
    vec = TfidfVectorizer(lowercase=True).fit(docs)
    m = vec.transform(docs)
    row = {i: n for n, i in enumerate(ids)}
    return [float((m[row[p.a]] @ m[row[p.b]].T).toarray()[0, 0]) for p in pairs]


def ours(ds: Dataset, pairs: list[Pair], prints: Prints) -> tuple[list[float], list[bool]]:
    fps = prints.get(ds.articles, [i for p in pairs for i in (p.a, p.b)])
    if ds.kind == "text":
        scores = [match.text_similarity(fps[p.a], fps[p.b]) for p in pairs]
        return scores, [s >= match.SAME_TEXT for s in scores]
    scores = [match.story_score(fps[p.a], fps[p.b]) for p in pairs]
    return scores, [match.same_story(fps[p.a], fps[p.b]) for p in pairs]


def evaluate(sets: list[Dataset], tune: bool) -> None:
    prints = Prints()
    rows: dict[str, list[str]] = {"test": [], "dev": []}
    for ds in sets:
        dev, test = split(ds)
        base_dev = tfidf_scores(ds, dev)
        t_base = best_threshold(base_dev, [p.label for p in dev])
        dev_scores, _ = ours(ds, dev, prints)
        if tune:
            t = best_threshold(dev_scores, [p.label for p in dev])
            print(f"  tune {ds.name}: best dev threshold for newsprism's score {t:.3f}")
        for part, pairs in (("test", test), ("dev", dev)):
            if not pairs:
                continue
            gold = [p.label for p in pairs]
            scores, pred = ours(ds, pairs, prints)
            base = tfidf_scores(ds, pairs)
            p, r, f = prf(pred, gold)
            bp, br, bf = prf([s >= t_base for s in base], gold)
            extra = ""
            if any(x.grade is not None for x in pairs) and len({x.grade for x in pairs}) > 1:
                grades = [5 - (x.grade or 0) for x in pairs]
                extra = f" | Pearson {pearson(scores, grades):.3f} vs {pearson(base, grades):.3f}"
            rows[part].append(
                f"| {ds.name} | {len(pairs)} ({sum(gold)}+) | {p:.3f} | {r:.3f} | **{f:.3f}** "
                f"| {bp:.3f} | {br:.3f} | {bf:.3f}{extra} |"
            )
    if tune:
        joint = [ds for ds in sets if ds.kind == "story" and not ds.name.startswith("semeval")]
        devs = [(ds, split(ds)[0]) for ds in joint]
        scored = [(ours(ds, d, prints)[0], [p.label for p in d]) for ds, d in devs]
        grid = [round(0.40 + 0.01 * i, 2) for i in range(50)]
        best = max(
            grid,
            key=lambda t: sum(prf([x >= t for x in sc], g)[2] for sc, g in scored),
        )
        print(f"  tune: best joint dev threshold (tgcontest + own, mean F1) {best}")
    header = "| set | pairs | newsprism P | R | F1 | TF-IDF P | R | F1 |\n|---|---|---|---|---|---|---|---|"
    for part in ("test", "dev"):
        print(f"\n{part.upper()} halves (thresholds from dev)\n{header}")
        print("\n".join(rows[part]))


def speed(n: int, sets: list[Dataset]) -> None:
    """Incremental assignment of n articles into a fresh library, one at a time and in batches."""
    import tempfile

    from newsprism.library import db
    from newsprism.stories import Arrival, StoryIndex

    pool = [a for ds in sets for a in ds.articles.values()]
    pool = list({a["id"]: a for a in pool}.values())
    if not pool:
        print("speed: no articles")
        return
    arrivals_src = [pool[i % len(pool)] for i in range(n)]
    for batch in (1, 32):
        with tempfile.TemporaryDirectory() as tmp:
            conn = db.connect(Path(tmp) / "s.sqlite")
            conn.executemany(
                "INSERT INTO articles(id, content_hash, json) VALUES (?,?,'{}')",
                [(i + 1, f"h{i}") for i in range(n)],
            )
            index = StoryIndex(conn)
            index.assign([Arrival(0 + 1, "warm-up", "warm up the encoder", 0.0)])
            start = time.process_time()
            t0 = 1_790_000_000.0
            for s in range(1, n, batch):
                chunk = [
                    Arrival(
                        i + 1,
                        arrivals_src[i].get("title") or None,
                        arrivals_src[i]["text"],
                        t0 + 60 * i,
                    )
                    for i in range(s, min(n, s + batch))
                ]
                index.assign(chunk)
            cpu = time.process_time() - start
            stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
            print(
                f"speed, batches of {batch}: {(n - 1) / cpu:.0f} articles per CPU-second "
                f"({n - 1} articles, {stories} stories)"
            )
            conn.close()
    _ = sqlite3  # the library's own SQLite wrapper is used


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--tune", action="store_true", help="print the best dev thresholds")
    parser.add_argument(
        "--speed", type=int, default=1000, help="articles for the speed run (0: skip)"
    )
    args = parser.parse_args()
    sets = load_sets()
    print(
        f"newsprism stories: SAME_TEXT {match.SAME_TEXT}, SAME_STORY {match.SAME_STORY}, "
        f"names {match.W_NAMES}, numbers {match.W_NUMBERS}"
    )
    evaluate(sets, args.tune)
    if args.speed:
        speed(args.speed, sets)


if __name__ == "__main__":
    main()
