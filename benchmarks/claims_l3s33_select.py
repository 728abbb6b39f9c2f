"""Which sentences of L3S-GN1's news articles ``benchmarks/data/l3s33_numbers.jsonl`` annotates,
and the loader that rebuilds them.

    python benchmarks/claims_l3s33_select.py

The held-out English figures part of issue 13's thirty-third session, ``l3s33`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): L3S-GN1's pages with ``claims_l3s_select``'s texts and tests
(each page's ``fulltextOnly``; the sentence, number-word and 20-400 character tests of
``claims_np2014_select.two_a_page``) in the order ``claims_l3s_select.select`` walks (the SHA-1
of ``"l3s-gn1:<id>"``), starting after the last page the ``l3s`` part drew (the last row of its
label file); a page's first two kept sentences; until 200 sentences (fewer if the pool ends).
The walk is ``l3s``'s own, run on past its 200th sentence (so a page whose text repeats any
earlier page's in the order, drawn or not, stays skipped), and this part keeps the rows of the
pages after ``l3s``'s last: ``l3s``'s keys are untouched (``claims_l3s_select`` is unchanged).
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set l3s33 --part fresh33``, scored only: its errors are never
printed).  Selected and labelled by a colleague who reads neither the code measured nor any
system's output on these sentences.  Nothing of the texts is copied into the project.

The draw: of L3S-GN1's 621 pages, 516 come after the last page ``l3s`` drew (the 105th of the
order); the walk read 112 of them (the 106th to the 217th of the order), 106 giving kept
sentences: 200 sentences of 106 pages.  Labels: written by hand by a colleague (the
thirty-third session's label-figs) from the printed sentences, before anything of newsprism or a
peer ran on them, committed before the first run: 188 figures in 121 sentences.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_l3s_select import LABELS as L3S_LABELS  # noqa: E402
from claims_l3s_select import LONGEST, PER_ARTICLE, SHORTEST, WANT, _key, pages  # noqa: E402
from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "l3s33_numbers.jsonl"


def _last_drawn(labels: Path = L3S_LABELS) -> str:
    """The page id of the last row of the ``l3s`` part's label file: the last page it drew."""
    rows = [line for line in labels.read_text("utf-8").splitlines() if line.strip()]
    return str(json.loads(rows[-1])["id"])


def select_after(labels: Path) -> list[dict[str, Any]]:
    """``l3s``'s walk run to the pool's end, the rows of the pages after the last page the part
    labelled in ``labels`` drew, the first ``WANT`` of them: each later part of the pool
    (``l3s33``, ``l3s34``) continues the one before it through this one walk."""
    texts = pages()
    if not texts:
        return []
    after = _key(_last_drawn(labels))
    walk = two_a_page(
        texts, _key, per_page=PER_ARTICLE, shortest=SHORTEST, longest=LONGEST, want=len(texts) * 2
    )
    return [row for row in walk if _key(row["id"]) > after][:WANT]


def load_labelled(labels: Path) -> list[dict[str, Any]]:
    """The sentences ``labels`` annotates: ``text``, ``page`` (the page id) and ``quantities``
    (every part of the pool is loaded so)."""
    return labelled_sentences(labels, pages())


def print_keys(keys: list[dict[str, Any]]) -> None:
    """The standoff keys of a part, one JSON object a line (what a labeller works from)."""
    for key in keys:
        print(json.dumps(key))


def select() -> list[dict[str, Any]]:
    """The standoff keys of the part: the rows of the pages after ``l3s``'s last drawn page."""
    return select_after(L3S_LABELS)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the page id) and ``quantities``."""
    return load_labelled(LABELS)


def main() -> None:
    print_keys(select())


if __name__ == "__main__":
    main()
