"""Which sentences of WCXB's test- and dev-split article pages
``benchmarks/data/wx41_numbers.jsonl`` annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wx41_select.py [--pool]

The held-out English figures part of issue 13's forty-first session, ``wx41`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): ``wcxbtest27``'s 640 article pages
(``claims_wcxbtest27_select.pages``) in its order (the SHA-1 of
``"wcxb-test27-claims:<split>/<page id>"``), from its start, taking only the pages from which one of
``wcxbtest27``-``wcxbtest32`` drew sentences (the pages of their label files), and of each its
third and fourth kept sentences (the tests of ``claims_wcxbtest26_select.draw``; the two after
those the earlier part took; a page with fewer gives what it has), until 200 sentences.
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set wx41 --part fresh41``, scored only: its errors are never
printed).  Selected and labelled by a colleague who reads neither the code measured nor any
system's output on these sentences.  Nothing of the texts is copied into the project.

Readings of the rule made here: "a page's third and fourth kept sentences" are ``draw``'s kept
sentences of the page after its first two (``skip=2``), whatever the earlier part took of it: a
page with three gives one, a page with two or fewer none; the draw's own tests stand (a page whose
text repeats an earlier page's of the walk is passed over).

The draw: of ``wcxbtest27``'s 640 pages, 594 hold sentences ``wcxbtest27``-``wcxbtest32`` drew;
the walk reaches 200 sentences of 103 pages.  Labels: written by hand by a colleague (the
forty-first session's label-figs) from the printed sentences, before anything of newsprism or a
peer ran on them, committed before the first run: 123 figures in 101 sentences (99 sentences hold
no figure).  The labeller's choices where the docs are silent are kept outside the project until
the part is scored "after", and are recorded then in ``benchmarks/heldout.md`` (forty-first
session).  Development data joined in session 42 (``claims_en.py --set wx41 --part dev-a`` /
``dev-b``: halves by a hash of the page; a second check that session, its errors not printed).
``wx42`` continues this walk after its last page (``pages(after=...)``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_l3s33_select import print_keys  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wcxbtest26_select import draw  # noqa: E402
from claims_wcxbtest27_select import _key  # noqa: E402
from claims_wcxbtest27_select import pages as wcxbtest27_pages  # noqa: E402
from claims_wcxbtest28_select import drawn_ids  # noqa: E402
from claims_wcxbtest32_select import EARLIER as WCXBTEST32_EARLIER  # noqa: E402
from claims_wcxbtest32_select import LABELS as WCXBTEST32_LABELS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "wx41_numbers.jsonl"
#: the parts whose pages this part walks again: wcxbtest27 to wcxbtest32
EARLIER = (*WCXBTEST32_EARLIER, WCXBTEST32_LABELS)
#: the kept sentences of a page the earlier parts took
TAKEN = 2


def pages(after: str | None = None) -> dict[str, str]:
    """``<split>/<file_id>`` -> main content of the pages of ``wcxbtest27``'s pool that one of
    ``wcxbtest27``-``wcxbtest32`` drew sentences from; empty when the data is absent.  With
    ``after`` (a page id of this pool), only the pages that come after it in ``_key``'s order:
    ``wx42`` continues this part's walk from the page after the last one it read."""
    pool = wcxbtest27_pages()
    drawn = {p for path in EARLIER for p in drawn_ids(path)}
    out = {p: t for p, t in pool.items() if p in drawn}
    if after is None or not out:
        return out
    order = sorted(out, key=_key)
    return {p: out[p] for p in order[order.index(after) + 1 :]}


def select(after: str | None = None) -> list[dict[str, Any]]:
    """The standoff keys of this part's walk (``after``: of the walk continued past that page)."""
    return draw(pages(after), _key, skip=TAKEN)


def pages_after(previous: Callable[[], list[dict[str, Any]]]) -> dict[str, str]:
    """This pool's pages after the last page the walk ``previous`` (a continuing part's
    ``select``) read; empty when the data is absent.  ``wx42``, ``wx43`` and ``wx44`` each continue
    the walk of the part before them this way."""
    keys = previous()
    return pages(after=str(keys[-1]["id"])) if keys else {}


def select_after(previous: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The standoff keys of this part's walk continued past the last page ``previous`` read."""
    keys = previous()
    return select(after=str(keys[-1]["id"])) if keys else []


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<split>/<file_id>``) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    if "--pool" in sys.argv:
        drawn = {p for path in EARLIER for p in drawn_ids(path)}
        keys = select()
        print(
            f"pool: {len(wcxbtest27_pages())} article pages; {len(pages())} of them drawn by"
            f" wcxbtest27-wcxbtest32 ({len(drawn)} pages in their label files);"
            f" {len(keys)} sentences of {len({k['id'] for k in keys})} pages"
        )
        return
    print_keys(select())


if __name__ == "__main__":
    main()
