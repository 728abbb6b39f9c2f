"""Which sentences of WCXB's test- and dev-split article pages ``benchmarks/data/wcxbtest28_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wcxbtest28_select.py [--pool]

The held-out English figures part of issue 13's twenty-eighth session, ``wcxbtest28`` (the rule
is ``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): ``wcxbtest27``'s pool and order continued — its 640 article
pages (``claims_wcxbtest27_select.pages``: WCXB's ``test`` and ``dev`` splits, the sites of the
earlier WCXB parts left out) in the order of the SHA-1 of ``"wcxb-test27-claims:<split>/<page
id>"``, starting after the last page ``wcxbtest27`` drew (the last row of its label file),
leaving out every site (host, ``www.`` dropped) that ``wcxbtest27`` drew a page from; a page's
first two kept sentences (``claims_wcxbdev_select``'s sentence test, as ``wcxbtest27`` applies
it); until 200 sentences (fewer if the pool ends).
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set wcxbtest28 --part fresh28``, scored only: its errors are never
printed).  Nothing of the texts is copied into the project.

The draw: of ``wcxbtest27``'s 640 pages, 529 come after the last page it drew, 525 of them on
sites it drew none from (103 sites left out); 200 sentences of 102 pages.  Labels: written by the
claims engineer of the twenty-eighth session from the printed sentences, before anything of
newsprism or a peer ran on them, committed before the first run: 113 figures.  Choices where the
docs are silent (invented examples of the shapes met): "an hourly rate of $X-$Y" is a rate
(``dollar per hour``); "N+ X" is N with the change ``>``; "within N days" keeps ``=``; "X%, up
from Y%" gives both levels the change ``up``; "N or fewer" with no noun is N ``-`` ``<``; a
heading's "first N months" is a figure, as "the first N <time>" is in prose; "run it once" is a
count of times.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wcxbdev_select import _rows, _site  # noqa: E402
from claims_wcxbtest26_select import draw  # noqa: E402
from claims_wcxbtest27_select import LABELS as WCXBTEST27_LABELS  # noqa: E402
from claims_wcxbtest27_select import _key  # noqa: E402
from claims_wcxbtest27_select import pages as wcxbtest27_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "wcxbtest28_numbers.jsonl"


def drawn_ids(labels: Path = WCXBTEST27_LABELS) -> list[str]:
    """The page ids the part labelled in ``labels`` drew, in the order of its label file."""
    rows = [json.loads(line) for line in labels.read_text("utf-8").splitlines() if line]
    return list(dict.fromkeys(str(r["id"]) for r in rows))


def drawn_sites(*labels: Path) -> set[str]:
    """The sites (host, ``www.`` dropped) the parts labelled in ``labels`` drew a page from
    (``wcxbtest27``'s when none is named)."""
    drawn = {p for path in labels or (WCXBTEST27_LABELS,) for p in drawn_ids(path)}
    urls = _urls()
    return {_site(urls[p]) for p in drawn if p in urls}


def _urls() -> dict[str, str]:
    return {
        f"{split}/{r.get('file_id')}": str(r.get("url") or "")
        for split in ("test", "dev")
        for r in _rows(split)
    }


def continued(after: Path, skip: tuple[Path, ...]) -> dict[str, str]:
    """``<split>/<file_id>`` -> main content of the pages of ``wcxbtest27``'s pool that come, in
    its order, after the last page the part labelled in ``after`` drew, on a site none of the
    parts labelled in ``skip`` drew from; empty when the data is absent.  ``wcxbtest29``
    continues this part with its own labels as ``after``."""
    pool = wcxbtest27_pages()
    if not pool:
        return {}
    order = sorted(pool, key=_key)
    last = drawn_ids(after)[-1]
    left_out = drawn_sites(*skip)
    urls = _urls()
    rest = order[order.index(last) + 1 :]
    return {p: pool[p] for p in rest if _site(urls.get(p, "")) not in left_out}


def pages() -> dict[str, str]:
    """The pages of ``wcxbtest27``'s pool after the last page it drew, on a site it drew none
    from."""
    return continued(WCXBTEST27_LABELS, (WCXBTEST27_LABELS,))


def select() -> list[dict[str, Any]]:
    return draw(pages(), _key)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<split>/<file_id>``) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main(
    after: Path = WCXBTEST27_LABELS,
    skip: tuple[Path, ...] = (WCXBTEST27_LABELS,),
    names: tuple[str, str] = ("wcxbtest27", "wcxbtest27"),
) -> None:
    """Print the pool's sizes (``--pool``) or the drawn keys of the part that continues the one
    labelled in ``after``, leaving out the sites of ``skip``; ``names`` are the continued part's
    and the skipped parts' names (``wcxbtest29`` calls this with its own)."""
    pages_ = continued(after, skip)
    if "--pool" in sys.argv:
        pool = wcxbtest27_pages()
        order = sorted(pool, key=_key)
        left = len(order) - order.index(drawn_ids(after)[-1]) - 1
        print(
            f"pool: {len(pool)} article pages; {left} after the last page {names[0]} drew;"
            f" {len(pages_)} of them on sites {names[1]} drew none from"
            f" ({len(drawn_sites(*skip))} sites left out)"
        )
        return
    for key in draw(pages_, _key):
        print(json.dumps(key))


if __name__ == "__main__":
    main()
