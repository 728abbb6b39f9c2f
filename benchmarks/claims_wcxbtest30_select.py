"""Which sentences of WCXB's test- and dev-split article pages ``benchmarks/data/wcxbtest30_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wcxbtest30_select.py [--pool]

The held-out English figures part of issue 13's thirtieth session, ``wcxbtest30`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): ``wcxbtest29``'s rule and order continued — ``wcxbtest27``'s 640
article pages (``claims_wcxbtest27_select.pages``) in its order (the SHA-1 of
``"wcxb-test27-claims:<split>/<page id>"``), starting after the last page ``wcxbtest29`` drew (the
last row of its label file), leaving out every site (host, ``www.`` dropped) that ``wcxbtest27``,
``wcxbtest28`` or ``wcxbtest29`` drew a page from; a page's first two kept sentences
(``claims_wcxbtest26_select.draw``); until 200 sentences (fewer if the pool ends).
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set wcxbtest30 --part fresh30``, scored only: its errors are never
printed).  Selected and labelled by a colleague who reads neither the code measured nor any
system's output on these sentences.  Nothing of the texts is copied into the project.

The draw: of ``wcxbtest27``'s 640 pages, 308 come after the last page ``wcxbtest29`` drew, 301
of them on sites none of the three parts drew from (307 sites left out); 200 sentences of 103
pages.  Labels: written by hand by a colleague (the thirtieth session's label-figs) from the
printed sentences, before anything of newsprism or a peer ran on them, committed before the first
run: 135 figures in 101 sentences.  Choices where the docs are silent (invented examples of the
shapes met): a change verb outranks an approximating word for the change ("lost about 8%",
"soar to roughly $3bn" -> ``down`` / ``up``; a change noun with "about" keeps ``~``); "a rate of
N X every M years" is one figure, N ``X per M year`` (as "per 1,000 people"); "one X per N
miles" the same; "a 0-to-5 storytime" is an age range 0-5 ``year of age``; "a few dozen X" is
12-120 ``X``, as "dozens"; "hundreds of X and Y" counts the first head ``X``; "N of the M we
tested" with no noun is N with no unit, the M after "the" none; "a decade since" (no number
written) is none, as "almost a month" was; a network speed's generation ("move to 100G") is
none, a camera's "50MP" and "30fps" are figures (``megapixel``, ``frame per second``); "one
other person" is 1 ``other people``; "apart from one thing" counts the thing; "a three-part
series" counts parts.
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
from claims_wcxbtest29_select import EARLIER as WCXBTEST29_EARLIER  # noqa: E402
from claims_wcxbtest29_select import LABELS as WCXBTEST29_LABELS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "wcxbtest30_numbers.jsonl"
#: the parts whose sites this part leaves out
EARLIER = (*WCXBTEST29_EARLIER, WCXBTEST29_LABELS)


def pages() -> dict[str, str]:
    """``<split>/<file_id>`` -> main content of the pages of ``wcxbtest27``'s pool after the last
    page ``wcxbtest29`` drew, on a site none of ``wcxbtest27``-``wcxbtest29`` drew from; empty when
    the data is absent."""
    return continued(WCXBTEST29_LABELS, EARLIER)


def select() -> list[dict[str, Any]]:
    return draw(pages(), _key)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<split>/<file_id>``) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    wcxbtest28.main(
        WCXBTEST29_LABELS, EARLIER, ("wcxbtest29", "wcxbtest27, wcxbtest28 and wcxbtest29")
    )


if __name__ == "__main__":
    main()
