"""Which sentences of factRuEval-2016's texts ``benchmarks/data/frue26n_numbers.jsonl`` annotates,
and the loader that rebuilds them.

    NEWSPRISM_FRESH_FACTRUEVAL=... python benchmarks/claims_frue26n_select.py [--pool]

The held-out Russian figures part of issue 13's twenty-sixth session, ``frue26n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was read;
this docstring repeats it).  A new source: factRuEval-2016 (``$NEWSPRISM_FRESH_FACTRUEVAL``, a clone
of dialogue-evaluation/factRuEval-2016 at dfe9623, MIT; Russian news and analysis texts):
- the ``devset/book_N.txt`` and ``testset/book_N.txt`` texts (read as UTF-8, universal newlines);
- leaving out any text whose first 80 characters (whitespace runs collapsed to one space) occur in
  a NEREL text (the shared set ``ru-news-nerel`` or NEREL v1.1 under ``$NEWSPRISM_FRESH_NEREL``,
  whitespace collapsed the same way) — the Russian attribution part ``frue26`` uses the same test;
- texts in the order of the SHA-1 of ``"frue26n:<folder>/book_N"``;
- each text split into sentences and tested by ``claims_keysent_select``'s Russian rule
  (``ru_sentences``, ``RU_HAS_NUMBER``: a digit or a number word); the first 2 such sentences of
  each text, until 150 sentences (the last text's second sentence is left out if it would make 151).
Prints the standoff keys (id ``<folder>/book_N``, start, end) only; labelled by hand from the
printed sentences, blind to any system's output, in ``rbc3_numbers.jsonl``'s convention and by
docs/claims.md, committed before any run (``claims_ru.py --frue26n``, scored only: its errors are
never printed).  Nothing of the texts is copied into the project.

The draw: 253 of the 255 texts pass the NEREL test (NEREL holds two of them);
150 sentences of 78 texts (a few texts open with their headline and repeat it, so a few pairs
of sentences are one sentence twice).  Labels: written by the claims engineer of the twenty-sixth
session from the printed sentences, before anything ran on them, committed before the first run:
97 figures; "N лет назад" is left out as in ``rbc3`` (no ``ago`` figures).  Choices where the docs
are silent (invented examples): «на N больше, чем» is N of the same unit with the change ``up``;
«2 года и 3 месяца» is two figures; «N-летний юбилей» is an age (``years old``, as docs/claims.md
reads «юбилей»), «N-летняя история» of a thing a duration; «лет двадцати» (the number after
its noun) is 20 ``year`` with the change ``~``; «многих десятков метров» is 10–100 ``m``; a
compound adjective of time («трёхдневный форум») is a duration; «таковых оказалось N» of people
counts ``people``; «ежегодно приезжают N гостей» is the verb's frequency, no rate.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_keysent_select import RU_HAS_NUMBER, ru_sentences  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_TEXT = 2
WANT = 150
HEAD = 80
FOLDERS = ("devset", "testset")
LABELS = ROOT / "benchmarks" / "data" / "frue26n_numbers.jsonl"


def _collapsed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _nerel_text() -> str:
    """Every NEREL text of the shared set and of v1.1, whitespace collapsed, joined."""
    roots = [datasets_dir() / "ru-news-nerel"]
    fresh = os.environ.get("NEWSPRISM_FRESH_NEREL")
    if fresh:
        roots.append(Path(fresh) / "NEREL-v1.1")
    parts = [
        _collapsed(p.read_text("utf-8", errors="replace"))
        for root in roots
        if root.is_dir()
        for p in sorted(root.rglob("*.txt"))
    ]
    return "\n".join(parts)


def texts() -> dict[str, str]:
    """``<folder>/book_N`` -> text of every factRuEval text NEREL does not hold; empty when the
    data is absent."""
    folder = os.environ.get("NEWSPRISM_FRESH_FACTRUEVAL")
    if not folder or not Path(folder).is_dir():
        return {}
    nerel = _nerel_text()
    out: dict[str, str] = {}
    for sub in FOLDERS:
        for path in sorted((Path(folder) / sub).glob("book_*.txt")):
            text = path.read_text("utf-8")
            head = _collapsed(text)[:HEAD]
            if head and head in nerel:
                continue
            out[f"{sub}/{path.stem}"] = text
    return out


def _key(text_id: str) -> str:
    return hashlib.sha1(f"frue26n:{text_id}".encode()).hexdigest()


def select() -> list[dict[str, Any]]:
    pool = texts()
    out: list[dict[str, Any]] = []
    for text_id in sorted(pool, key=_key):
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
        print(f"pool: {len(texts())} texts")
        return
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
