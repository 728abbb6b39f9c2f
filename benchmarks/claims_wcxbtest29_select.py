"""Which sentences of WCXB's test- and dev-split article pages ``benchmarks/data/wcxbtest29_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wcxbtest29_select.py [--pool]

The held-out English figures part of issue 13's twenty-ninth session, ``wcxbtest29`` (the rule
is ``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): ``wcxbtest28``'s rule and order continued — ``wcxbtest27``'s 640
article pages (``claims_wcxbtest27_select.pages``) in its order (the SHA-1 of
``"wcxb-test27-claims:<split>/<page id>"``), starting after the last page ``wcxbtest28`` drew (the
last row of its label file), leaving out every site (host, ``www.`` dropped) that ``wcxbtest27``
or ``wcxbtest28`` drew a page from; a page's first two kept sentences
(``claims_wcxbtest26_select.draw``); until 200 sentences (fewer if the pool ends).
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set wcxbtest29 --part fresh29``, scored only: its errors are never
printed).  Nothing of the texts is copied into the project.

The draw: of ``wcxbtest27``'s 640 pages, 419 come after the last page ``wcxbtest28`` drew, 412 of
them on sites neither part drew from (205 sites left out); 200 sentences of 102 pages.  Labels:
written by the claims engineer of the twenty-ninth session from the printed sentences, before
anything of newsprism or a peer ran on them, committed before the first run: 119 figures.
Choices where the docs are silent (invented examples of the shapes met): "one X" that a sentence
sets against many ("one central server holds it", "for one employer instead of clients") is a
count, a "one" that only picks ("one of the best", "the right one") is none; "a score of N" with
no unit of its own is N with no unit; "N minutes to M hours" is two figures (as wcxbdev's "five
minutes to one hour"); "in their early forties" is 40–49 ``year of age`` with the change ``~``;
"several hundred X" is 100–1000 ``X``; a count the next words spell out ("two things: my voice
and a system") is a figure; "an annual growth rate of N%" is ``percentage per year``, a CAGR with
no period written ``percentage``; "a merge of two tables" counts the tables; "these N" standing
for a list is none.
Scored: before (base 489dd44) 87.0 / 81.2 / 84.5 value / +unit / +change, after (dface5a)
the same; quantulum3 57.1 / 39.5, Recognizers-Text 53.9 / 15.6 in the same runs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims_wcxbtest28_select as wcxbtest28  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wcxbtest26_select import draw  # noqa: E402
from claims_wcxbtest27_select import LABELS as WCXBTEST27_LABELS  # noqa: E402
from claims_wcxbtest27_select import _key  # noqa: E402
from claims_wcxbtest28_select import LABELS as WCXBTEST28_LABELS  # noqa: E402
from claims_wcxbtest28_select import continued  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "wcxbtest29_numbers.jsonl"
#: the parts whose sites this part leaves out
EARLIER = (WCXBTEST27_LABELS, WCXBTEST28_LABELS)


def pages() -> dict[str, str]:
    """``<split>/<file_id>`` -> main content of the pages of ``wcxbtest27``'s pool after the last
    page ``wcxbtest28`` drew, on a site neither part drew from; empty when the data is absent."""
    return continued(WCXBTEST28_LABELS, EARLIER)


def select() -> list[dict[str, Any]]:
    return draw(pages(), _key)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<split>/<file_id>``) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    wcxbtest28.main(WCXBTEST28_LABELS, EARLIER, ("wcxbtest28", "wcxbtest27 and wcxbtest28"))


if __name__ == "__main__":
    main()
