"""Which sentences of the BSNLP Russian raw documents ``benchmarks/data/bsnlp34n_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_BSNLP=... python benchmarks/claims_bsnlp34n_select.py [--pool]

The held-out Russian figures part of issue 13's thirty-fourth session, ``bsnlp34n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was read;
this docstring repeats it): ``bsnlp33n``'s pool and order continued — the BSNLP Russian raw
documents of the same clone (``$NEWSPRISM_FRESH_BSNLP``), the same header rule, texts of any length
and no cue-word test, repeated openings left out, in ``bsnlp30n``'s order
(``claims_bsnlp30n_select.pool``) — starting after the last document ``bsnlp33n`` drew (the last
row of its label file, ``claims_bsnlp31n_select.pool_after``), leaving out every document that
``bsnlp30``-``bsnlp33`` and ``bsnlp30n``-``bsnlp32n`` drew and both readings of the last 150
documents of ``bsnlp30``'s order (``claims_bsnlp33n_select.left_out``) and every document
``bsnlp33n`` drew, at most three documents per website host counted within ``bsnlp34n``; of each
document the first 2 sentences that hold a digit or a Russian number word (the title line counts
as a sentence); until 150 sentences (fewer if the pool ends).  The drawing is ``bsnlp30n``'s own
(``claims_bsnlp30n_select.take``), imported, not copied.
Prints the standoff keys (id ``<topic>/<file name>``, start and end in the text after the header)
only; labelled by hand from the printed sentences, blind to any system's output, in the
conventions of ``bsnlp33n`` and by docs/claims.md, committed before any run (``claims_ru.py
--bsnlp34n``, scored only: its errors are never printed).  Selected and labelled by a colleague
who reads neither the code measured nor any system's output on these sentences.  Nothing of the
texts is copied into the project.

The draw: 861 documents, 800 in ``bsnlp30n``'s order, 59 after the last document ``bsnlp33n``
drew, 33 of them none of ``bsnlp30``-``bsnlp33`` or ``bsnlp30n``-``bsnlp33n`` drew and in neither
reading's last 150 of ``bsnlp30``'s order; the pool ends there: 42 sentences of 22 documents of
17 hosts (10 documents left by the three-per-host limit, one without a sentence holding a
number), not 150.
Labels: written by hand by a colleague (the thirty-fourth session's label-figs) from the printed
sentences, before anything of newsprism or a peer ran on them, committed before the first run:
16 figures in 13 sentences.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_bsnlp30n_select import take, texts  # noqa: E402
from claims_bsnlp31n_select import pool_after, run_part  # noqa: E402
from claims_bsnlp33n_select import LABELS as BSNLP33N_LABELS  # noqa: E402
from claims_bsnlp33n_select import left_out as bsnlp33n_left_out  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wcxbtest28_select import drawn_ids  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "bsnlp34n_numbers.jsonl"


def left_out() -> set[str]:
    """``<topic>/<file name>`` of every document ``bsnlp30``-``bsnlp33`` and
    ``bsnlp30n``-``bsnlp33n`` drew, and of both readings of the last 150 of ``bsnlp30``'s
    order."""
    return bsnlp33n_left_out() | set(drawn_ids(BSNLP33N_LABELS))


def pool() -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The documents this part may draw, in ``bsnlp30n``'s order after the last document
    ``bsnlp33n`` drew (the earlier parts' documents left out), and every document by id; empty
    when the clone is absent."""
    return pool_after(BSNLP33N_LABELS, left_out)


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
        BSNLP33N_LABELS,
        "bsnlp33n",
        "bsnlp30-bsnlp33 or bsnlp30n-bsnlp33n nor among either reading's last 150 of bsnlp30's order",
    )


if __name__ == "__main__":
    main()
