"""Who said what on real 2014 US/UK news (newspaper-2014), newsprism beside textacy.

    NEWSPRISM_FRESH_EXTRACTION=/path nice python benchmarks/quotes_np2014.py [--no-textacy]

Data: the article texts of ``$NEWSPRISM_FRESH_EXTRACTION/text/NAME.txt`` (the newspaper
library's 2014 full-text test pages, see ``benchmarks/extraction_sets.py``; nothing of them is
copied here; the benchmark is skipped when the variable is unset).  The attributions are ours:
``benchmarks/data/np2014_speakers.jsonl``, written by hand before newsprism was run on these
texts, standoff only: for each attribution the file, its speaker (the person or body, named as
the article names it; a pronoun's or a continuation's speaker resolved by the annotator), the
words that identify that speaker (``match``: surname, given name, the body's words; for a
report quoted inside a document, also the document's author), the character spans of the source
as written, the cue and the content (a content interrupted by its attribution has two spans),
whether it is direct speech and whether the content runs over more than one sentence
(``multi``).  They come from the second half of the files in sorted order (the claims benchmark
uses the first half) that hold quotations: 8 articles (Reuters, the Telegraph, the Daily Beast,
the Atlantic, the Press-Enterprise, nola.com), 100 attributions, direct and indirect (part
``old8``: held out in the round that wrote it, read since, so now a development part).  Part
``fresh2`` (issue 12's English PolNeAR round): 87 more attributions (41 direct, 46 indirect, 23
over several sentences) in 6 other articles of either half (CNN, Reuters, nj.com, Fox News,
al.com, mlive.com), annotated and committed before newsprism was run on them; it is the
held-out part, scored once before any change and once after the last (``--part fresh2``).

Metrics, per gold attribution (no one-to-one matching):

* found — the prediction sharing most content words with it holds at least half of its words;
* right speaker — that prediction's speaker (name or alias, else its source words) shares a
  word with ``match``;
* confident — found with confidence ≥ ``CONFIDENT``, and how many of those are right;
* content words: of the gold content words, the share the found prediction covers (recall), and
  of the found prediction's words, the share inside the gold content (precision) — the boundary
  quality, where a content cut at a sentence end loses recall;
* the same for the ``multi`` attributions alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_sets import fresh_dir  # noqa: E402
from quotes_en import Attribution, newsprism_predict, segmented, textacy_predict  # noqa: E402
from quotes_gum import name_words, words_in  # noqa: E402

from newsprism.attribution.confidence import CONFIDENT as CONF  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "np2014_speakers.jsonl"


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    right: int = 0
    confident: int = 0
    confident_right: int = 0
    multi: int = 0
    multi_found: int = 0
    multi_right: int = 0
    #: content words: gold words covered, gold words, predicted words inside gold, predicted
    covered: int = 0
    gold_words: int = 0
    inside: int = 0
    pred_words: int = 0
    multi_covered: int = 0
    multi_gold_words: int = 0
    seconds: float = 0.0


def speaker_right(text: str, p: Attribution, g: dict[str, Any]) -> bool:
    wanted = {w.lower() for w in g["match"]}
    if p.speaker_names:
        return any(name_words(n) & wanted for n in p.speaker_names)
    return any(name_words(text[a:b]) & wanted for a, b in p.source[:1])


def judge(text: str, pred: list[Attribution], g: dict[str, Any], t: Tally) -> None:
    gw: set[int] = set().union(*(words_in(text, a, b) for a, b in g["content"]))
    best, best_words, best_shared = None, set[int](), 0
    for p in pred:
        pw: set[int] = set().union(*(words_in(text, x, y) for x, y in p.content))
        shared = len(gw & pw)
        if shared > best_shared:
            best, best_words, best_shared = p, pw, shared
    found = best is not None and best_shared >= 0.5 * len(gw)
    ok = found and best is not None and speaker_right(text, best, g)
    t.gold += 1
    t.found += found
    t.right += ok
    t.gold_words += len(gw)
    if found:
        t.covered += best_shared
        t.inside += best_shared
        t.pred_words += len(best_words)
    if found and best is not None and best.confidence is not None and best.confidence >= CONF:
        t.confident += 1
        t.confident_right += ok
    if g["multi"]:
        t.multi += 1
        t.multi_found += found
        t.multi_right += ok
        t.multi_gold_words += len(gw)
        t.multi_covered += best_shared if found else 0


def run_and_print(
    title: str, docs: dict[str, str], gold: list[dict[str, Any]], no_textacy: bool
) -> None:
    """Run newsprism (and textacy) on ``docs`` and print the table of :func:`judge`'s tallies."""
    from newsprism.attribution.backends import stock_english

    names = ["newsprism"] + ([] if no_textacy else ["textacy"])
    nlp = stock_english() if "textacy" in names else None
    for text in list(docs.values())[:2]:  # warm up, untimed
        newsprism_predict(segmented(text))
    tallies = {n: Tally() for n in names}
    for n in names:
        t = tallies[n]
        for doc, text in docs.items():
            article = segmented(text) if n == "newsprism" else None
            t0 = time.process_time()
            pred = newsprism_predict(article) if n == "newsprism" else textacy_predict(nlp, text)
            t.seconds += time.process_time() - t0
            for g in gold:
                if g["doc"] == doc:
                    judge(text, pred, g, t)

    n_direct = sum(g["direct"] for g in gold)
    print(
        f"{title}: {len(docs)} articles, "
        f"{len(gold)} attributions ({n_direct} direct, {len(gold) - n_direct} indirect; "
        f"{sum(g['multi'] for g in gold)} running over several sentences)"
    )
    print(f"{'':44} " + " ".join(f"{n:>16}" for n in names))

    def row(label: str, cell: Any) -> None:
        print(f"{label:44} " + " ".join(f"{cell(tallies[n]):>16}" for n in names))

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} {100 * a / max(1, b):5.1f}%"

    def share(a: int, b: int) -> str:
        return f"{100 * a / max(1, b):5.1f}%"

    row("attribution found", lambda t: pct(t.found, t.gold))
    row("right speaker, of all", lambda t: pct(t.right, t.gold))
    row("right speaker, of found", lambda t: pct(t.right, t.found))
    row(f"confident (≥ {CONF}) among found", lambda t: pct(t.confident, t.found))
    row("right speaker among confident", lambda t: pct(t.confident_right, t.confident))
    row("content words: gold covered (recall)", lambda t: share(t.covered, t.gold_words))
    row("content words: found inside gold (prec.)", lambda t: share(t.inside, t.pred_words))
    row("several sentences: found", lambda t: pct(t.multi_found, t.multi))
    row("several sentences: right speaker", lambda t: pct(t.multi_right, t.multi))
    row(
        "several sentences: gold words covered",
        lambda t: share(t.multi_covered, t.multi_gold_words),
    )
    base = tallies["newsprism"].seconds
    for n in names:
        print(f"cpu seconds, {n:10} {tallies[n].seconds:.2f} ({tallies[n].seconds / base:.2f}×)")
    print("textacy carries no confidence; newsprism time is the attribution stage alone.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument(
        "--part",
        choices=["old8", "fresh2", "all"],
        default="old8",
        help="old8: the first 100 attributions (read, development); fresh2: the held-out part",
    )
    args = ap.parse_args()
    folder = fresh_dir()
    if folder is None or not (folder / "text").is_dir():
        print("newspaper-2014 skipped: set NEWSPRISM_FRESH_EXTRACTION to its folder")
        return
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    if args.part != "all":
        gold = [g for g in gold if g.get("part", "old8") == args.part]
    docs = {
        g["doc"]: (folder / "text" / f"{g['doc']}.txt").read_text(encoding="utf-8") for g in gold
    }

    run_and_print(
        f"newspaper-2014 (real 2014 US/UK news), part {args.part}", docs, gold, args.no_textacy
    )


if __name__ == "__main__":
    main()
