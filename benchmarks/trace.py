"""Claim and quote tracing: linking quality and drift flags, newsprism beside two baselines.

Data: ``benchmarks/data/trace/*.json``, six stories written for newsprism (invented events,
outlets and people), each told by five or six outlets in English and Russian, with every figure
and quote annotated: which claim or quote it is (a group), its value, hedge and speaker.  Three
stories are for development (the weights in ``newsprism.trace.identity`` were fitted on them),
three are the test part, scored only.

Method: every article of a part is read and analysed, stored in one library, and linked by
``newsprism.trace.catch_up``.  Each annotated mention is aligned with the mention newsprism found
at the same place.  Pairs are all pairs of annotated mentions of one kind in two different
articles of the part (across stories too: those are the easy negatives); a pair is *linked* when
both mentions sit in one trace.  Figures are reported per language pair (en–en, ru–ru, en–ru).

Baselines, on the same aligned mentions: claims are the same when value and unit match exactly;
quotes when the TF-IDF cosine of their stemmed words is at least 0.5.

Drift: among annotated pairs of one claim, those whose figures differ (ranges that do not
overlap) must carry "figure changed"; among pairs of one quote, those whose speakers differ must
carry "speaker changed".  Flag precision: of those two flags newsprism raises on pairs it links,
the share the annotation confirms.

Run: ``nice python benchmarks/trace.py [--part dev|test|all] [--fit]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import math
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism import analyse  # noqa: E402
from newsprism.attribution.stage import article_from_text  # noqa: E402
from newsprism.library import Library  # noqa: E402
from newsprism.trace import catch_up, drift, identity, vectors  # noqa: E402
from newsprism.trace.index import mention_from_row  # noqa: E402
from newsprism.trace.mentions import ClaimMention, speaker_key  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "trace"


@dataclass
class Gold:
    story: str
    article: int  # library id
    kind: str
    surface: str
    group: str
    value: float | None
    value_high: float | None
    speaker: str | None
    lang: str
    at: str
    found: Any = None  # the aligned trace_mentions row
    mention: Any = None


#: the part kept aside: scored once before any change for it, then once at the end
HELD_OUT = "test3"


def load(part: str) -> list[dict[str, Any]]:
    """One part's stories; ``develop``: every story but the held-out part's."""
    stories = [json.loads(p.read_text()) for p in sorted(DATA.glob("*.json"))]
    if part == "develop":
        return [s for s in stories if s["split"] != HELD_OUT]
    return [s for s in stories if part == "all" or s["split"] == part]


def build(stories: list[dict[str, Any]], db: Path) -> list[Gold]:
    golds: list[Gold] = []
    with Library.open(db) as lib:
        for story in stories:
            for n, art in enumerate(story["articles"]):
                title, _, body = art["text"].partition("\n\n")
                article = analyse(article_from_text(body, art["lang"]))
                meta = dataclasses.replace(
                    article.metadata,
                    site=art["outlet"],
                    published=art["date"],
                    url=f"https://{art['outlet']}/{story['story']}/{n}",
                )
                article = dataclasses.replace(article, title=title, metadata=meta)
                article_id = lib.add(article)
                for m in art["mentions"]:
                    kind, surface, group, value, _hedge, speaker = m[:6]
                    high = m[6] if len(m) > 6 else None
                    start = article.text.find(surface)
                    golds.append(
                        Gold(
                            story["story"],
                            article_id,
                            kind,
                            surface,
                            f"{story['story']}/{group}",
                            value,
                            high,
                            speaker,
                            art["lang"],
                            art["date"],
                        )
                    )
                    golds[-1].found = (start, start + len(surface))
        catch_up(lib.conn)
        for g in golds:
            g.found = _align(lib, g)
            g.mention = mention_from_row(g.found) if g.found is not None else None
    return golds


def _align(lib: Library, g: Gold) -> Any:
    start, end = g.found
    best, overlap = None, 0
    for row in lib.conn.execute(
        "SELECT * FROM trace_mentions WHERE article_id = ? AND kind = ?", (g.article, g.kind)
    ):
        item = lib.get(g.article)
        spans = item.claims if g.kind == "claim" else item.quotes
        span = next(s for s in spans if s.id == row["item_id"])
        o = min(end, span.end) - max(start, span.start)
        if o > overlap:
            best, overlap = row, o
    return best


def pairs(golds: list[Gold]) -> list[tuple[Gold, Gold]]:
    return [
        (a, b) if a.at <= b.at else (b, a)
        for a, b in itertools.combinations(golds, 2)
        if a.kind == b.kind and a.article != b.article
    ]


def category(a: Gold, b: Gold) -> str:
    return "-".join(sorted((a.lang, b.lang)))


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:5.2f} {r:5.2f} {f:5.2f}"


def linked(a: Gold, b: Gold) -> bool:
    return (
        a.found is not None and b.found is not None and a.found["trace_id"] == b.found["trace_id"]
    )


def baseline(a: Gold, b: Gold, tfidf: dict[int, dict[str, float]]) -> bool:
    if a.mention is None or b.mention is None:
        return False
    if a.kind == "claim":
        ma, mb = a.mention, b.mention
        return abs(ma.value - mb.value) <= 0.005 * max(abs(ma.value), 1e-9) and ma.unit == mb.unit
    va, vb = tfidf[id(a)], tfidf[id(b)]
    return sum(w * vb.get(t, 0.0) for t, w in va.items()) >= 0.5


def tfidf_vectors(golds: list[Gold]) -> dict[int, dict[str, float]]:
    from newsprism.library.stemming import stem_text

    docs = {id(g): stem_text(g.mention.text if g.mention else g.surface).split() for g in golds}
    df = Counter(t for words in docs.values() for t in set(words))
    n = len(docs)
    out = {}
    for key, words in docs.items():
        tf = Counter(words)
        v = {t: (1 + math.log(c)) * math.log((n + 1) / (df[t] + 0.5)) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out[key] = {t: x / norm for t, x in v.items()}
    return out


def gold_flags(a: Gold, b: Gold) -> set[str]:
    flags = set()
    if a.group != b.group:
        return flags
    if a.kind == "claim" and a.value is not None and b.value is not None:
        lo_a, hi_a = a.value, a.value_high or a.value
        lo_b, hi_b = b.value, b.value_high or b.value
        if not (lo_a <= hi_b * 1.02 and lo_b <= hi_a * 1.02):
            flags.add(drift.FIGURE_CHANGED)
    ka, kb = speaker_key(a.speaker), speaker_key(b.speaker)
    if a.kind == "quote" and ka and kb and ka != kb:
        flags.add(drift.SPEAKER_CHANGED)
    return flags


def predicted_flags(a: Gold, b: Gold) -> set[str]:
    if not linked(a, b):
        return set()
    ma, mb = a.mention, b.mention
    if isinstance(ma, ClaimMention) and isinstance(mb, ClaimMention):
        found = drift.claim_flags(ma, mb)
    else:
        found = drift.quote_flags(ma, mb)
    wanted = {drift.FIGURE_CHANGED} if a.kind == "claim" else {drift.SPEAKER_CHANGED}
    return {f.kind for f in found} & wanted


def report(part: str, golds: list[Gold]) -> None:
    aligned = sum(g.found is not None for g in golds)
    print(f"\n== {part}: {len(golds)} annotated mentions, {aligned} found by the analysis")
    tfidf = tfidf_vectors([g for g in golds if g.kind == "quote"])
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    all_pairs = pairs(golds)
    for a, b in all_pairs:
        gold = a.group == b.group
        for system, pred in (("newsprism", linked(a, b)), ("baseline", baseline(a, b, tfidf))):
            for cat in (category(a, b), "all"):
                c = counts[(system, a.kind, cat)]
                c[0] += pred and gold
                c[1] += pred and not gold
                c[2] += gold and not pred
    positives = sum(a.group == b.group for a, b in all_pairs)
    print(f"{len(all_pairs)} pairs, {positives} the same claim or quote")
    print(f"{'kind':<7}{'languages':<10}{'newsprism P R F1':>20}{'baseline P R F1':>20}")
    for kind in ("claim", "quote"):
        for cat in ("en-en", "ru-ru", "en-ru", "all"):
            n = counts[("newsprism", kind, cat)]
            base = counts[("baseline", kind, cat)]
            print(f"{kind:<7}{cat:<10}{prf(*n):>20}{prf(*base):>20}")
    for flag, kind in ((drift.FIGURE_CHANGED, "claim"), (drift.SPEAKER_CHANGED, "quote")):
        gold_n = found = raised = right = 0
        for a, b in all_pairs:
            if a.kind != kind:
                continue
            g, p = gold_flags(a, b), predicted_flags(a, b)
            gold_n += flag in g
            found += flag in g and flag in p
            raised += flag in p
            right += flag in p and flag in g
        print(
            f"flag {flag!r}: found {found}/{gold_n} ({found / max(gold_n, 1):.0%}), "
            f"correct {right}/{raised} ({right / max(raised, 1):.0%})"
        )


def fit(golds: list[Gold]) -> None:
    """Logistic regression on the development pairs' features (numpy, L2), printed as weights."""
    import numpy as np

    for kind, names in (
        ("claim", list(identity.CLAIM_WEIGHTS)[1:]),
        ("quote", list(identity.QUOTE_WEIGHTS)[1:]),
    ):
        rows, labels = [], []
        for a, b in pairs([g for g in golds if g.kind == kind and g.mention is not None]):
            va, vb = vectors.unpack(a.found["vec1"]), vectors.unpack(b.found["vec1"])
            if kind == "claim":
                ca, cb = vectors.unpack(a.found["vec2"]), vectors.unpack(b.found["vec2"])
                f = identity.claim_features(a.mention, b.mention, float(va @ vb), float(ca @ cb))
            else:
                f = identity.quote_features(a.mention, b.mention, float(va @ vb))
            rows.append([f[n] for n in names])
            labels.append(float(a.group == b.group))
        x, y = np.array(rows), np.array(labels)
        w, bias = np.zeros(x.shape[1]), 0.0
        pos = y.mean()
        weight = (
            np.ones_like(y) if kind == "claim" else np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos))
        )
        for _ in range(20000):
            p = 1 / (1 + np.exp(-(x @ w + bias)))
            g = (p - y) * weight
            w -= 0.1 * (x.T @ g / len(y) + 0.01 * w)
            bias -= 0.1 * g.mean()
        print(
            f"{kind}: bias {bias:.2f}, "
            + ", ".join(f"{n} {v:.2f}" for n, v in zip(names, w, strict=True))
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--part", choices=("dev", "test", "test2", "test3", "develop", "all"), default="all"
    )
    parser.add_argument(
        "--fit", action="store_true", help="fit the weights on every part but test3"
    )
    parser.add_argument("--same-claim", type=float, help="a claim link threshold to try")
    parser.add_argument("--same-quote", type=float, help="a quote link threshold to try")
    args = parser.parse_args()
    if args.same_claim is not None:
        identity.SAME_CLAIM = args.same_claim
    if args.same_quote is not None:
        identity.SAME_QUOTE = args.same_quote
    parts = (
        ["develop"]
        if args.fit
        else (["test3", "test2", "test", "dev"] if args.part == "all" else [args.part])
    )
    for part in parts:
        with tempfile.TemporaryDirectory() as tmp:
            golds = build(load(part), Path(tmp) / "library.sqlite")
            if args.fit:
                fit(golds)
            else:
                report(part, golds)


if __name__ == "__main__":
    main()
