"""Dump, for ``scripts/fit_extract_tail.py``: each development page's body scored with the tail
cut, kept to its last block of running text, and kept whole, beside the tail's features.

Round 45 (issue 11): when the two extractors found the same article, the merge ends it after
the last block readability confirms unless what follows reads as the article going on
(``merge._tail_end``).  For every page of a development half the page is read once per choice
(``merge._tail_end`` replaced for the run: ``cut`` ends the article after the last confirmed
block, ``prose`` after the tail's last block of running text, ``all`` after trafilatura's last
block), and a line is written per page: the set, the page id, its language, the rows (tp, fp,
fn; or a snippet page's counts) of each reading, the features of the tail
(:func:`newsprism.extract.tail_model.tail_features`, the first merge's; ``null`` when the page
has no tail to decide on: the rows are then the same) and whether round 24's hand-set rule
(``merge._continues``) keeps it (``rule``).  Nothing of a gold is written.

Only ``dev-a`` is read (``extraction_sets.refuse_unread``: the check halves, held-out,
scored-only and unread sets are refused before a page is read; big9-chaos is never dumped).

Run: ``source env; nice python benchmarks/extraction_tail_keep.py --out A.jsonl [--sets ...]
[--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
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
    available,
    page_row,
    pages,
    refuse_unread,
    snippet_counts,
)

import newsprism  # noqa: E402
from newsprism.article import AUXILIARY_KINDS  # noqa: E402
from newsprism.errors import NewsprismError  # noqa: E402
from newsprism.extract import merge as m  # noqa: E402
from newsprism.extract.tail_model import tail_features  # noqa: E402


def _body(html: bytes) -> str:
    try:
        article = newsprism.read(html, stages=())
    except NewsprismError:
        return ""
    return "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)


#: the readings: the tail cut after the last confirmed block, kept to its last block of running
#: text, kept whole
CHOICES = ("cut", "prose", "all")


def read_all(html: bytes) -> tuple[dict[str, str], list[float] | None, int]:
    """The body under each of :data:`CHOICES` (the same text each when the page has no tail to
    decide on), the first decision's features, and whether round 24's rule keeps the tail
    (an index into CHOICES)."""
    seen: list[list[float]] = []
    rule: list[int] = []

    def forced(choice: str) -> Any:
        def end(
            primary: Any,
            first: int,
            last: int,
            links: Any = None,
            confirmed: Any = None,
            share: float = 0.0,
        ) -> int:
            n = len(primary.blocks)
            if links is None or last + 1 >= n:
                return last + 1
            prose = [
                i
                for i in range(last + 1, n)
                if m.reads_as_article(primary.blocks[i], primary.words[i])
            ]
            if not seen:
                seen.append(
                    list(
                        tail_features(
                            primary,
                            first,
                            last,
                            links,
                            share,
                            confirmed or [True] * n,
                            lambda i: m.reads_as_article(primary.blocks[i], primary.words[i]),
                        )
                    )
                )
                # the hand-set rule of round 24 alone (the code's own decision adds the model's)
                rule.append(1 if prose and m._continues(primary, first, last, links) else 0)
            if choice == "prose":
                return prose[-1] + 1 if prose else last + 1
            return n if choice == "all" else last + 1

        return end

    bodies = {}
    for choice in CHOICES:
        with mock.patch.object(m, "_tail_end", forced(choice)):
            bodies[choice] = _body(html)
        if not seen:
            return {c: bodies["cut"] for c in CHOICES}, None, 0
    return bodies, seen[0], rule[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join((*EXTRA_SETS, *SETS)))
    parser.add_argument("--parts", default="dev-a")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    refusal, readable = refuse_unread(args.parts.split(","), args.sets.split(","))
    if refusal:
        parser.error(refusal)
    with args.out.open("w") as out:
        for set_name in [s for s in (*EXTRA_SETS, *SETS) if s in readable and available(s)]:
            for part in args.parts.split(","):
                for page in pages(set_name, part, args.limit):
                    bodies, features, rule = read_all(page.html)
                    rows = {
                        c: list(snippet_counts(page, t))
                        if page.with_snippets
                        else page_row(page, t)
                        for c, t in bodies.items()
                    }
                    line = {
                        "set": set_name,
                        "id": page.id,
                        "language": page.language,
                        "snippets": bool(page.with_snippets),
                        **rows,
                        "features": features,
                        "rule": rule,
                    }
                    out.write(json.dumps(line) + "\n")
                    out.flush()


if __name__ == "__main__":
    main()
