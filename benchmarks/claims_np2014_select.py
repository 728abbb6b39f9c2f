"""Which newspaper-2014 sentences ``benchmarks/data/np2014_numbers.jsonl`` annotates.

    NEWSPRISM_FRESH_EXTRACTION=/path python benchmarks/claims_np2014_select.py [--half second]

The held-out English claims set of issue 13's fifth round: the pages whose file names sort in the
first half (the attribution benchmark reads the second for quotes only); the sixth round's fresh
held-out set (``np2014_numbers_fresh.jsonl``) the pages of the second half.  English only, each paragraph split into
sentences at a full stop, question or exclamation mark before a capital (not after a title or an
initial), and the first 12 sentences of each page that hold a digit or a number word.  Prints the
standoff keys (file, start, end) only: the annotation was written by hand from them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

NOT_ENGLISH = {
    "arabic.txt",
    "chinese.txt",
    "japanese.txt",
    "japanese2.txt",
    "spanish.txt",
    "thai.txt",
    "vogue.de1.txt",
    "vogue.de2.txt",
}
PER_PAGE = 12
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|halves|quarters?|thirds?|"
    "twice|thrice|double[sd]?|tripled?|quadrupled?|percent|per cent|single|pair|couple|score"
)
HAS_NUMBER = re.compile(r"\d|\b(" + NUMBER_WORDS + r")\b", re.IGNORECASE)
BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
# a full stop that ends an abbreviation or an initial, not a sentence
ABBREVIATION = re.compile(
    r"(\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|vs|Jan|Feb|Mar|Apr|"
    r"Aug|Sept?|Oct|Nov|Dec|Mt|Ft|[A-Z])\.|\b(?:[A-Z]\.){2,})$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        base, body, pos = para.start(), para.group(), 0
        for cut in BOUNDARY.finditer(body):
            if ABBREVIATION.search(body[pos : cut.start()]):
                continue
            spans.append((base + pos, base + cut.start()))
            pos = cut.end()
        spans.append((base + pos, base + len(body)))
    return [(a, b - (len(text[a:b]) - len(text[a:b].rstrip()))) for a, b in spans]


def two_a_page(
    texts: dict[str, str],
    order: Callable[[str], str],
    *,
    page_test: Callable[[str], bool] | None = None,
    lines: Callable[[str], list[tuple[int, int]]] | None = None,
    per_page: int = 2,
    skip: int = 0,
    shortest: int = 20,
    longest: int = 400,
    want: int = 200,
) -> list[dict[str, Any]]:
    """The selection rule of the held-out claims sets drawn from page texts (L3S-GN1, Dragnet,
    WCXB): pages in the order of ``order(page id)``, a page whose text is empty or repeats an
    earlier page's skipped, and one ``page_test`` refuses skipped; then the page's first
    ``per_page`` sentences of ``shortest``-``longest`` characters that hold a number (and lie
    inside one of the spans ``lines`` gives, when given), after its first ``skip`` such sentences
    (a later part's draw from pages an earlier part took the first sentences of), until ``want``.
    Standoff keys (``id``, ``start``, ``end``) only."""
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for page_id in sorted(texts, key=order):
        if len(out) >= want:
            break
        text = texts[page_id]
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if not text.strip() or digest in seen:
            continue
        seen.add(digest)
        if page_test is not None and not page_test(text):
            continue
        allowed = lines(text) if lines is not None else None
        chosen = [
            (a, b)
            for a, b in sentences(text)
            if (allowed is None or any(la <= a and b <= lb for la, lb in allowed))
            and shortest <= b - a <= longest
            and HAS_NUMBER.search(text[a:b])
        ]
        for a, b in chosen[skip : skip + per_page]:
            if len(out) < want:
                out.append({"id": page_id, "start": a, "end": b})
    return out


def standoff_sentences(path: Path, texts: dict[str, str]) -> list[dict[str, Any]]:
    """The annotated sentences of a standoff file (one JSON object a line: an article ``id``, a
    sentence's ``start``/``end`` in that article's text and our ``quantities``), their text cut
    from ``texts``: ``text``, ``page`` and ``quantities`` (``referred_concepts`` defaulted)."""
    out: list[dict[str, Any]] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = texts[item["id"]][item["start"] : item["end"]]
        for q in item["quantities"]:
            q.setdefault("referred_concepts", "-")
        out.append({"text": text, "page": item["id"], "quantities": item["quantities"]})
    return out


def labelled_sentences(path: Path, texts: dict[str, str]) -> list[dict[str, Any]]:
    """:func:`standoff_sentences`, or none when the texts or the label file are not there (the
    set's data is not beside the clone, or its labels are not written yet)."""
    if not texts or not path.is_file():
        return []
    return standoff_sentences(path, texts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("first", "second"), default="first")
    half = ap.parse_args().half
    folder = Path(os.environ["NEWSPRISM_FRESH_EXTRACTION"]) / "text"
    names = sorted(p.name for p in folder.iterdir())
    cut = len(names) // 2
    for name in names[:cut] if half == "first" else names[cut:]:
        if name in NOT_ENGLISH:
            continue
        text = (folder / name).read_text(encoding="utf-8")
        chosen = [(a, b) for a, b in sentences(text) if HAS_NUMBER.search(text[a:b])]
        for a, b in chosen[:PER_PAGE]:
            print(json.dumps({"file": name, "start": a, "end": b}))


if __name__ == "__main__":
    main()
