"""Which sentences of WCXB's test-split article pages ``benchmarks/data/wcxbtest26_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wcxbtest26_select.py [--pool]

The held-out English figures part of issue 13's twenty-sixth session, ``wcxbtest26`` (the rule
is ``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it):
- WCXB's 2025 ``test`` split (``$NEWSPRISM_FRESH_WCXB``), pages whose ground truth's page type
  (``_internal.page_type.primary``) is ``article``; a page's id is its ``file_id``, its text the
  ground truth's ``main_content`` (``claims_wcxb_select.pages``);
- leaving out every site (the URL's host, ``www.`` dropped) that the claims part ``wcxb``
  (seventeenth session, ``wcxb_numbers.jsonl``), the claims part ``wcxbdev`` (twenty-fourth,
  ``wcxbdev_numbers.jsonl``) or the attribution part ``wcxb25`` (twenty-fifth, the pages of
  ``fundus_speakers.jsonl`` whose part is ``wcxb25``, the skipped page included) drew a page from;
- English only, lines that end a sentence, sentences of 20 to 400 characters holding a digit or
  a number word: ``claims_wcxbdev_select``'s sentence test (``two_a_page`` with the Dragnet part's
  language and line tests);
- pages in the order of the SHA-1 of ``"wcxb-test26-claims:<file_id>"``; a page's first two kept
  sentences; until 200 sentences (fewer if the pool ends).
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set wcxbtest26 --part fresh26``, scored only: its errors are never
printed).  Nothing of the texts is copied into the project.

The draw: the pool is 140 article pages of the test split (206 sites left out); 200 sentences of
102 pages.  Labels: written by the claims engineer of the twenty-sixth session from the printed
sentences, before anything of newsprism or a peer ran on them, committed before the first run:
130 figures.  Choices where the docs are silent (invented examples of the shapes met): "N in M"
of a group is the fraction N/M with no unit, as the earlier WCXB and Chaos labels write ("one in
four voters" -> 0.25); a hyperbole that counts ("a thousand reviews will tell you") is a figure,
an idiom that does not ("a thing or two", "a million times easier", "double duty", "a ton
of homework") is none; a star class ("a five-star hotel") is no figure; "all three of these" pointing
back is none, "all three basic kinds" telling a total is a figure; "the top 10%" is a share (as
``wcxb``'s "the top 1%"); "top 5 X" counts X ("top" before the number stays out of the unit, after
it stays in: "my top 10 tips" -> ``top tip``); a duration told as "the first N months" and "N hours
later" are durations; "N of them" has no unit (the pronoun names no noun); a heading's stage label
repeating the figure of the sentence under it ("3-4 months: at 3-4 months old ...") is one figure.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_dragnet_select import _sentence_lines, is_english  # noqa: E402
from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402
from claims_wcxbdev_select import _rows, _site, article_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
PER_ARTICLE = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
LABELS = DATA / "wcxbtest26_numbers.jsonl"


def _ids(path: Path, key: str = "id", part: str | None = None) -> set[str]:
    out: set[str] = set()
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if part is not None and row.get("part") != part:
            continue
        if key in row:
            out.add(str(row[key]))
        for doc in row.get("skipped") or []:
            out.add(str(doc))
    return out


def drawn_sites() -> set[str]:
    """The sites the earlier WCXB parts (claims ``wcxb`` and ``wcxbdev``, attribution
    ``wcxb25``) drew a page from."""
    test_drawn = _ids(DATA / "wcxb_numbers.jsonl")
    test_drawn |= {
        doc.split("/", 1)[1]
        for doc in _ids(DATA / "fundus_speakers.jsonl", "doc", "wcxb25")
        if doc.startswith("wcxb/")
    }
    dev_drawn = _ids(DATA / "wcxbdev_numbers.jsonl")
    sites = {
        _site(str(r.get("url") or "")) for r in _rows("test") if str(r.get("file_id")) in test_drawn
    }
    sites |= {
        _site(str(r.get("url") or "")) for r in _rows("dev") if str(r.get("file_id")) in dev_drawn
    }
    return sites


def pages() -> dict[str, str]:
    """WCXB test file id -> the main content of an article page of a site no earlier WCXB part
    drew; empty when the data is absent."""
    rows = _rows("test")
    return article_pages(rows, drawn_sites()) if rows else {}


def _key(page_id: str) -> str:
    return hashlib.sha1(f"wcxb-test26-claims:{page_id}".encode()).hexdigest()


def draw(pool: dict[str, str], key: Callable[[str], str], *, skip: int = 0) -> list[dict[str, Any]]:
    """Two English sentences a page of ``pool`` in ``key``'s order, until :data:`WANT`: the
    sentence rule ``wcxbtest27`` and ``wcxbtest28`` continue.  ``skip`` kept sentences of a page
    are passed over first (``wx41`` takes the two after the two an earlier part took)."""
    return two_a_page(
        pool,
        key,
        page_test=is_english,
        lines=_sentence_lines,
        per_page=PER_ARTICLE,
        skip=skip,
        shortest=SHORTEST,
        longest=LONGEST,
        want=WANT,
    )


def select() -> list[dict[str, Any]]:
    return draw(pages(), _key)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the WCXB file id) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    if "--pool" in sys.argv:
        print(f"pool: {len(pages())} article pages; sites left out: {len(drawn_sites())}")
        return
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
