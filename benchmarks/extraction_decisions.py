"""Which decision of the HTML extraction drops the text trafilatura's own reading keeps.

Round 45 (issue 11): on the blind pages of round 44 newsprism's body recall was below plain
trafilatura's (0.838 against 0.916) with captions in place as well, so article text is dropped
that trafilatura alone keeps.  The merge (``merge.py``) starts from our own trafilatura reading
(``primary``: ``bare_extraction`` in recall mode, the reading the merge trims or replaces) and
later steps take out more.  For every page of a development half on which newsprism's body
recall is below the primary reading's by ``--gap`` (0.03) or more, the script follows the page
through ``extract_html`` (the functions it calls are wrapped for the run, nothing in the code
changes) and names each step whose output's recall falls by ``--min`` (0.01) or more:

* ``merge:head`` / ``merge:tail``: the same article, trafilatura's blocks before the first or
  after the last block readability confirms cut (``_head_kept``, ``_tail_end``);
* ``merge:readability:<why>``: readability's reading taken instead of trafilatura's (``wall``,
  ``stopped-early``, ``running-text``, ``prose-only``);
* ``merge:none``: no article (neither reading has prose and they disagree);
* ``escalate/live/declared``: the fuller reading, a live blog's posts, the page's declared data;
* ``captions``: paragraphs taken out as a figure's caption or credit (``strip_captions``);
* ``table-credit``, ``promo``, ``page-chrome`` (``drop_page_chrome``), ``notice`` (a translation
  notice), ``title`` (the headline's own block, ``_drop_title``);
* ``after``: whatever is left (standfirst, footnotes, headings, figures in place, auxiliary
  blocks left out of the body).

Prints a table of steps by set (pages, recall points lost) and, with ``--per-page``, each page's
line.  Only ``dev-a`` is read: any other part is refused before a page is read, and so are the
held-out, scored-only and unread sets (``extraction_sets.refuse_unread``: big9-chaos among them).
A page whose gold judges only its beginning (a prefix gold: postlight, goose) is scored as
``extraction.py`` scores it.

Run: ``source env; nice python benchmarks/extraction_decisions.py [--sets ...] [--limit N]
[--per-page]``.
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
if not os.environ.get("PYTHONPATH"):  # PYTHONPATH names the code to measure (a base worktree's)
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_sets import (  # noqa: E402
    EXTRA_SETS,
    SETS,
    Page,
    available,
    page_row,
    pages,
    recall,
    refuse_unread,
    snippet_counts,
)

import newsprism  # noqa: E402
from newsprism.article import AUXILIARY_KINDS  # noqa: E402
from newsprism.errors import NewsprismError  # noqa: E402
from newsprism.extract import html as html_mod  # noqa: E402
from newsprism.extract import merge as m  # noqa: E402
from newsprism.extract.merge import Candidate, block_text  # noqa: E402


def _text(blocks: list[Any]) -> str:
    return "\n".join(block_text(b) for b in blocks if b.kind not in AUXILIARY_KINDS)


def merge_rule(primary: Candidate, second: Candidate, prose: bool, agree: bool) -> str:
    """The name of the branch :func:`merge.merge` (and ``html._settle`` before it) takes: the
    same tests, in the same order."""
    if not prose and not agree:
        return "none"
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
    if m._prose_only_in_second(primary, second, p):
        return "readability:prose-only"
    return "trafilatura"


#: the steps in the order ``extract_html`` takes them, each named by the text after it
ORDER = (
    "primary",
    "merged",
    "escalate/live/declared",
    "captions",
    "table-credit",
    "promo",
    "page-chrome",
    "notice",
    "title",
    "final",
)


class Trace:
    """Wrappers of the functions ``extract_html`` calls, recording the text after each step."""

    def __init__(self) -> None:
        self.steps: dict[str, str] = {}
        self.rule = ""
        self.primary: Candidate | None = None
        self.second: Candidate | None = None

    def settle(self, primary: Candidate, second: Candidate, **rest: Any) -> Any:
        blocks, extractor = _real["_settle"](primary, second, **rest)
        if "primary" in self.steps:  # the fuller reading and a live blog settle again
            return blocks, extractor
        prose = html_mod.has_prose(primary.blocks) or html_mod.has_prose(second.blocks)
        agree = prose or html_mod._agree(primary, second)
        self.primary, self.second = primary, second
        self.steps["primary"] = _text(primary.blocks)
        self.steps["merged"] = _text(blocks)
        self.rule = merge_rule(primary, second, prose, agree)
        if self.rule == "trim":
            links = rest.get("links")
            idx = [i for i, c in enumerate(primary.against(second).confirmed) if c]
            head = [primary.blocks[i] for i in m._head_kept(primary, idx[0], links)]
            end = (
                len(primary.blocks)
                if rest.get("live")
                else m._tail_end(primary, idx[0], idx[-1], links)
            )
            self.steps["head-trimmed"] = _text(head + primary.blocks[idx[0] :])
            self.steps["tail-trimmed"] = _text(primary.blocks[:end])
        return blocks, extractor

    def before(self, name: str, real: Any) -> Any:
        """A wrapper that records the text its function is given (the step before's output)."""

        def wrapped(blocks: Any, *args: Any, **kw: Any) -> Any:
            self.steps.setdefault(name, _text(blocks))
            return real(blocks, *args, **kw)

        return wrapped

    def after(self, name: str, real: Any) -> Any:
        """A wrapper that records the text its function returns."""

        def wrapped(blocks: Any, *args: Any, **kw: Any) -> Any:
            out = real(blocks, *args, **kw)
            self.steps.setdefault(name, _text(out))
            return out

        return wrapped


_real = {
    name: getattr(html_mod, name)
    for name in ("_settle", "strip_captions", "table_credits", "drop_page_chrome", "_drop_title")
}


def read_traced(html: bytes) -> tuple[str, Trace]:
    """newsprism's body for the page (as ``extraction.py`` scores it) and its trace."""
    trace = Trace()
    patches = [
        mock.patch.object(html_mod, "_settle", trace.settle),
        # the text strip_captions is given: after the merge, escalation, live posts, declared
        mock.patch.object(
            html_mod,
            "strip_captions",
            trace.before(
                "escalate/live/declared",
                trace.after("captions", _real["strip_captions"]),
            ),
        ),
        mock.patch.object(
            html_mod, "table_credits", trace.after("table-credit", _real["table_credits"])
        ),
        mock.patch.object(
            html_mod,
            "drop_page_chrome",
            trace.before("promo", trace.after("page-chrome", _real["drop_page_chrome"])),
        ),
        mock.patch.object(
            html_mod,
            "_drop_title",
            trace.before("notice", trace.after("title", _real["_drop_title"])),
        ),
    ]
    for patch in patches:
        patch.start()
    try:
        article = newsprism.read(html, stages=())
        body = "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)
    except NewsprismError:
        body = ""
    finally:
        for patch in patches:
            patch.stop()
    trace.steps["final"] = body
    return body, trace


def page_recall(page: Page, text: str) -> float:
    """The page's recall: of its gold's shingles, or of its snippets (a snippet set's)."""
    if page.with_snippets:
        tp, _, fn, _ = snippet_counts(page, text)
        return tp / (tp + fn) if tp + fn else 1.0
    return recall(*page_row(page, text))


def attribute(page: Page, trace: Trace, least: float) -> dict[str, float]:
    """Each step's recall lost on ``page`` (steps losing less than ``least`` left out)."""
    steps = trace.steps
    if "primary" not in steps:
        return {"no-merge": 1.0}
    out: dict[str, float] = {}
    previous = page_recall(page, steps["primary"])
    for name in ORDER[1:]:
        if name not in steps:
            continue
        now = page_recall(page, steps[name])
        lost = previous - now
        if lost >= least:
            if name == "merged" and trace.rule == "trim":
                for edge in ("head", "tail"):
                    cut = previous - page_recall(page, steps[f"{edge}-trimmed"])
                    if cut >= least:
                        out[f"merge:{edge}"] = cut
            elif name == "merged":
                out[f"merge:{trace.rule}"] = lost
            else:
                out["after" if name == "final" else name] = lost
        previous = now
    return out or {"(small steps)": 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join((*EXTRA_SETS, *SETS)))
    parser.add_argument("--parts", default="dev-a")
    parser.add_argument("--gap", type=float, default=0.03, help="recall below primary's by")
    parser.add_argument("--min", type=float, default=0.01, help="smallest step loss that counts")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--per-page", action="store_true")
    args = parser.parse_args()
    refusal, readable = refuse_unread(args.parts.split(","), args.sets.split(","))
    if refusal:
        parser.error(refusal)

    pages_lost: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    points: dict[str, float] = defaultdict(float)
    behind: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for set_name in [s for s in (*EXTRA_SETS, *SETS) if s in readable and available(s)]:
        for part in args.parts.split(","):
            for page in pages(set_name, part, args.limit):
                total[set_name] += 1
                body, trace = read_traced(page.html)
                r_final = page_recall(page, body)
                r_primary = page_recall(page, trace.steps.get("primary", ""))
                if r_final > r_primary - args.gap:
                    continue
                behind[set_name] += 1
                losses = attribute(page, trace, args.min)
                for step, lost in losses.items():
                    pages_lost[step][set_name] += 1
                    points[step] += lost
                if args.per_page:
                    what = ", ".join(f"{k} {v:.2f}" for k, v in losses.items())
                    print(
                        f"{set_name:<15} {page.id[:24]:<24} ours {r_final:.2f} "
                        f"primary {r_primary:.2f}: {what}",
                        flush=True,
                    )
    n_total, n_behind = sum(total.values()), sum(behind.values())
    print(
        f"\n{n_behind} of {n_total} pages ({args.parts}) with body recall below the primary "
        f"reading's by {args.gap} or more"
    )
    print(f"{'step':<30} {'pages':>5} {'sets':>4} {'recall lost':>11}  by set")
    for step in sorted(pages_lost, key=lambda s: -points[s]):
        by_set = pages_lost[step]
        where = ", ".join(f"{k} {v}" for k, v in sorted(by_set.items(), key=lambda kv: -kv[1]))
        print(
            f"{step:<30} {sum(by_set.values()):5d} {len(by_set):4d} {points[step]:11.2f}  {where}"
        )
    print(
        "\npages behind / read, by set: " + ", ".join(f"{s} {behind[s]}/{total[s]}" for s in total)
    )


if __name__ == "__main__":
    main()
