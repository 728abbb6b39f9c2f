"""Where newsprism's recall is lost, by the decision that dropped the gold text.

For every page of a part (``dev-a`` by default: the half where errors may be read) on which
newsprism's body recall is below plain ``trafilatura.extract``'s, the script follows the page
through the HTML extraction and finds the step at which the gold text went:

* ``primary``: our own trafilatura reading (``bare_extraction`` in recall mode, without
  trafilatura's fallbacks) already has less than ``trafilatura.extract``;
* ``merge:<rule>``: the merge of the two extractors' opinions (``merge.py``) dropped it; the
  rule is named (``head``/``tail``: trafilatura's blocks before the first or after the last
  block readability confirms; ``readability:<why>``: readability's blocks were taken instead);
* ``captions``: a paragraph was taken out as a figure's caption or credit;
* ``after``: a later step (promo lines, the title block, a translation notice, assembly).

A page can lose at more than one step; each step that costs at least ``--min`` recall counts.
Per step: pages, and the recall lost summed over them (recall points: how many pages' worth).
``--peer readability-lxml`` compares with readability-lxml's recall instead.  newspaper-2014,
fundus, goose-snacktory, postlight, big9-chaos and (since round 12) trafilatura-eval are
development sets (``--sets newspaper-2014,fundus --parts dev-a``; trafilatura-eval's recall is
of its snippets to keep).  Only ``dev-a`` is read: any other part (a check half, a held-out
part) is refused before a page is read, and so are the held-out, scored-only and unread sets
(``extraction_sets.refuse_unread``, the forty-fourth session's review).
Run: ``nice python benchmarks/extraction_losses.py [--parts dev-a] [--sets ...] [--per-page]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_sets import (  # noqa: E402
    EXTRA_SETS,
    SETS,
    Page,
    available,
    pages,
    recall,
    refuse_unread,
    snippet_counts,
    tp_fp_fn,
)

import newsprism  # noqa: E402
from newsprism.article import AUXILIARY_KINDS  # noqa: E402
from newsprism.errors import NewsprismError  # noqa: E402
from newsprism.extract import html as html_mod  # noqa: E402
from newsprism.extract import merge as m  # noqa: E402
from newsprism.extract.merge import Candidate, block_text  # noqa: E402


def _text(blocks: list[Any]) -> str:
    return "\n".join(block_text(b) for b in blocks if b.kind not in AUXILIARY_KINDS)


def merge_rule(primary: Candidate, second: Candidate) -> str:
    """The name of the rule :func:`merge.merge` applies (the same tests, in the same order)."""
    if not second.blocks:
        return "no-readability"
    p, s = primary.against(second), second.against(primary)
    if not any(primary.words) or m._wall(primary, second):
        return "readability:wall"
    if m._stopped_early(p, s):
        return "readability:stopped-early"
    if s.share >= m.SAME_ARTICLE and any(p.confirmed):
        return "trim"
    if not m._has_running_text(primary) and m._has_running_text(second):
        return "readability:running-text"
    return "trafilatura"


class Trace:
    def __init__(self) -> None:
        self.steps: dict[str, str] = {}

    def settle(
        self,
        primary: Candidate,
        second: Candidate,
        *,
        live: bool = False,
        links: Any = None,
        **rest: Any,  # (whatever else the merge is given: passed on as it is)
    ) -> Any:
        blocks, extractor = _real_settle(primary, second, live=live, links=links, **rest)
        self.steps["primary"] = _text(primary.blocks)
        self.steps["second"] = _text(second.blocks)
        self.steps["merged"] = _text(blocks)
        self.rule = merge_rule(primary, second)
        if self.rule == "trim":
            idx = [i for i, c in enumerate(primary.against(second).confirmed) if c]
            head = [primary.blocks[i] for i in m._head_kept(primary, idx[0], links)]
            end = m._tail_end(primary, idx[0], idx[-1], links)
            self.steps["head-trimmed"] = _text(head + primary.blocks[idx[0] :])
            self.steps["tail-trimmed"] = _text(primary.blocks[:end])
        return blocks, extractor

    def strip(self, blocks: Any, figures: Any) -> Any:
        out = _real_strip(blocks, figures)
        self.steps["captions"] = _text(out)
        return out


_real_settle = html_mod._settle
_real_strip = html_mod.strip_captions


def _recall(page: Page, text: str) -> float:
    """The page's recall: of its gold's shingles, or of its snippets (a snippet set's)."""
    if page.with_snippets:
        tp, _, fn, _ = snippet_counts(page, text)
        return tp / (tp + fn) if tp + fn else 1.0
    return recall(*tp_fp_fn(page.gold, text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--parts", default="dev-a")
    parser.add_argument("--min", type=float, default=0.01, help="smallest loss that counts")
    parser.add_argument("--per-page", action="store_true")
    parser.add_argument(
        "--peer", default="trafilatura", choices=("trafilatura", "readability-lxml"),
        help="whose recall a page is compared with",
    )  # fmt: skip
    args = parser.parse_args()
    refusal, readable = refuse_unread(args.parts.split(","), args.sets.split(","))
    if refusal:
        parser.error(refusal)

    pages_lost: dict[str, int] = defaultdict(int)
    recall_lost: dict[str, float] = defaultdict(float)
    behind = total = 0
    for set_name in [s for s in (*EXTRA_SETS, *SETS) if s in readable and available(s)]:
        for part in args.parts.split(","):
            for page in pages(set_name, part):
                total += 1
                trace = Trace()
                with (
                    mock.patch.object(html_mod, "_settle", trace.settle),
                    mock.patch.object(html_mod, "strip_captions", trace.strip),
                ):
                    try:
                        article = newsprism.read(page.html, stages=())
                        body = "\n".join(
                            b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS
                        )
                    except NewsprismError:
                        body = ""
                r_final = _recall(page, body)
                r_traf = _recall(page, _peer(args.peer, page.html))
                if r_final >= r_traf - args.min:
                    continue
                behind += 1
                losses = _attribute(page, trace, r_traf, r_final, args.min)
                for step, lost in losses.items():
                    pages_lost[step] += 1
                    recall_lost[step] += lost
                if args.per_page:
                    what = ", ".join(f"{k} {v:.2f}" for k, v in losses.items())
                    print(
                        f"{set_name:<15} {page.id[:12]} ours {r_final:.2f} traf {r_traf:.2f}: "
                        f"{what}",
                        flush=True,
                    )
    print(f"\n{behind} of {total} pages ({args.parts}) with recall below {args.peer}'s")
    print(f"{'step':<32} {'pages':>5} {'recall lost':>11}")
    for step in sorted(pages_lost, key=lambda s: -recall_lost[s]):
        print(f"{step:<32} {pages_lost[step]:5d} {recall_lost[step]:11.2f}")


def _peer(name: str, html: bytes) -> str:
    if name == "trafilatura":
        import trafilatura

        return trafilatura.extract(html, include_comments=False) or ""
    from extraction import run_readability

    return run_readability(html).body


def _attribute(
    gold: Page, trace: Trace, r_traf: float, r_final: float, least: float
) -> dict[str, float]:
    steps = trace.steps
    if "primary" not in steps:  # no merge ran: the page was refused or had no prose
        return {"no-article": r_traf - r_final}
    out: dict[str, float] = {}
    r_primary = _recall(gold, steps["primary"])
    if r_primary < r_traf - least:
        out["primary"] = r_traf - r_primary
    r_merged = _recall(gold, steps["merged"])
    if r_merged < r_primary - least:
        if trace.rule == "trim":
            head = r_primary - _recall(gold, steps["head-trimmed"])
            tail = r_primary - _recall(gold, steps["tail-trimmed"])
            if head >= least:
                out["merge:head"] = head
            if tail >= least:
                out["merge:tail"] = tail
        else:
            out[f"merge:{trace.rule}"] = r_primary - r_merged
    r_captions = _recall(gold, steps.get("captions", steps["merged"]))
    if r_captions < r_merged - least:
        out["captions"] = r_merged - r_captions
    if r_final < r_captions - least:
        out["after"] = r_captions - r_final
    return out or {"(small steps)": r_traf - r_final}


if __name__ == "__main__":
    main()
