"""Which sentences of the BSNLP Russian raw documents ``benchmarks/data/bsnlp30n_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_BSNLP=... python benchmarks/claims_bsnlp30n_select.py [--pool]

The held-out Russian figures part of issue 13's thirtieth session, ``bsnlp30n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was read;
this docstring repeats it).  factRuEval-2016's pool is used up, so a new source: the Russian raw
documents of the BSNLP shared tasks 2019/2021 (``$NEWSPRISM_FRESH_BSNLP``, a clone of
UL-FRI-Zitnik/BSNLP-2021-Shared-Task at 5163242f; ``data/datasets/bsnlp/<topic>/raw/ru/*.txt``,
861 files of many Russian-language outlets, 2018–2020):
- the pool of the attribution part ``bsnlp30`` — the same clone, the same document list and header
  rule (``quotes_nerel.bsnlp_document``: a document is its lines after the four header lines id,
  language, date, URL) — but texts of any length and with or without a cue word;
- leaving out every document ``bsnlp30`` drew (``quotes_nerel.draw_bsnlp30``) and every document
  whose first 80 characters (spaces collapsed, as ``bsnlp30`` compares them) equal those of a
  document earlier in this order (taken or not);
- documents in the order of the SHA-1 of ``bsnlp30n/<topic>/<file name>``, at most three
  documents per website host (the URL's host without ``www.``; a document counts against its host
  when it gives a sentence);
- of each document the first 2 sentences that hold a digit or a Russian number word, split and
  tested as ``frue29n`` does (``claims_keysent_select``'s ``ru_sentences`` and ``RU_HAS_NUMBER``;
  a line is at least one sentence, so the title line counts as a sentence); until 150 sentences.
Prints the standoff keys (id ``<topic>/<file name>``, start and end in the text after the header)
only; labelled by hand from the printed sentences, blind to any system's output, in the
conventions of the earlier ``frue*n`` parts and by docs/claims.md, committed before any run
(``claims_ru.py --bsnlp30n``, scored only: its errors are never printed).  Selected and labelled
by a colleague who reads neither the code measured nor any system's output on these sentences.
Nothing of the texts is copied into the project.

Where the rule is unclear: "the BSNLP pool of ``bsnlp30`` (the same clone and header rule, texts
of any length)" is read as the clone's document list and header rule without ``bsnlp30``'s
length and cue-word tests (a cue word is an attribution test); the host cap counts a document
once it gives a sentence.  The draw: 861 documents, 800 after ``bsnlp30``'s 20 and 41 repeated
openings are left out; 150 sentences of 81 documents (12 give one sentence: the rest of their
lines hold no number).  Labels: written by hand by a colleague (the thirtieth session's
label-figs) from the printed sentences, before anything of newsprism or a peer ran on them,
committed before the first run: 82 figures in 68 sentences (many sentences hold only dates,
times of day, ordinals or names such as «Северный поток-2», no figure).  Choices where the docs
are silent (invented examples): «ежедневная пеня в размере N млн долл.» is a rate ``USD/day``;
«одну или более из трёх X» is 1 X with the qualifier «или более» (``>``) and 3 X; «кубов» for
«кубометров» is ``m³``; «однодневная забастовка» and «на один день» are 1 ``day``, «сутки» with
no number word is none; a bare «всего отменено 250» with no noun in its sentence has no unit; a
scraped sentence is labelled as written («мать четырех лет» -> 4 ``year``, «наименее чем через
12 часов» keeps that qualifier); «в одной локации» that the sentence makes its point of counts,
«ни один кандидат» and «оба штаба» do not.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_keysent_select import RU_HAS_NUMBER, ru_sentences  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from quotes_nerel import _collapsed, _host, bsnlp_document, bsnlp_folder, draw_bsnlp30  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "bsnlp30n_numbers.jsonl"
PER_TEXT = 2
PER_HOST = 3
WANT = 150
HEAD = 80


def _key(text_id: str) -> str:
    return hashlib.sha1(f"bsnlp30n/{text_id}".encode()).hexdigest()


def documents() -> dict[str, tuple[str, str]]:
    """``<topic>/<file name>`` -> (URL, text after the header) of every Russian raw document of
    the clone; empty when ``$NEWSPRISM_FRESH_BSNLP`` is unset or absent."""
    folder = bsnlp_folder()
    if folder is None:
        return {}
    return {
        f"{path.parent.parent.parent.name}/{path.name}": bsnlp_document(path)
        for path in sorted(folder.glob("*/raw/ru/*.txt"))
    }


def pool() -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The documents this part may draw, in its order (``bsnlp30``'s and repeated openings left
    out), and every document by id."""
    docs = documents()
    attribution = {name.split("/", 1)[1] for name, _ in draw_bsnlp30()}
    order: list[str] = []
    openings: set[str] = set()
    for text_id in sorted(docs, key=_key):
        opening = _collapsed(docs[text_id][1])[:HEAD]
        repeated = opening in openings
        openings.add(opening)
        if not repeated and text_id not in attribution:
            order.append(text_id)
    return order, docs


def texts() -> dict[str, str]:
    """``<topic>/<file name>`` -> text after the header of every document of the clone."""
    return {text_id: text for text_id, (_, text) in documents().items()}


def select() -> list[dict[str, Any]]:
    order, docs = pool()
    return take(order, docs)


def take(order: list[str], docs: dict[str, tuple[str, str]]) -> list[dict[str, Any]]:
    """The standoff keys of the first ``PER_TEXT`` sentences holding a number of each document of
    ``order``, at most ``PER_HOST`` documents per host (counted within this draw), until ``WANT``
    sentences (``bsnlp31n`` draws its documents with this too)."""
    out: list[dict[str, Any]] = []
    per_host: dict[str, int] = defaultdict(int)
    for text_id in order:
        if len(out) >= WANT:
            break
        url, text = docs[text_id]
        host = _host(url)
        if per_host[host] >= PER_HOST:
            continue
        chosen = [(a, b) for a, b in ru_sentences(text) if RU_HAS_NUMBER.search(text[a:b])]
        if chosen:
            per_host[host] += 1
        for a, b in chosen[:PER_TEXT]:
            if len(out) < WANT:
                out.append({"id": text_id, "start": a, "end": b})
    return out


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<topic>/<file name>``) and ``quantities``."""
    return labelled_sentences(LABELS, texts())


def main() -> None:
    if "--pool" in sys.argv:
        order, docs = pool()
        picked = select()
        print(
            f"pool: {len(docs)} documents; {len(order)} after bsnlp30's and repeated openings are"
            f" left out; {len(picked)} sentences of {len({k['id'] for k in picked})} documents"
        )
        return
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
