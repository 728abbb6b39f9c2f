"""Which sentences of factRuEval-2016's texts ``benchmarks/data/frue28n_numbers.jsonl`` annotates,
and the loader that rebuilds them.

    NEWSPRISM_FRESH_FACTRUEVAL=... python benchmarks/claims_frue28n_select.py [--pool]

The held-out Russian figures part of issue 13's twenty-eighth session, ``frue28n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was read;
this docstring repeats it): ``frue27n``'s rule and order continued (``claims_frue26n_select``: the
factRuEval-2016 ``devset`` and ``testset`` texts NEREL does not hold, in the order of the SHA-1 of
``"frue26n:<folder>/book_N"``), starting with the text after the last one ``frue27n`` drew (that
text's sentences ``frue27n`` left out stay out); the first 2 sentences of each text that hold a
digit or a number word (``claims_keysent_select``'s Russian split and test), until 150 sentences
(fewer if the texts end).
Prints the standoff keys (id ``<folder>/book_N``, start, end) only; labelled by hand from the
printed sentences, blind to any system's output, in ``frue27n``'s conventions and by
docs/claims.md, committed before any run (``claims_ru.py --frue28n``, scored only: its errors are
never printed).  Nothing of the texts is copied into the project.

The draw: 89 of the 253 texts come after the last text ``frue27n`` drew; 150 sentences of 79
texts (two texts hold the same sentence, and both are kept, as the rule draws them).  Labels:
written by the claims engineer of the twenty-eighth session from the printed sentences, before
anything ran on them, committed before the first run: 105 figures.  Choices where the docs are
silent (invented examples): a bound's qualifier as written, «чуть более» included; «в два с
лишним раза выше» is 2 ``times`` with the qualifier «с лишним» and the change ``>``; «не меньше
8 млн евро, а может, и все 10» gives the second figure the first's scale and currency;
«спустя три месяца» is a duration; «сокращение числа X до N» is the level N with the change
``down``; a count the next words spell out («две выставки — A и B») is a figure.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims_frue27n_select as frue27n  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "frue28n_numbers.jsonl"


def select() -> list[dict[str, Any]]:
    """``frue27n``'s selection continued after the last text it drew."""
    return frue27n.select(previous=frue27n.LABELS)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the text's id) and ``quantities``."""
    return frue27n.load(LABELS)


def main() -> None:
    frue27n.main(previous=frue27n.LABELS, name="frue27n")


if __name__ == "__main__":
    main()
