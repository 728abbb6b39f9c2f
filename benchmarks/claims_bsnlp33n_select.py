"""Which sentences of the BSNLP Russian raw documents ``benchmarks/data/bsnlp33n_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_BSNLP=... python benchmarks/claims_bsnlp33n_select.py [--pool]

The held-out Russian figures part of issue 13's thirty-third session, ``bsnlp33n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was read;
this docstring repeats it): ``bsnlp32n``'s pool and order continued — the BSNLP Russian raw
documents of the same clone (``$NEWSPRISM_FRESH_BSNLP``), the same header rule, texts of any length
and no cue-word test, repeated openings left out, in ``bsnlp30n``'s order
(``claims_bsnlp30n_select.pool``) — starting after the last document ``bsnlp32n`` drew (the last
row of its label file), leaving out every document that ``bsnlp30``-``bsnlp32`` and
``bsnlp30n``-``bsnlp31n`` (``claims_bsnlp32n_select.left_out``), ``bsnlp32n`` and ``bsnlp33``
(``quotes_nerel.draw_bsnlp33``) drew and both readings of the last 150 documents of ``bsnlp30``'s
order (``quotes_nerel.bsnlp30_tail``, ``quotes_nerel.bsnlp30_tail_read2``), at most three
documents per website host counted within ``bsnlp33n``; of each document the first 2 sentences
that hold a digit or a Russian number word (the title line counts as a sentence); until 150
sentences.  The drawing is ``bsnlp30n``'s own (``claims_bsnlp30n_select.take``), imported, not
copied.
Prints the standoff keys (id ``<topic>/<file name>``, start and end in the text after the header)
only; labelled by hand from the printed sentences, blind to any system's output, in the
conventions of ``bsnlp32n`` and by docs/claims.md, committed before any run (``claims_ru.py
--bsnlp33n``, scored only: its errors are never printed).  Selected and labelled by a colleague
who reads neither the code measured nor any system's output on these sentences.  Nothing of the
texts is copied into the project.

The draw: 861 documents, 800 in ``bsnlp30n``'s order, 335 after the last document ``bsnlp32n``
drew, 211 of them none of ``bsnlp30``-``bsnlp33`` or ``bsnlp30n``-``bsnlp32n`` drew and in neither
reading's last 150 of ``bsnlp30``'s order; 150 sentences of 80 documents of 48 hosts.
``bsnlp33``'s documents come from ``quotes_nerel.draw_bsnlp33`` as landed by its labeller.
Labels: written by hand by a colleague (the thirty-third session's label-figs) from the printed
sentences, before anything of newsprism or a peer ran on them, committed before the first run:
85 figures in 69 sentences.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_bsnlp30n_select import take, texts  # noqa: E402
from claims_bsnlp31n_select import pool_after, run_part  # noqa: E402
from claims_bsnlp32n_select import LABELS as BSNLP32N_LABELS  # noqa: E402
from claims_bsnlp32n_select import left_out as bsnlp32n_left_out  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wcxbtest28_select import drawn_ids  # noqa: E402
from quotes_nerel import bsnlp30_tail_read2, draw_bsnlp33  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "bsnlp33n_numbers.jsonl"


def left_out() -> set[str]:
    """``<topic>/<file name>`` of every document ``bsnlp30``-``bsnlp33`` and
    ``bsnlp30n``-``bsnlp32n`` drew, and of both readings of the last 150 of ``bsnlp30``'s
    order."""
    bsnlp33 = {name.split("/", 1)[1] for name, _ in draw_bsnlp33()}
    return (
        bsnlp32n_left_out() | set(drawn_ids(BSNLP32N_LABELS)) | bsnlp33 | set(bsnlp30_tail_read2())
    )


def pool() -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The documents this part may draw, in ``bsnlp30n``'s order after the last document
    ``bsnlp32n`` drew (the earlier parts' documents left out), and every document by id; empty
    when the clone is absent."""
    return pool_after(BSNLP32N_LABELS, left_out)


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
        BSNLP32N_LABELS,
        "bsnlp32n",
        "bsnlp30-bsnlp33 or bsnlp30n-bsnlp32n nor among either reading's last 150 of bsnlp30's order",
    )


if __name__ == "__main__":
    main()
