"""Which sentences of WCXB's test- and dev-split article pages
``benchmarks/data/wx45_numbers.jsonl`` annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wx45_select.py [--pool]

The held-out English figures part of issue 13's forty-fifth session, ``wx45`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): ``wx44``'s rule continued -- ``wcxbtest27``'s 640 article pages
(``claims_wcxbtest27_select.pages``) in its order (the SHA-1 of
``"wcxb-test27-claims:<split>/<page id>"``), taking only the pages from which one of
``wcxbtest27``-``wcxbtest32`` drew sentences (the pages of their label files), and of each its
third and fourth kept sentences (``claims_wx41_select``'s walk: the tests of
``claims_wcxbtest26_select.draw`` with ``skip=2``; a page with fewer gives what it has) --
starting after the last page ``wx44`` read (the last page of ``wx44``'s walk), until 200
sentences (fewer if the pool ends).
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set wx45 --part fresh45``, scored only: its errors are never
printed).  Selected and labelled by a colleague who reads neither the code measured nor any
system's output on these sentences.  Nothing of the texts is copied into the project.

Readings of the rule made here: the walk is ``wx41``'s with its pages cut at the last page
``wx44`` read (``claims_wx41_select.pages_after`` / ``select_after``, as ``wx42``-``wx44`` cut it
at the previous part's last page); the draw's test of a page repeating an earlier page's text
starts again with the cut pool, as in ``wx42``-``wx44``.  ``claims_wx41_select``-
``claims_wx44_select`` are unchanged (their keys and ``wcxbtest26``-``wcxbtest32``'s
byte-identical).

The draw: of the 594 pages, 141 come after the last page ``wx44`` read; the walk reaches 200
sentences of 102 pages.  Labels: written by hand by a colleague (the forty-fifth session's
label-figs) from the printed sentences, before anything of newsprism or a peer ran on them,
committed before the first run: 159 figures in 112 sentences (88 sentences hold no figure).  The
labeller's choices where the docs are silent are kept outside the project until the part is
scored "after", and are recorded then in ``benchmarks/heldout.md`` (forty-fifth session).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_l3s33_select import print_keys  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wx41_select import pages as wx41_pages  # noqa: E402
from claims_wx41_select import pages_after, select_after  # noqa: E402
from claims_wx44_select import pages as wx44_pages  # noqa: E402
from claims_wx44_select import select as wx44_select  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "wx45_numbers.jsonl"


def pages() -> dict[str, str]:
    """``<split>/<file_id>`` -> main content of ``wx41``'s pool pages after the last one ``wx44``
    read; empty when the data is absent."""
    return pages_after(wx44_select)


def select() -> list[dict[str, Any]]:
    return select_after(wx44_select)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<split>/<file_id>``) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    if "--pool" in sys.argv:
        keys = select()
        print(
            f"pool: {len(wx41_pages())} pages of wx41's pool; {len(wx44_pages())} after the last"
            f" page wx43 read; {len(pages())} after the last page wx44 read; {len(keys)} sentences"
            f" of {len({k['id'] for k in keys})} pages"
        )
        return
    print_keys(select())


if __name__ == "__main__":
    main()
