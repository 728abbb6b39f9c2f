"""Which sentences of WCXB's test- and dev-split article pages ``benchmarks/data/wcxbtest32_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wcxbtest32_select.py [--pool]

The held-out English figures part of issue 13's thirty-second session, ``wcxbtest32`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): ``wcxbtest31``'s rule and order continued — ``wcxbtest27``'s 640
article pages (``claims_wcxbtest27_select.pages``) in its order (the SHA-1 of
``"wcxb-test27-claims:<split>/<page id>"``), starting after the last page ``wcxbtest31`` drew (the
last row of its label file), leaving out every site (host, ``www.`` dropped) that ``wcxbtest27``,
``wcxbtest28``, ``wcxbtest29``, ``wcxbtest30`` or ``wcxbtest31`` drew a page from; a page's first
two kept sentences (``claims_wcxbtest26_select.draw``); until 200 sentences — the pool holds fewer
than 100 pages after ``wcxbtest31``, so the part is smaller.
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set wcxbtest32 --part fresh32``, scored only: its errors are never
printed).  Selected and labelled by a colleague who reads neither the code measured nor any
system's output on these sentences.  Nothing of the texts is copied into the project.

The draw: of ``wcxbtest27``'s 640 pages, 87 come after the last page ``wcxbtest31`` drew, 86 of
them on sites none of the five parts drew from (511 sites left out); the pool ended: 165
sentences of 83 pages.  Labels: written by hand by a colleague (the thirty-second session's
label-figs) from the printed sentences, before anything of newsprism or a peer ran on them,
committed before the first run: 116 figures in 92 sentences.
Choices where the docs are silent or the earlier labels split (invented examples of the shapes
met): a price "starting at $N" or "from $N" keeps ``=``, as the earlier WCXB labels write "from
$N"; "N% faster than" is ``up`` (as "N degrees warmer than"), a speed-up "by Nx" N ``count`` ``up``
(as "50 times faster"), "twice as much X as" 2 ``count`` ``=``; "scores of X" is 20-200 ``X``, as
"dozens" is 12-120; a colloquial "like… N X" is ``~``; the ends of a rating scale ("rated from one
to ten") are one range with no unit, "a score of N out of M" with no noun N and M with no unit;
"only one of it" is 1 with no unit; a digit zero with its noun ("needs 0 effort") counts; a size or
class that names a kind ("an 8-bit console", "a 5GHz band") is none, as "35mm film" was, but a
device's rated output ("a 40-watt bulb") counts; "from N years old through their Mth birthday"
gives N ``year of age`` and no figure for the ordinal; a sentence the page repeats is labelled
twice, alike.
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
from claims_wcxbtest31_select import EARLIER as WCXBTEST31_EARLIER  # noqa: E402
from claims_wcxbtest31_select import LABELS as WCXBTEST31_LABELS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "wcxbtest32_numbers.jsonl"
#: the parts whose sites this part leaves out
EARLIER = (*WCXBTEST31_EARLIER, WCXBTEST31_LABELS)


def pages() -> dict[str, str]:
    """``<split>/<file_id>`` -> main content of the pages of ``wcxbtest27``'s pool after the last
    page ``wcxbtest31`` drew, on a site none of ``wcxbtest27``-``wcxbtest31`` drew from; empty when
    the data is absent."""
    return continued(WCXBTEST31_LABELS, EARLIER)


def select() -> list[dict[str, Any]]:
    return draw(pages(), _key)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<split>/<file_id>``) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    wcxbtest28.main(
        WCXBTEST31_LABELS,
        EARLIER,
        ("wcxbtest31", "wcxbtest27, wcxbtest28, wcxbtest29, wcxbtest30 and wcxbtest31"),
    )


if __name__ == "__main__":
    main()
