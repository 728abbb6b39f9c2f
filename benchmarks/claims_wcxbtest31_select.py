"""Which sentences of WCXB's test- and dev-split article pages ``benchmarks/data/wcxbtest31_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wcxbtest31_select.py [--pool]

The held-out English figures part of issue 13's thirty-first session, ``wcxbtest31`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): ``wcxbtest30``'s rule and order continued — ``wcxbtest27``'s 640
article pages (``claims_wcxbtest27_select.pages``) in its order (the SHA-1 of
``"wcxb-test27-claims:<split>/<page id>"``), starting after the last page ``wcxbtest30`` drew (the
last row of its label file), leaving out every site (host, ``www.`` dropped) that ``wcxbtest27``,
``wcxbtest28``, ``wcxbtest29`` or ``wcxbtest30`` drew a page from; a page's first two kept
sentences (``claims_wcxbtest26_select.draw``); until 200 sentences (fewer if the pool ends).
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set wcxbtest31 --part fresh31``, scored only: its errors are never
printed).  Selected and labelled by a colleague who reads neither the code measured nor any
system's output on these sentences.  Nothing of the texts is copied into the project.

The draw: of ``wcxbtest27``'s 640 pages, 198 come after the last page ``wcxbtest30`` drew, 193 of
them on sites none of the four parts drew from (410 sites left out); 200 sentences of 101 pages
(the pool did not end).  Labels: written by hand by a colleague (the thirty-first session's
label-figs) from the printed sentences, before anything of newsprism or a peer ran on them,
committed before the first run: 124 figures in 97 sentences.  Choices where the docs are silent
or the earlier labels split (invented examples of the shapes met): a list a page announces in
title case ("here are the Top 7 Garden Tools of 2025") is a title, no figure, as the earlier
WCXB labels write such titles (in lower case, "the top 7 garden tools", it counts); "in one
place", "under one roof" and "a single X" are none, as the earlier WCXB labels write them, but a
"one X" an instruction or a contrast makes a count is one ("add one cup at a time", "not one
clerk but a team"); "adds N X" / "added N X" keeps ``=`` (as en_numbers writes "added 31 new
routes"), "reach $N" keeps ``=``, "exploded to $N" is ``up`` (as "soar to"); "growing at N%
annually" is N ``percentage per year`` with ``=`` (as "an annual growth rate of N%"); "N degrees
warmer than" is ``up`` even after "close to" (as "about 50% above"); "up to N+ X" keeps the
"up to" (``<``); "a family of N" is N ``people``; "1 in 5 X" is 0.2 with no unit; "N-odd X" is
N with ``~``; "X months later" is a duration; "all N X, A, B and C" with the list spelled out
counts, "all N counts" pointing back does not; a size that names a kind ("a 75% keyboard",
"35mm film", "a 16-pin connector", "a top 50 language") is none.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims_wcxbtest28_select as wcxbtest28  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wcxbtest26_select import draw  # noqa: E402
from claims_wcxbtest27_select import _key  # noqa: E402
from claims_wcxbtest28_select import continued  # noqa: E402
from claims_wcxbtest30_select import EARLIER as WCXBTEST30_EARLIER  # noqa: E402
from claims_wcxbtest30_select import LABELS as WCXBTEST30_LABELS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "wcxbtest31_numbers.jsonl"
#: the parts whose sites this part leaves out
EARLIER = (*WCXBTEST30_EARLIER, WCXBTEST30_LABELS)


def pages() -> dict[str, str]:
    """``<split>/<file_id>`` -> main content of the pages of ``wcxbtest27``'s pool after the last
    page ``wcxbtest30`` drew, on a site none of ``wcxbtest27``-``wcxbtest30`` drew from; empty when
    the data is absent."""
    return continued(WCXBTEST30_LABELS, EARLIER)


def select() -> list[dict[str, Any]]:
    return draw(pages(), _key)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<split>/<file_id>``) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    wcxbtest28.main(
        WCXBTEST30_LABELS,
        EARLIER,
        ("wcxbtest30", "wcxbtest27, wcxbtest28, wcxbtest29 and wcxbtest30"),
    )


if __name__ == "__main__":
    main()
