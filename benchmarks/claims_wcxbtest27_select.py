"""Which sentences of WCXB's test- and dev-split article pages ``benchmarks/data/wcxbtest27_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wcxbtest27_select.py [--pool]

The held-out English figures part of issue 13's twenty-seventh session, ``wcxbtest27`` (the rule
is ``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it):
- WCXB's 2025 ``test`` and ``dev`` splits (``$NEWSPRISM_FRESH_WCXB``), pages whose ground truth's
  page type (``_internal.page_type.primary``) is ``article``; a page's id is
  ``<split>/<file_id>``, its text the ground truth's ``main_content``;
- leaving out every site (the URL's host, ``www.`` dropped) that an earlier figures part (``wcxb``
  of the test split, ``wcxbdev`` of the dev split, ``wcxbtest26`` of the test split) or the
  attribution parts ``wcxb25`` / ``wcxb26`` (test-split pages of ``fundus_speakers.jsonl``,
  skipped pages included) drew a page from;
- English only, lines that end a sentence, sentences of 20 to 400 characters holding a digit or
  a number word: ``claims_wcxbdev_select``'s sentence test (``two_a_page`` with the Dragnet part's
  language and line tests);
- pages in the order of the SHA-1 of ``"wcxb-test27-claims:<split>/<file_id>"``; a page's first
  two kept sentences; until 200 sentences (fewer if the pool ends).
Prints the standoff keys (id, start, end) only; the labels are written by hand from the printed
sentences, blind to any system's output, by the unit conventions of docs/claims.md, and committed
before any run (``claims_en.py --set wcxbtest27 --part fresh27``, scored only: its errors are never
printed).  Nothing of the texts is copied into the project.

The draw: the pool is 640 article pages of the two splits (308 sites left out); 200 sentences of
103 pages.  Labels: written by the claims engineer of the twenty-seventh session from the printed
sentences, before anything of newsprism or a peer ran on them, committed before the first run:
118 figures.  Choices where the docs are silent (invented examples of the shapes met): "half"
of a group or a place is 0.5 with no unit ("half of readers"); "these N X" pointing back to a
list just given is none, as "all three of these" was; "a day or two" is two figures (1 and 2
``day``); "the top N X" counts ``top X`` as ``wcxbtest26`` wrote, but "top N lists" naming a
kind of list is none; a word size or a multiple naming a kind ("64-bit builds", "a 10x
engineer") is none; "N% off" keeps the change ``=``; "as little as N a day" is N with the
change ``=``, as the earlier WCXB labels write "as little as".
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_np2014_select import labelled_sentences  # noqa: E402
from claims_wcxbdev_select import _rows, _site, article_pages  # noqa: E402
from claims_wcxbtest26_select import _ids, draw  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
SPLITS = ("test", "dev")
LABELS = DATA / "wcxbtest27_numbers.jsonl"


def drawn_sites() -> set[str]:
    """The sites the earlier WCXB parts (claims ``wcxb``, ``wcxbdev``, ``wcxbtest26``;
    attribution ``wcxb25``, ``wcxb26``) drew a page from."""
    test_drawn = _ids(DATA / "wcxb_numbers.jsonl") | _ids(DATA / "wcxbtest26_numbers.jsonl")
    for part in ("wcxb25", "wcxb26"):
        test_drawn |= {
            doc.split("/", 1)[1]
            for doc in _ids(DATA / "fundus_speakers.jsonl", "doc", part)
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
    """``<split>/<file_id>`` -> the main content of an article page of a site no earlier WCXB
    part drew; empty when the data is absent."""
    skip = drawn_sites()
    out: dict[str, str] = {}
    for split in SPLITS:
        rows = _rows(split)
        for page_id, text in article_pages(rows, skip).items():
            out[f"{split}/{page_id}"] = text
    return out


def _key(page_id: str) -> str:
    return hashlib.sha1(f"wcxb-test27-claims:{page_id}".encode()).hexdigest()


def select() -> list[dict[str, Any]]:
    return draw(pages(), _key)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<split>/<file_id>``) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    if "--pool" in sys.argv:
        print(f"pool: {len(pages())} article pages; sites left out: {len(drawn_sites())}")
        return
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
