"""Which sentences of factRuEval-2016's texts ``benchmarks/data/frue29n_numbers.jsonl`` annotates,
and the loader that rebuilds them.

    NEWSPRISM_FRESH_FACTRUEVAL=... NEWSPRISM_DATASETS=... python benchmarks/claims_frue29n_select.py [--pool]

The held-out Russian figures part of issue 13's twenty-ninth session, ``frue29n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was read;
this docstring repeats it), drawn in two stages:
1. ``frue28n``'s rule and order continued (``claims_frue27n_select.select``): the texts after the
   last one ``frue28n`` drew, in ``frue26n``'s order (the SHA-1 of ``"frue26n:<folder>/book_N"``),
   their first 2 sentences that hold a digit or a number word (``claims_keysent_select``'s Russian
   split and test);
2. since those texts end after about ten, ``frue26n``'s order **from its start** again, taking of
   each text its **3rd and 4th** sentences that hold a digit or a number word (sentences no
   figures part drew), leaving out every text an attribution part ``frue26``–``frue29`` annotated:
   the first 80 texts of ``quotes_nerel.draw_frue26``'s order (``frue26`` is its 1st–20th,
   ``frue27`` the 21st–40th, ``frue28`` the 41st–60th, ``frue29`` the 61st–80th);
until 150 sentences (fewer if the texts end).  The exclusion of stage 2 is not applied to stage 1,
which continues ``frue28n``'s rule as it stood.
Prints the standoff keys (id ``<folder>/book_N``, start, end) only; labelled by hand from the
printed sentences, blind to any system's output, in the conventions of the earlier ``frue*n`` parts
and by docs/claims.md, committed before any run (``claims_ru.py --frue29n``, scored only: its
errors are never printed).  Nothing of the texts is copied into the project.

The draw: 10 texts come after the last text ``frue28n`` drew (14 sentences: some hold one
sentence with a number); stage 2 leaves 80 texts of ``frue26``–``frue29`` out (those NEREL does
not hold) and takes 136 sentences; 150 sentences of 85 texts.  Labels: written by the claims
engineer of the twenty-ninth session from the printed sentences, before anything ran on them,
committed before the first run: 102 figures.  Choices where the docs are silent (invented
examples): a hyperbole that counts («мы сто лет знакомы») is a figure, as in English; «один X»
that the sentence makes its point of («доминирует один игрок», «следит один редактор») is a
count; a chess rating after a dash is a figure with no unit (as ``frue26n``'s); «в течение часа»
with no number word is none; a currency named only by its word in a text about another country
(«фунтов» in a text on Cyprus' budget) is that country's (``CYP``); «до N G» is a bound of ``g``;
«ежедневно по N X» after a noun of the action keeps no rate (the verb's frequency).
Scored: before (base 489dd44) 82.7 / 79.1 / 82.7 value / +unit / +qualifier, after (dface5a)
the same; quantulum3 27.6 / 0.0 / 22.7, digits 31.4 / 0.6 / 26.5 in the same runs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims_frue27n_select as frue27n  # noqa: E402
from claims_frue26n_select import _key, texts  # noqa: E402
from claims_frue28n_select import LABELS as FRUE28N_LABELS  # noqa: E402
from claims_keysent_select import RU_HAS_NUMBER, ru_sentences  # noqa: E402
from quotes_nerel import draw_frue26  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "frue29n_numbers.jsonl"
#: the attribution parts frue26–frue29 are the first 80 texts of ``draw_frue26``'s order
ATTRIBUTION_TEXTS = 80
#: stage 2 takes a text's 3rd and 4th sentences that hold a number (0-based slice)
LATER = slice(2, 4)


def attribution_texts() -> set[str]:
    """``<folder>/book_N`` of every text the attribution parts ``frue26``–``frue29`` annotated."""
    drawn = draw_frue26(datasets_dir() / "ru-news-nerel", n=ATTRIBUTION_TEXTS)
    return {name.split("/", 1)[1] for name, _ in drawn[:ATTRIBUTION_TEXTS]}


def select() -> list[dict[str, Any]]:
    """Stage 1 (``frue28n`` continued), then stage 2 (``frue26n``'s order again, a text's 3rd and
    4th number-holding sentences, the attribution parts' texts left out), until 150."""
    out = frue27n.select(previous=FRUE28N_LABELS)
    pool = texts()
    skip = attribution_texts()
    for text_id in sorted(pool, key=_key):
        if len(out) >= frue27n.WANT:
            break
        if text_id in skip:
            continue
        text = pool[text_id]
        chosen = [(a, b) for a, b in ru_sentences(text) if RU_HAS_NUMBER.search(text[a:b])]
        for a, b in chosen[LATER]:
            if len(out) < frue27n.WANT:
                out.append({"id": text_id, "start": a, "end": b})
    return out


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the text's id) and ``quantities``."""
    return frue27n.load(LABELS)


def main() -> None:
    if "--pool" in sys.argv:
        pool = texts()
        order = sorted(pool, key=_key)
        left = len(order) - order.index(frue27n.last_drawn(FRUE28N_LABELS)) - 1
        stage1 = len(frue27n.select(previous=FRUE28N_LABELS))
        skip = attribution_texts()
        print(
            f"pool: {len(pool)} texts; {left} after the last text frue28n drew ({stage1}"
            f" sentences); {len(skip & set(pool))} texts of frue26-frue29 left out of stage 2"
        )
        return
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
