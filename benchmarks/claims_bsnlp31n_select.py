"""Which sentences of the BSNLP Russian raw documents ``benchmarks/data/bsnlp31n_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_BSNLP=... python benchmarks/claims_bsnlp31n_select.py [--pool]

The held-out Russian figures part of issue 13's thirty-first session, ``bsnlp31n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was read;
this docstring repeats it): ``bsnlp30n``'s pool and order continued — the BSNLP 2019/2021 Russian
raw documents of the same clone (``$NEWSPRISM_FRESH_BSNLP``), the same header rule
(``quotes_nerel.bsnlp_document``), texts of any length and **no cue-word test**, a document whose
first 80 characters (spaces collapsed) equal an earlier one's left out, in the order of the SHA-1
of ``bsnlp30n/<topic>/<file name>`` (``claims_bsnlp30n_select.pool``) — starting after the last
document ``bsnlp30n`` drew (the last row of its label file), leaving out every document that
``bsnlp30`` (``quotes_nerel.draw_bsnlp30``), ``bsnlp30n`` and ``bsnlp31``
(``quotes_nerel.draw_bsnlp31``) drew, at most three documents per website host (the URL's host
without ``www.``) counted within ``bsnlp31n`` (a document counts against its host when it gives a
sentence, as in ``bsnlp30n``); of each document the first 2 sentences that hold a digit or a
Russian number word (``claims_keysent_select``'s ``ru_sentences`` and ``RU_HAS_NUMBER``; the title
line counts as a sentence); until 150 sentences.  The drawing is ``bsnlp30n``'s own
(``claims_bsnlp30n_select.take``), imported, not copied.
Prints the standoff keys (id ``<topic>/<file name>``, start and end in the text after the header)
only; labelled by hand from the printed sentences, blind to any system's output, in the
conventions of ``bsnlp30n`` and by docs/claims.md, committed before any run (``claims_ru.py
--bsnlp31n``, scored only: its errors are never printed).  Selected and labelled by a colleague
who reads neither the code measured nor any system's output on these sentences.  Nothing of the
texts is copied into the project.

The draw: 861 documents, 800 in ``bsnlp30n``'s order, 671 after the last document it drew, 652 of
them none of ``bsnlp30``, ``bsnlp30n`` or ``bsnlp31`` drew; 150 sentences of 78 documents.
``bsnlp31``'s documents come from ``quotes_nerel.draw_bsnlp31`` as landed by its labeller.
Labels: written by hand by a colleague (the thirty-first session's label-figs) from the printed
sentences, before anything of newsprism or a peer ran on them, committed before the first run:
66 figures in 53 sentences (most of the rest hold only dates, times of day, years, ordinals,
names such as a pipeline's «-2», a web page's counters, or a time before now, «три года назад»).
Choices where the docs are silent (invented examples): «десятки X» is 10–100 ``X`` (Russian
tens, not the English "dozens"), «несколько сотен X» 100–1000 with the qualifier «несколько»,
as ``frue*n`` wrote it; «месяц или два» is 2 ``month``, as "a week or two" is in English;
«низвести до двух вариантов» and «снизить налог до 15%» are levels after a change (``down``, no
qualifier: that «до» is no bound); «только одной X» and «один укол, через три недели второй»
count 1 ``X`` with no qualifier, «ещё одна страна» does not; «мать пятерых детей» is 5
``ребёнок``; «около 50 тысяч пострадали» with no noun in its sentence has no unit; a number
alone after a date line («…, 17:43 168») is a page counter, no figure; «стопроцентный хит» is no
figure; «за два дня … лишился двух министров» keeps ``=`` for the count (a count lost is no
change of a level, as "added 31 routes" keeps ``=``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_bsnlp30n_select import LABELS as BSNLP30N_LABELS  # noqa: E402
from claims_bsnlp30n_select import pool as bsnlp30n_pool  # noqa: E402
from claims_bsnlp30n_select import take, texts  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wcxbtest28_select import drawn_ids  # noqa: E402
from quotes_nerel import draw_bsnlp30, draw_bsnlp31  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "bsnlp31n_numbers.jsonl"


def left_out() -> set[str]:
    """``<topic>/<file name>`` of every document ``bsnlp30``, ``bsnlp30n`` and ``bsnlp31`` drew."""
    attribution = {name.split("/", 1)[1] for name, _ in [*draw_bsnlp30(), *draw_bsnlp31()]}
    return attribution | set(drawn_ids(BSNLP30N_LABELS))


def pool_after(
    labels: Path, skip: Callable[[], set[str]]
) -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The documents of ``bsnlp30n``'s order after the last document the part labelled in
    ``labels`` drew, those ``skip()`` names left out, and every document by id; empty when the
    clone is absent.  Each later figures part continues the one before it this way."""
    order, docs = bsnlp30n_pool()
    if not order:
        return [], docs
    last = drawn_ids(labels)[-1]
    left = skip()
    return [d for d in order[order.index(last) + 1 :] if d not in left], docs


def pool() -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The documents this part may draw, in ``bsnlp30n``'s order after the last document it drew
    (the earlier parts' documents left out), and every document by id; empty when the clone is
    absent."""
    return pool_after(BSNLP30N_LABELS, left_out)


def select() -> list[dict[str, Any]]:
    order, docs = pool()
    return take(order, docs)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<topic>/<file name>``) and ``quantities``."""
    return labelled_sentences(LABELS, texts())


def run_part(
    part_pool: Callable[[], tuple[list[str], dict[str, tuple[str, str]]]],
    part_select: Callable[[], list[dict[str, Any]]],
    prev_labels: Path,
    prev_name: str,
    drawn_by: str,
) -> None:
    """What each figures part's command prints: with ``--pool``, how its pool narrows (the
    documents after the last one ``prev_name`` drew, those not ``drawn_by`` earlier parts, the
    sentences taken); else its standoff keys, one JSON line each."""
    if "--pool" in sys.argv:
        full, _ = bsnlp30n_pool()
        order, docs = part_pool()
        picked = part_select()
        after = len(full) - full.index(drawn_ids(prev_labels)[-1]) - 1
        print(
            f"pool: {len(docs)} documents; {len(full)} in bsnlp30n's order; {after} after the last"
            f" document {prev_name} drew; {len(order)} of them not drawn by {drawn_by};"
            f" {len(picked)} sentences of {len({k['id'] for k in picked})} documents"
        )
        return
    for key in part_select():
        print(json.dumps(key))


def main() -> None:
    run_part(pool, select, BSNLP30N_LABELS, "bsnlp30n", "bsnlp30, bsnlp30n or bsnlp31")


if __name__ == "__main__":
    main()
