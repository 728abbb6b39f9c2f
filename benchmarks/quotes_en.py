"""English quote attribution on PolNeAR dev, newsprism beside textacy's ``direct_quotations``.

    nice python benchmarks/quotes_en.py [--limit N] [--split dev]

Systems, same articles, same run: newsprism's attribution stage as shipped; the same stage with
its learned source ranker switched off ("no ranker"); with the span tagger switched off too ("no
tagger": the rules, the cue finder and the scorer); with the cue finder switched off too ("rules
only": the rules and the scorer); textacy.

Data: ``$NEWSPRISM_DATASETS/quotes/polnear/<split>`` (one annotator file per article: the first).
Each gold attribution has a content, a cue and a source span (brat standoff, character offsets,
possibly discontinuous).  Words are ``\\w+`` tokens; quotation marks and punctuation do not count.

Metrics (micro-averaged over all attributions of all articles, one-to-one greedy matching):

* content F1, overlap — a prediction matches a gold content when the shared words are at least
  30% of the gold words AND at least 30% of the predicted words (printed also: the
  GenderGapTracker variant, 30% of the gold words only);
* content F1, exact — the same words;
* cue F1 — predicted cue and gold cue share a word;
* source F1 — a content-matched pair whose predicted source words, or any mention or alias of
  the predicted speaker, share a word with the gold source (precision over all predictions,
  recall over all gold attributions: an end-to-end figure bounded by content F1).

Timing: seconds of CPU per article for each system, models loaded, same articles (ratio shown).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

WORD = re.compile(r"\w+")


def datasets() -> Path:
    return Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))


Spans = list[tuple[int, int]]


@dataclass
class Attribution:
    content: Spans
    cue: Spans = field(default_factory=list)
    source: Spans = field(default_factory=list)
    #: other words that name the same speaker (mentions and aliases of a predicted speaker)
    speaker_spans: Spans = field(default_factory=list)
    speaker_names: set[str] = field(default_factory=set)
    #: newsprism's calibrated confidence that this is a real attribution with the right source
    confidence: float | None = None


def parse_ann(path: Path) -> list[Attribution]:
    raw = path.read_text(encoding="utf-8")
    spans: dict[str, Spans] = {}
    for m in re.finditer(r"^(T\d+)\t\w+ ([\d ;]+)\t", raw, re.M):
        spans[m.group(1)] = [
            (int(a), int(b)) for a, b in (part.split() for part in m.group(2).split(";"))
        ]
    out = []
    for m in re.finditer(r"^E\d+\t(.*)$", raw, re.M):
        roles = dict(x.split(":", 1) for x in m.group(1).split())
        if "Content" not in roles:
            continue
        out.append(
            Attribution(
                content=spans.get(roles["Content"], []),
                cue=spans.get(roles.get("Cue", ""), []),
                source=spans.get(roles.get("Source", ""), []),
            )
        )
    return out


def load(split: str, limit: int | None) -> list[tuple[str, str, list[Attribution]]]:
    base = datasets() / "quotes" / "polnear" / split
    if not base.is_dir():
        sys.exit(f"PolNeAR not found at {base}: set NEWSPRISM_DATASETS")
    anns: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    items = []
    for name in sorted(anns)[:limit]:
        text = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
        items.append((name, text, parse_ann(anns[name])))
    return items


# -- metrics -----------------------------------------------------------------------------------


def words(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    out: set[int] = set()
    for a, b in spans:
        out.update(m.start() for m in WORD.finditer(text, a, b))
    return frozenset(out)


@dataclass
class Score:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    @property
    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def match(
    text: str, pred: list[Attribution], gold: list[Attribution], *, mode: str
) -> list[tuple[Attribution, Attribution]]:
    """Greedy one-to-one pairs of predicted and gold contents, best overlap first."""
    pw = [words(text, p.content) for p in pred]
    gw = [words(text, g.content) for g in gold]
    cands = []
    for i, a in enumerate(pw):
        for j, b in enumerate(gw):
            shared = len(a & b)
            if not shared or not a or not b:
                continue
            if mode == "exact":
                ok = a == b
            elif mode == "gold30":
                ok = shared >= 0.3 * len(b)
            else:
                ok = shared >= 0.3 * len(b) and shared >= 0.3 * len(a)
            if ok:
                cands.append((shared / len(a | b), i, j))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in sorted(cands, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((pred[i], gold[j]))
    return pairs


def cue_pairs(text: str, pred: list[Attribution], gold: list[Attribution]) -> int:
    pc = [words(text, p.cue) for p in pred if p.cue]
    gc = [words(text, g.cue) for g in gold if g.cue]
    used: set[int] = set()
    tp = 0
    for a in pc:
        for j, b in enumerate(gc):
            if j not in used and a & b:
                used.add(j)
                tp += 1
                break
    return tp


def source_ok(text: str, p: Attribution, g: Attribution) -> bool:
    if not g.source:
        return not p.source and not p.speaker_spans
    gold = words(text, g.source)
    if words(text, p.source) & gold or words(text, p.speaker_spans) & gold:
        return True
    gold_text = " ".join(text[a:b] for a, b in g.source).lower()
    return any(n and (n in gold_text) for n in p.speaker_names)


def score(
    text: str, pred: list[Attribution], gold: list[Attribution], scores: dict[str, Score]
) -> None:
    for mode in ("overlap", "gold30", "exact"):
        scores[mode].add(len(match(text, pred, gold, mode=mode)), len(pred), len(gold))
    scores["cue"].add(
        cue_pairs(text, pred, gold), sum(1 for p in pred if p.cue), sum(1 for g in gold if g.cue)
    )
    pairs = match(text, pred, gold, mode="overlap")
    scores["source"].add(sum(source_ok(text, p, g) for p, g in pairs), len(pred), len(gold))
    scores["source|matched"].add(
        sum(source_ok(text, p, g) for p, g in pairs), len(pairs), len(pairs)
    )


# -- systems -----------------------------------------------------------------------------------


def segmented(text: str) -> Any:
    from newsprism.attribution.stage import article_from_text
    from newsprism.pipeline import Pipeline

    return Pipeline(["segment"])(article_from_text(text, "en"))


def newsprism_predict(article: Any) -> list[Attribution]:
    """Run the attribution stage alone on a segmented article (segmentation is not timed)."""
    from newsprism.pipeline import get_stage

    article = get_stage("attribution")(article)
    speakers = {s.id: s for s in article.speakers}
    out = []
    for q in article.quotes:
        sp = speakers.get(q.speaker) if q.speaker is not None else None
        out.append(
            Attribution(
                content=[(q.start, q.end)],
                cue=[(q.cue_start, q.cue_end)]
                if q.cue_start is not None and q.cue_end is not None
                else [],
                source=[(q.source_start, q.source_end)]
                if q.source_start is not None and q.source_end is not None
                else [],
                speaker_spans=[(m.start, m.end) for m in sp.mentions] if sp else [],
                speaker_names={n.lower() for n in (sp.name, *sp.aliases)} if sp else set(),
                confidence=q.confidence,
            )
        )
    return out


#: the system name of newsprism without its learned cue finder
RULES_ONLY = "rules only"
NO_TAGGER = "no tagger"
NO_RANKER = "no ranker"

#: confidence bands of the calibration table
BANDS = (0.0, 0.2, 0.4, 0.6, 0.75, 0.9, 1.0001)


def confidence_rows(
    text: str, pred: list[Attribution], gold: list[Attribution]
) -> list[tuple[float, bool]]:
    """(confidence, end-to-end right) for each prediction that carries a confidence."""
    right = {id(p) for p, g in match(text, pred, gold, mode="overlap") if source_ok(text, p, g)}
    return [(p.confidence, id(p) in right) for p in pred if p.confidence is not None]


def print_confidence(rows: list[tuple[float, bool]]) -> None:
    from newsprism.attribution.confidence import CONFIDENT

    if not rows:
        print("newsprism: no confidences (no scorer shipped)")
        return
    sure = [ok for c, ok in rows if c >= CONFIDENT]
    print(
        f"newsprism shown as confident (≥ {CONFIDENT}): {len(sure)} of {len(rows)} quotes "
        f"({100 * len(sure) / len(rows):.0f}%), source right among them "
        f"{100 * sum(sure) / max(1, len(sure)):.1f}%"
    )
    print("calibration (end to end: content matched and source right)")
    print(f"  {'band':12} {'quotes':>7} {'mean confidence':>16} {'share right':>12}")
    for lo, hi in zip(BANDS, BANDS[1:], strict=False):
        band = [(c, ok) for c, ok in rows if lo <= c < hi]
        if band:
            mean = sum(c for c, _ in band) / len(band)
            share = sum(ok for _, ok in band) / len(band)
            print(f"  {lo:.2f}-{min(hi, 1.0):.2f}  {len(band):7} {mean:16.3f} {share:12.3f}")


def textacy_predict(nlp: Any, text: str) -> list[Attribution]:
    """textacy on the whole article; where it refuses (an odd number of quotation marks, as
    in a quote running over several paragraphs) it is run paragraph by paragraph instead."""
    from textacy.extract.triples import direct_quotations

    def run(offset: int, chunk: str) -> list[Attribution]:
        found = []
        for triple in direct_quotations(nlp(chunk)):
            found.append(
                Attribution(
                    content=[(offset + t.idx, offset + t.idx + len(t)) for t in triple.content],
                    cue=[(offset + t.idx, offset + t.idx + len(t)) for t in triple.cue],
                    source=[(offset + t.idx, offset + t.idx + len(t)) for t in triple.speaker],
                )
            )
        return found

    try:
        return run(0, text)
    except ValueError:
        out = []
        for m in re.finditer(r"[^\n]+", text):
            try:
                out.extend(run(m.start(), m.group()))
            except ValueError:
                continue  # textacy bails out on this paragraph too: it finds nothing here
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--no-rules-only", action="store_true", help="skip the rules-alone pass")
    args = ap.parse_args()
    items = load(args.split, args.limit)

    # textacy gets spaCy's stock pipeline, not newsprism's faster copy of it
    from newsprism.attribution.backends import models, stock_english
    from newsprism.attribution.stage import article_from_text
    from newsprism.pipeline import Pipeline

    nlp = stock_english()
    models.get("en")
    Pipeline(["segment", "attribution"])(article_from_text("Warm up. He said it works.", "en"))
    # one untimed pass, so that no system is timed while spaCy's tag/lemma lookup still fills
    for _, text, _ in items:
        newsprism_predict(segmented(text))

    systems: dict[str, dict[str, Score]] = {}
    calibration: list[tuple[float, bool]] = []
    seconds: dict[str, float] = {}
    names = ["newsprism"] + ([] if args.no_rules_only else [NO_RANKER, NO_TAGGER, RULES_ONLY])
    names += [] if args.no_textacy else ["textacy"]
    from newsprism.attribution import learned_en, sources_en, tagger_en

    shipped, shipped_tagger, shipped_ranker = learned_en.load, tagger_en.load, sources_en.load
    for name in names:
        # the same stage with the source ranker, then the span tagger, then also the cue finder
        # switched off
        learned_en.load = (lambda: None) if name == RULES_ONLY else shipped
        tagger_en.load = (lambda: None) if name in (NO_TAGGER, RULES_ONLY) else shipped_tagger
        sources_en.load = (lambda: None) if name != "newsprism" else shipped_ranker
        scores = {
            k: Score() for k in ("overlap", "gold30", "exact", "cue", "source", "source|matched")
        }
        spent = 0.0
        for _, text, gold in items:
            ours = name != "textacy"
            article = segmented(text) if ours else None
            t0 = time.process_time()
            pred = newsprism_predict(article) if ours else textacy_predict(nlp, text)
            spent += time.process_time() - t0
            score(text, pred, gold, scores)
            if name == "newsprism":
                calibration += confidence_rows(text, pred, gold)
        seconds[name] = spent / max(1, len(items))
        systems[name] = scores
    learned_en.load, tagger_en.load, sources_en.load = shipped, shipped_tagger, shipped_ranker

    n_gold = sum(len(g) for _, _, g in items)
    print(f"PolNeAR {args.split}: {len(items)} articles, {n_gold} gold attributions")
    print(f"{'metric':34} " + " ".join(f"{n:>22}" for n in names))
    rows = [
        ("content F1, ≥30% overlap both ways", "overlap"),
        ("content F1, ≥30% of gold (GGT)", "gold30"),
        ("content F1, exact words", "exact"),
        ("cue F1", "cue"),
        ("source F1 (end to end)", "source"),
        ("source accuracy on matched", "source|matched"),
    ]
    for label, key in rows:
        cells = []
        for n in names:
            s = systems[n][key]
            cells.append(
                f"{100 * s.p:5.1f}% {100 * s.r:5.1f}% {100 * s.f1:5.1f}"
                if key != "source|matched"
                else f"{100 * s.p:21.1f}%"
            )
        print(f"{label:34} " + " ".join(f"{c:>22}" for c in cells))
    print(f"{'(cells: precision recall F1)':34}")
    print_confidence(calibration)
    base = seconds["newsprism"]
    words = sum(len(WORD.findall(t)) for _, t, _ in items) / max(1, len(items))
    for n in names:
        per_800 = seconds[n] * 800 / words
        print(
            f"cpu seconds per article ({words:.0f} words), {n:10} {seconds[n]:.3f}"
            f"  ({seconds[n] / base:.2f}× newsprism; {1 / per_800:.1f} articles/s per core at 800 words)"
        )
    print("newsprism time is the attribution stage alone (spaCy parse + NER + rules + speakers);")
    print("textacy time is spaCy's stock pipeline plus direct_quotations.")
    print("textacy finds direct quotations only (quotation marks with a speaker and a cue).")


if __name__ == "__main__":
    main()
