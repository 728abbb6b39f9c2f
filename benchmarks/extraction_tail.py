"""Round 16: where trafilatura's text runs on past readability's, is it the article going on?

The merge (``merge.merge``) ends the article after the last block readability confirms; the
blocks trafilatura keeps after it are dropped.  Counted on dev-a (``extraction_losses.py``) this
tail trim is the largest loss against trafilatura (83 of 2,600 pages, 20.6 recall points).  A
reader tells an article that goes on from the page furniture after it by the *page*, not by the
block: the text runs on with no break in between (no share bar, tags line, "Related" heading or
advertisement label: words on the page that neither extractor keeps).  This script dumps, per
page of a development part, each tail block with that evidence (``gap``: the words on the page
between the block and the block before it, read in document order, outside both), beside the
round-15 block features (``extraction_disputed_model``), and simulates rules on both halves.

Run: ``nice python benchmarks/extraction_tail.py --dump dev-a --out A.json`` (and dev-b), then
``python benchmarks/extraction_tail.py --check A.json B.json``.  Nothing of a gold is written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_disputed_model as disputed  # noqa: E402
from extraction_disputed import dump, read_merged  # noqa: E402
from extraction_sets import EXTRA_SETS, SETS  # noqa: E402
from lxml import etree  # noqa: E402

from newsprism.extract import merge as m  # noqa: E402

_TOKEN = m._TOKEN


def page_tokens(tree: Any) -> list[str]:
    """The page's words, lower-cased, in document order (text and tails)."""
    out: list[str] = []
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if event == "start" and isinstance(el.tag, str) and el.text:
            out.extend(_TOKEN.findall(el.text.lower()))
        elif event == "end" and el.tail:
            out.extend(_TOKEN.findall(el.tail.lower()))
    return out


class Evidence(disputed.PageEvidence):
    def __init__(self, tree: Any) -> None:
        super().__init__(tree)
        self.tokens = page_tokens(tree)
        self.at: dict[tuple[str, ...], list[int]] = {}
        self.at1: dict[str, list[int]] = {}
        for k, token in enumerate(self.tokens):
            self.at1.setdefault(token, []).append(k)
        for k in range(len(self.tokens) - 3):
            self.at.setdefault(tuple(self.tokens[k : k + 4]), []).append(k)

    def span(self, text: str, after: int = 0) -> tuple[int, int] | None:
        """Where a block's words lie on the page (the first place at or after ``after``)."""
        words = _TOKEN.findall(text.lower())
        if not words:
            return None
        if len(words) < 4:  # a short line: where its words stand together
            n = len(words)
            for k in self.at1.get(words[0], []):
                if k >= after and self.tokens[k : k + n] == words:
                    return (k, k + n)
            return None
        starts = [k for k in self.at.get(tuple(words[:4]), []) if k >= after]
        if not starts:
            return None
        start = starts[0]
        ends = [k for k in self.at.get(tuple(words[-4:]), []) if k >= start]
        return (start, ends[0] + 4) if ends else None


def dump_page(page: Any) -> dict[str, Any]:
    out, merged = read_merged(page, Evidence)
    if merged is None:
        return out
    primary, second, ev, confirmed = merged
    texts = [m.block_text(b) for b in primary.blocks]
    last = max(i for i, c in enumerate(confirmed) if c)
    spans: dict[int, tuple[int, int] | None] = {}
    for i, tail, feats in disputed.edge_features(primary, second, ev.pool, ev.locator):
        if not tail:
            continue
        if i - 1 not in spans:
            spans[i - 1] = ev.span(texts[i - 1])
        before = spans[i - 1]
        here = spans[i] = ev.span(texts[i], before[1] if before else 0)
        gap = here[0] - before[1] if here and before else None
        out["edges"].append(
            {
                "i": i,
                "tail": True,
                "x": feats,
                "kept": False,
                "text": texts[i],
                "gap": gap,
                "kind": primary.blocks[i].kind,
                "words": primary.words[i],
                "after_last": i - last,
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join((*EXTRA_SETS, *SETS)))
    parser.add_argument("--dump", help="the part to read (dev-a or dev-b)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rows = dump(args.dump, args.sets.split(","), read=dump_page)
    assert args.out is not None
    args.out.write_text(json.dumps({"part": args.dump, "rows": rows}))


if __name__ == "__main__":
    main()
