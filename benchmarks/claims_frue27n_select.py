"""Which sentences of factRuEval-2016's texts ``benchmarks/data/frue27n_numbers.jsonl`` annotates,
and the loader that rebuilds them.

    NEWSPRISM_FRESH_FACTRUEVAL=... python benchmarks/claims_frue27n_select.py [--pool]

The held-out Russian figures part of issue 13's twenty-seventh session, ``frue27n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was read;
this docstring repeats it): ``frue26n``'s rule and order continued (``claims_frue26n_select``: the
factRuEval-2016 ``devset`` and ``testset`` texts NEREL does not hold, in the order of the SHA-1 of
``"frue26n:<folder>/book_N"``), starting with the text after the last one ``frue26n`` drew (that
text's sentences ``frue26n`` left out stay out); the first 2 sentences of each text that hold a
digit or a number word (``claims_keysent_select``'s Russian split and test), until 150 sentences
(the last text's second sentence is left out if it would make 151).
Prints the standoff keys (id ``<folder>/book_N``, start, end) only; labelled by hand from the
printed sentences, blind to any system's output, in ``frue26n``'s conventions and by
docs/claims.md, committed before any run (``claims_ru.py --frue27n``, scored only: its errors are
never printed).  Nothing of the texts is copied into the project.

The draw: 169 of the 253 texts come after the last text ``frue26n`` drew; 150 sentences of 77
texts.  Labels: written by the claims engineer of the twenty-seventh session from the printed
sentences, before anything ran on them, committed before the first run: 101 figures.  Choices
where the docs are silent (invented examples): «по две премии» counts 2 ``премия``; «N из M X»
is two figures, both of ``X``; «за N дней до события» is a duration of N ``day``; «несколько
сот X» is 100–1000 ``X``; «двум странам — A и B» (a count the list after it spells out) is a
figure, «двух стран» that only refers back is none; after a verb of change «с $X до $Y» is two
levels, both with the change ``up`` or ``down``; «на каждые 10 X приходится один Y» is two
figures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_frue26n_select import LABELS as FRUE26N_LABELS  # noqa: E402
from claims_frue26n_select import PER_TEXT, _key, texts  # noqa: E402
from claims_keysent_select import RU_HAS_NUMBER, ru_sentences  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WANT = 150
LABELS = ROOT / "benchmarks" / "data" / "frue27n_numbers.jsonl"


def last_drawn(previous: Path = FRUE26N_LABELS) -> str:
    """The id of the last text the part labelled in ``previous`` drew (its label file's last
    row): ``frue26n``'s for this part."""
    rows = [json.loads(line) for line in previous.read_text("utf-8").splitlines() if line]
    return str(rows[-1]["id"])


def select(previous: Path = FRUE26N_LABELS) -> list[dict[str, Any]]:
    """Up to :data:`WANT` sentences of the texts after the last one ``previous`` drew (in
    ``frue26n``'s order); ``frue28n`` continues with this part's labels as ``previous``."""
    pool = texts()
    order = sorted(pool, key=_key)
    last = last_drawn(previous)
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


def load(labels: Path = LABELS) -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the text's id) and ``quantities``."""
    return labelled_sentences(labels, texts())


def main(previous: Path = FRUE26N_LABELS, name: str = "frue26n") -> None:
    if "--pool" in sys.argv:
        pool = texts()
        order = sorted(pool, key=_key)
        left = len(order) - order.index(last_drawn(previous)) - 1
        print(f"pool: {len(pool)} texts; {left} after the last text {name} drew")
        return
    for key in select(previous):
        print(json.dumps(key))


if __name__ == "__main__":
    main()
