"""Which sentences of the BSNLP Russian raw documents ``benchmarks/data/bsnlp32n_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_BSNLP=... python benchmarks/claims_bsnlp32n_select.py [--pool]

The held-out Russian figures part of issue 13's thirty-second session, ``bsnlp32n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was read;
this docstring repeats it): ``bsnlp31n``'s pool and order continued — the BSNLP Russian raw
documents of the same clone (``$NEWSPRISM_FRESH_BSNLP``), the same header rule, texts of any length
and no cue-word test, repeated openings left out, in ``bsnlp30n``'s order
(``claims_bsnlp30n_select.pool``) — starting after the last document ``bsnlp31n`` drew (the last
row of its label file), leaving out every document that ``bsnlp30``, ``bsnlp30n``, ``bsnlp31``
(``claims_bsnlp31n_select.left_out``), ``bsnlp31n`` and ``bsnlp32`` (``quotes_nerel.draw_bsnlp32``)
drew and the last 150 documents of ``bsnlp30``'s order (``quotes_nerel.bsnlp30_tail``), at most
three documents per website host counted within ``bsnlp32n``; of each document the first 2
sentences that hold a digit or a Russian number word (the title line counts as a sentence); until
150 sentences.  The drawing is ``bsnlp30n``'s own (``claims_bsnlp30n_select.take``), imported, not
copied.
Prints the standoff keys (id ``<topic>/<file name>``, start and end in the text after the header)
only; labelled by hand from the printed sentences, blind to any system's output, in the
conventions of ``bsnlp31n`` and by docs/claims.md, committed before any run (``claims_ru.py
--bsnlp32n``, scored only: its errors are never printed).  Selected and labelled by a colleague
who reads neither the code measured nor any system's output on these sentences.  Nothing of the
texts is copied into the project.

The draw: 861 documents, 800 in ``bsnlp30n``'s order, 533 after the last document ``bsnlp31n``
drew, 399 of them none of the five parts drew and not among the last 150 of ``bsnlp30``'s order;
150 sentences of 79 documents.  ``bsnlp32``'s documents come from ``quotes_nerel.draw_bsnlp32``
as landed by its labeller.  Labels: written by hand by a colleague (the thirty-second session's
label-figs) from the printed sentences, before anything of newsprism or a peer ran on them,
committed before the first run: 74 figures in 63 sentences (most of the rest hold only dates,
times of day, years, ordinals, names with a number, a time before now, or «один из»).
Choices where the docs are silent or the earlier labels split (invented examples): a level after a
change with «до» is ``up``/``down`` with no qualifier (as ``bsnlp31n``), the level after «с» keeps
``=``; «N X за Y» of two currencies is ``X/Y`` (as «рублей за доллар» is ``RUB/USD``); «на N X
больше, чем» is N X ``up`` (as "N degrees warmer than"); «преодолел отметку в N» is ``>`` with no
qualifier (as "surpass N"); «может достигать N%» keeps ``=`` (as "reach"); «до N X в сутки» is
``X/day`` with «до»; a period with no number written («продлится неделю») is none; «половина X …, а
половина Y» is two figures 0.5 with no unit, «примерно треть» 0.3333333 with no unit; two that name
the two known parts of a whole («между двумя берегами») pick, no count; «ни один X» and «ещё один
X» are none; an English line quoted in a document is labelled as English prose.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_bsnlp30n_select import take, texts  # noqa: E402
from claims_bsnlp31n_select import LABELS as BSNLP31N_LABELS  # noqa: E402
from claims_bsnlp31n_select import left_out as bsnlp31n_left_out  # noqa: E402
from claims_bsnlp31n_select import pool_after, run_part  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wcxbtest28_select import drawn_ids  # noqa: E402
from quotes_nerel import bsnlp30_tail, draw_bsnlp32  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "bsnlp32n_numbers.jsonl"


def left_out() -> set[str]:
    """``<topic>/<file name>`` of every document ``bsnlp30``, ``bsnlp30n``, ``bsnlp31``,
    ``bsnlp31n`` and ``bsnlp32`` drew, and of the last 150 of ``bsnlp30``'s order."""
    bsnlp32 = {name.split("/", 1)[1] for name, _ in draw_bsnlp32()}
    return bsnlp31n_left_out() | set(drawn_ids(BSNLP31N_LABELS)) | bsnlp32 | set(bsnlp30_tail())


def pool() -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The documents this part may draw, in ``bsnlp30n``'s order after the last document
    ``bsnlp31n`` drew (the earlier parts' documents left out), and every document by id; empty
    when the clone is absent."""
    return pool_after(BSNLP31N_LABELS, left_out)


def select() -> list[dict[str, Any]]:
    order, docs = pool()
    return take(order, docs)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<topic>/<file name>``) and ``quantities``."""
    return labelled_sentences(LABELS, texts())


def main() -> None:
    run_part(
        pool,
        select,
        BSNLP31N_LABELS,
        "bsnlp31n",
        "bsnlp30, bsnlp30n, bsnlp31, bsnlp31n or bsnlp32 nor among the last 150 of bsnlp30's order",
    )


if __name__ == "__main__":
    main()
