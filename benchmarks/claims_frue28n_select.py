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

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_frue26n_select import PER_TEXT, _key, texts  # noqa: E402
from claims_frue27n_select import LABELS as FRUE27N_LABELS  # noqa: E402
from claims_keysent_select import RU_HAS_NUMBER, ru_sentences  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WANT = 150
LABELS = ROOT / "benchmarks" / "data" / "frue28n_numbers.jsonl"


def _last_drawn() -> str:
    """The id of the last text ``frue27n`` drew (the last row of its label file)."""
    rows = [json.loads(line) for line in FRUE27N_LABELS.read_text("utf-8").splitlines() if line]
    return str(rows[-1]["id"])


def select() -> list[dict[str, Any]]:
    pool = texts()
    order = sorted(pool, key=_key)
    last = _last_drawn()
    out: list[dict[str, Any]] = []
    for text_id in order[order.index(last) + 1 :]:
        if len(out) >= WANT:
            break
        text = pool[text_id]
        chosen = [(a, b) for a, b in ru_sentences(text) if RU_HAS_NUMBER.search(text[a:b])]
        for a, b in chosen[:PER_TEXT]:
            if len(out) < WANT:
                out.append({"id": text_id, "start": a, "end": b})
    return out


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the text's id) and ``quantities``."""
    return labelled_sentences(LABELS, texts())


def main() -> None:
    if "--pool" in sys.argv:
        pool = texts()
        order = sorted(pool, key=_key)
        left = len(order) - order.index(_last_drawn()) - 1
        print(f"pool: {len(pool)} texts; {left} after the last text frue27n drew")
        return
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
