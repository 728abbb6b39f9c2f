"""Which sentences of htmltotext-benchmark's hand-cut English texts (and, after them, of fundus's
English pages) ``benchmarks/data/htt38_numbers.jsonl`` annotates, and the loader that rebuilds
them.

    NEWSPRISM_FRESH_HTMLTOTEXT=... NEWSPRISM_FRESH_FUNDUS=... python benchmarks/claims_htt38_select.py

The held-out English figures part of issue 13's thirty-eighth session, ``htt38`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): htmltotext-benchmark's English pages whose kind is ``news``,
``blog`` or ``tech`` (the names the extraction rule of round 15 keeps), text = the hand-cut text
file as the extraction set reads it (``extraction_sets``: UTF-8, bytes that are not UTF-8
replaced, lines stripped, blank lines dropped, at least eight tokens), in the order of the SHA-1
of ``"htmltotext38-claims:<name>"``; the sentence, number-word and 20-400 character tests of
``claims_np2014_select.two_a_page``; a page's first two kept sentences; until 200 sentences.  If
that pool ends first, the part goes on in fundus's English pages
(``claims_fundus_select.fundus_texts``), in the order of the SHA-1 of
``"fundus38-claims:<file>/<key>"``, taking from each page the two kept sentences after the
``PER_PAGE`` (4) number-bearing sentences the seventh round's part took, until 200.
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set htt38 --part fresh38``, scored only: its errors are never
printed).  Selected and labelled by a colleague who reads neither the code measured nor any
system's output on these sentences.  Nothing of the texts is copied into the project.

Readings of the rule made here: ``<name>`` is the file's name without its extension (``NAME`` of
``en/text/NAME.txt``), and a page's id in the keys is ``en/NAME`` as the extraction set names it;
a fundus page's id is ``<file>/<key>`` (``<country>/<Publisher>.json/<parser version>``).  The
seventh round's ``PER_PAGE`` sentences are the page's first four sentences that hold a digit or a
number word, of any length (its selector had no length test); "kept" is ``two_a_page``'s test
(20-400 characters and a number).  A page whose text repeats an earlier page's of the walk (the
htmltotext pages first) is skipped, as ``two_a_page`` skips it.

The draw: htmltotext holds 12 English pages of a kept kind (7 ``blog``, 5 ``news``, no ``tech``;
``news-tech-...`` is a ``news`` page), each giving two kept sentences: the pool ends at 24.  The
part goes on in fundus's 84 English pages (the seventh round's rows are each page's first four
number-bearing sentences, checked against its label file: all 83 of its pages agree); 76 of them
give kept sentences after those four: 151 sentences, and that pool ends too.  175 sentences of 88
pages, short of 200; both pools are drained.  Labels: written by hand by a colleague (the
thirty-eighth session's label-figs) from the printed sentences, before anything of newsprism or a
peer ran on them, committed before the first run: 133 figures in 98 sentences (77 sentences hold
no figure); the htmltotext rows 11 figures in 8 of their 24 sentences.
The labeller's choices where the docs are silent are kept outside the project until the part is
scored "after", and are recorded then in ``benchmarks/heldout.md`` (thirty-eighth session).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_fundus_select import PER_PAGE, fundus_texts  # noqa: E402
from claims_l3s33_select import print_keys  # noqa: E402
from claims_np2014_select import HAS_NUMBER, labelled_sentences, sentences, two_a_page  # noqa: E402
from extraction_sets import _MIN_GOLD_TOKENS, _TOKEN, htmltotext_candidates  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "htt38_numbers.jsonl"
KINDS = ("news", "blog", "tech")
WANT = 200
PER_ARTICLE = 2
SHORTEST = 20
LONGEST = 400


def htmltotext_texts() -> dict[str, str]:
    """``en/NAME`` -> the hand-cut text of every English htmltotext page of a kept kind, as the
    extraction set reads it; empty when the data is absent."""
    out: dict[str, str] = {}
    for page_id, _page, gold_file in htmltotext_candidates():
        language, name = page_id.split("/", 1)
        if language != "en" or name.split("-")[0] not in KINDS:
            continue
        raw = gold_file.read_bytes().decode("utf-8", errors="replace")
        gold = "\n".join(line.strip() for line in raw.splitlines() if line.strip())
        if len(_TOKEN.findall(gold)) < _MIN_GOLD_TOKENS:
            continue
        out[page_id] = gold
    return out


def _htt_key(page_id: str) -> str:
    return hashlib.sha1(f"htmltotext38-claims:{page_id.split('/', 1)[1]}".encode()).hexdigest()


def _fundus_key(page_id: str) -> str:
    return hashlib.sha1(f"fundus38-claims:{page_id}".encode()).hexdigest()


def fundus_pages() -> dict[str, str]:
    """``<file>/<key>`` -> the text of every English fundus page; empty when absent."""
    folder = os.environ.get("NEWSPRISM_FRESH_FUNDUS")
    if not folder:
        return {}
    return {f"{name}/{key}": text for name, key, text in fundus_texts(Path(folder))}


def _fundus_rows(texts: dict[str, str], seen: set[str], want: int) -> list[dict[str, Any]]:
    """The fundus continuation: each page's two kept sentences after its first ``PER_PAGE``
    number-bearing ones (the seventh round's), pages in the order of :func:`_fundus_key`."""
    out: list[dict[str, Any]] = []
    for page_id in sorted(texts, key=_fundus_key):
        if len(out) >= want:
            break
        text = texts[page_id]
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if not text.strip() or digest in seen:
            continue
        seen.add(digest)
        bearing = [(a, b) for a, b in sentences(text) if HAS_NUMBER.search(text[a:b])]
        kept = [(a, b) for a, b in bearing[PER_PAGE:] if SHORTEST <= b - a <= LONGEST]
        for a, b in kept[:PER_ARTICLE]:
            if len(out) < want:
                out.append({"id": page_id, "start": a, "end": b})
    return out


def select() -> list[dict[str, Any]]:
    """The standoff keys of the part: the htmltotext draw, then fundus's until ``WANT``."""
    htt = htmltotext_texts()
    rows = two_a_page(
        htt, _htt_key, per_page=PER_ARTICLE, shortest=SHORTEST, longest=LONGEST, want=WANT
    )
    if len(rows) < WANT:
        seen = {hashlib.sha1(t.encode("utf-8")).hexdigest() for t in htt.values() if t.strip()}
        rows += _fundus_rows(fundus_pages(), seen, WANT - len(rows))
    return rows


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the page id) and ``quantities``."""
    htt = htmltotext_texts()
    fundus = fundus_pages()
    if not htt or not fundus:
        # the part's later rows are fundus's: without both sets it is not there
        return []
    return labelled_sentences(LABELS, {**htt, **fundus})


if __name__ == "__main__":
    print_keys(select())
