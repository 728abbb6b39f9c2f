"""Which sentences of trafilatura's evaluation pages ``benchmarks/data/trafeval_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_TRAFEVAL=... python benchmarks/claims_trafeval_select.py

The fresh held-out English claims part of issue 13's twenty-third session: a source no claims part
has drawn.  trafilatura's evaluation data (``$NEWSPRISM_FRESH_TRAFEVAL``: ``evaldata.json`` and the
pages under ``eval/``; ``adbar/trafilatura`` ``tests/``) holds 990 web pages of many sites — news,
blogs, magazines, institutions, in several languages — that trafilatura's authors collected to
score extraction.  The extraction capability scores its bodies (``extraction_sets.py``,
trafilatura-eval); no claims selection, benchmark or doc has drawn sentences from it.  Earlier
claims parts: PolNeAR, XSum, CNN/Daily Mail, fundus, newspaper-2014, GUM, scrapinghub, the 2020
story sets, L3S-GN1, Dragnet, WCXB, Readability/CleanPortalEval, CleanEval, Big9's news and Chaos
folders and Big9's news-search descriptions.

The page's text is read by trafilatura itself (a peer, not newsprism, so that no change of ours
moves the sentences): ``trafilatura.extract(html, include_comments=False, include_tables=False,
deduplicate=False)`` with trafilatura 2.3.1 (the version installed when the rule was written; the
loader refuses another version rather than cut wrong offsets).

The rule, written and committed before any page's text was read for numbers:
- every entry of ``evaldata.json`` whose file is under ``eval/``; a page's id is its file name;
- pages in the order of the SHA-1 of ``"trafeval-claims:<file name>"``; a page whose extracted
  text is empty or equal to one already taken is skipped;
- English only, by the Dragnet part's language test (``claims_dragnet_select.is_english``);
- only lines of the text that end a sentence (the Dragnet part's test: menus and captions out);
- the text split into sentences by the newspaper-2014 selector's rule; a sentence is kept when it
  holds a digit or a number word (the other English parts' test) and is 20 to 400 characters long;
- the first ``PER_PAGE`` (2) kept sentences of each page, pages taken until ``WANT`` (200).
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, in the fields and conventions of ``big9feed_numbers.jsonl`` and docs/claims.md,
committed before any run (``claims_en.py --set trafeval --part fresh23``, scored only: its errors
are never printed).  Nothing of the texts is copied into the project.

The draw: 200 sentences of 103 pages (the rule landed as 3275adb before any was printed).  Labels:
written by the claims engineer of the twenty-third session from the printed sentences, before
anything of newsprism or a peer ran on them, and committed before the first run: 128 figures.
Choices where the docs are silent (invented examples of the shapes met): a number word after
"the" determines ("the twelve runners", docs) but digits after "the" that tell a total are a
figure ("the 30 clinics in the region"); "N years later", "N days earlier" measure the time
between two events and are figures, unlike "N years ago"; "two or three times in a week" is a rate
of times (``count per week``); "the double amount" is 2 times; "a 13x9-inch tray" is two
figures in inches; a player's "2-for-10" shooting is a record, no figure; "into the triple
digits", "multi-million-selling" name a magnitude, no figure; "all 3 methods" of a set just named
is no figure; "two-factor authentication" names a method; a footnote digit glued to a word, a
version ("3.x", "20.10"), a list's number glued to its first word are no figures; "an audience of
millions" is unitless; "N other X" keeps "other" in the unit, as the golds do.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_dragnet_select import _sentence_lines, is_english  # noqa: E402
from claims_np2014_select import HAS_NUMBER, labelled_sentences, sentences  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_PAGE = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
TRAFILATURA = "2.3.1"
LABELS = ROOT / "benchmarks" / "data" / "trafeval_numbers.jsonl"


def _folder() -> Path | None:
    base = os.environ.get("NEWSPRISM_FRESH_TRAFEVAL")
    if not base:
        return None
    folder = Path(base)
    return folder if (folder / "evaldata.json").is_file() else None


def page_names() -> list[str]:
    folder = _folder()
    if folder is None:
        return []
    data = json.loads((folder / "evaldata.json").read_text("utf-8"))
    names = {
        entry["file"] for entry in data.values() if (folder / "eval" / entry["file"]).is_file()
    }
    return sorted(names)


@cache
def page_text(name: str) -> str:
    """The page's text as trafilatura reads it (see the module's docstring)."""
    import trafilatura

    if trafilatura.__version__ != TRAFILATURA:
        raise RuntimeError(
            f"trafeval: the part's offsets are into trafilatura {TRAFILATURA}'s text, "
            f"{trafilatura.__version__} is installed"
        )
    folder = _folder()
    assert folder is not None
    html = (folder / "eval" / name).read_bytes()
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, deduplicate=False
    )
    return text or ""


def _key(name: str) -> str:
    return hashlib.sha1(f"trafeval-claims:{name}".encode()).hexdigest()


def select() -> list[dict[str, Any]]:
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for name in sorted(page_names(), key=_key):
        if len(out) >= WANT:
            break
        text = page_text(name)
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if not text.strip() or digest in seen:
            continue
        seen.add(digest)
        if not is_english(text):
            continue
        allowed = _sentence_lines(text)
        chosen = [
            (a, b)
            for a, b in sentences(text)
            if any(la <= a and b <= lb for la, lb in allowed)
            and SHORTEST <= b - a <= LONGEST
            and HAS_NUMBER.search(text[a:b])
        ]
        for a, b in chosen[:PER_PAGE]:
            if len(out) < WANT:
                out.append({"id": name, "start": a, "end": b})
    return out


class _Texts(dict[str, str]):
    """Page texts read only for the pages the label file names."""

    def __missing__(self, name: str) -> str:
        text = page_text(name)
        self[name] = text
        return text


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the file name) and ``quantities``."""
    if _folder() is None:
        return []
    texts = _Texts()
    texts["?"] = ""  # labelled_sentences wants a non-empty mapping
    return labelled_sentences(LABELS, texts)


def main() -> None:
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
