"""The HTML extraction sets in ``../shared/datasets``, split into parts, and their metric.

Shared by ``benchmarks/extraction.py`` and the CI gate (``tests/test_extract_gate.py``); nothing
of the data is copied into the project.

Sets (each scored on its own):

* ``scrapinghub``: 181 pages, gold = ``articleBody`` (body only: no headline, no captions);
* ``dragnet``, ``l3s-gn1``, ``readability``, ``cleanportaleval``: the news and article subsets of
  the Web Content Extraction Benchmark.  The gold is reduced to the article body where the
  README says how: Dragnet's user comments (after its ``COMMENTS`` marker) are cut off, and for
  L3S-GN1 the ``fulltextOnly`` field (the body without headline and supplements) is used.
  Readability's gold is Readability.js's own output and CleanPortalEval's is CleanEval gold;
  both are used as they are.  The page the README lists as overlapping trafilatura's own
  evaluation set is left out.

Parts: a page belongs to a part by a hash of its set and id (stable across runs and machines):
``dev`` (half of each set: developed on, error analysis allowed), ``test`` (the other half: only
scored).  ``gate_pages`` takes a fixed slice of every set's test part for CI.  The dev part is
split again, by another byte of the same hash, into ``dev-a`` (rules are developed and errors
analysed there) and ``dev-b`` (a change is only checked there: it stays when it helps, or does
not hurt, on ``dev-b`` as well; ``benchmarks/extraction_ablation.py`` switches each rule off there).

Metric (the scrapinghub benchmark's own, used for every set so that figures are comparable):
per page the multiset of 4-token shingles (tokens are ``\\w+``), tp/fp/fn from multiset overlap
normalised by their sum; precision averaged over pages that predicted something, recall over
pages whose gold has something; F1 the harmonic mean of the two means.  A page with empty
gold and empty output counts as perfect in both.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from shared_data import datasets_dir

SETS = ("scrapinghub", "dragnet", "l3s-gn1", "readability", "cleanportaleval")
PARTS = ("test", "dev")
#: held-out sets that live outside ``../shared`` (scored whole, as the part ``fresh``; see
#: :func:`fresh_dir`)
FRESH_SETS = ("newspaper-2014",)
FRESH = "fresh"
_TOKEN = re.compile(r"\w+")
_COMMENTS = "!@#$%^&*()  COMMENTS"


def _set_dir(name: str) -> Path:
    base = datasets_dir()
    return (
        base / "extraction-scrapinghub"
        if name == "scrapinghub"
        else base / "extraction-wceb" / name
    )


def fresh_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_EXTRACTION``: a folder with ``html/NAME.html`` and ``text/NAME.txt``,
    the full-text test pages of the newspaper library (``codelucas/newspaper``'s 2014-2015
    "fulltext" unit-test resources, as kept in ``AndyTheFactory/newspaper4k`` @ ``79553f63``:
    ``tests/data/html`` and ``tests/data/text``; 157 pages of 80 US and UK news and magazine
    sites, gold = the article body as newspaper's authors checked it, no headline).  Used only
    to score (never developed on); nothing of it is copied into the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_EXTRACTION")
    return Path(folder) if folder else None


def available(name: str) -> bool:
    if name in FRESH_SETS:
        folder = fresh_dir()
        return folder is not None and (folder / "text").is_dir()
    return (_set_dir(name) / "ground-truth.json").is_file()


def part_of(set_name: str, page_id: str) -> str:
    """``dev`` or ``test``: half and half, by a hash of the set and the page id."""
    digest = hashlib.sha256(f"{set_name}/{page_id}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def half_of(set_name: str, page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a dev page (another byte of the same hash), else ``test``."""
    digest = hashlib.sha256(f"{set_name}/{page_id}".encode()).digest()
    if digest[0] % 2:
        return "test"
    return "dev-a" if digest[1] % 2 == 0 else "dev-b"


def _in_part(set_name: str, page_id: str, part: str | None) -> bool:
    if part is None:
        return True
    if part in ("dev-a", "dev-b"):
        return half_of(set_name, page_id) == part
    return part_of(set_name, page_id) == part


def _rank(set_name: str, page_id: str) -> bytes:
    return hashlib.sha256(f"order/{set_name}/{page_id}".encode()).digest()


@dataclass(frozen=True)
class Page:
    set: str
    id: str
    part: str
    html: bytes  # the page's bytes as saved (the encoding varies)
    gold: str  # the article body


def _gold(set_name: str, entry: dict[str, object]) -> str:
    if set_name == "l3s-gn1" and isinstance(entry.get("fulltextOnly"), str):
        return str(entry["fulltextOnly"])
    body = str(entry.get("articleBody") or "")
    if set_name == "dragnet":
        body = body.split(_COMMENTS)[0]
    return body


def _excluded() -> set[str]:
    path = datasets_dir() / "extraction-wceb" / "excluded-trafilatura-overlap.json"
    if not path.is_file():
        return set()
    data = json.loads(path.read_text("utf-8"))
    return {item["id"] for items in data.values() for item in items}


def page_ids(set_name: str, part: str | None = None) -> list[str]:
    """Ids of a set's pages (of one part: ``dev``, ``test``, ``dev-a``, ``dev-b``), in a fixed
    pseudo-random order."""
    truth = json.loads((_set_dir(set_name) / "ground-truth.json").read_text("utf-8"))
    skip = _excluded()
    ids = [i for i in truth if i not in skip and _in_part(set_name, i, part)]
    return sorted(ids, key=lambda i: _rank(set_name, i))


def _fresh_pages(set_name: str, part: str | None, limit: int) -> Iterator[Page]:
    folder = fresh_dir()
    if folder is None or part not in (None, FRESH):
        return
    names = sorted(t.stem for t in (folder / "text").glob("*.txt"))
    names = [n for n in names if (folder / "html" / f"{n}.html").is_file()]
    for name in names[:limit] if limit else names:
        gold = (folder / "text" / f"{name}.txt").read_text("utf-8")
        yield Page(set_name, name, FRESH, (folder / "html" / f"{name}.html").read_bytes(), gold)


def pages(set_name: str, part: str | None = None, limit: int = 0) -> Iterator[Page]:
    if set_name in FRESH_SETS:
        yield from _fresh_pages(set_name, part, limit)
        return
    folder = _set_dir(set_name)
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    ids = page_ids(set_name, part)
    for page_id in ids[:limit] if limit else ids:
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        yield Page(
            set_name, page_id, part_of(set_name, page_id), html, _gold(set_name, truth[page_id])
        )


def gate_pages(per_set: int = 20) -> list[Page]:
    """A fixed slice of every available set's test part (the first pages in hash order)."""
    out: list[Page] = []
    for name in SETS:
        if available(name):
            out.extend(pages(name, "test", limit=per_set))
    return out


# -- the metric ----------------------------------------------------------------------------------


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


Row = tuple[float, float, float]


def tp_fp_fn(truth: str, pred: str) -> Row:
    t, p = shingles(truth), shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(rows: list[Row]) -> tuple[float, float, float]:
    """F1, precision, recall over pages.  A row of zeros (empty gold, empty output) is a
    perfect page; a page with empty gold and some output counts in precision only."""
    ps = [precision(*r) for r in rows if r[0] + r[1] > 0 or r == (0.0, 0.0, 0.0)]
    rs = [recall(*r) for r in rows if r[0] + r[2] > 0 or r == (0.0, 0.0, 0.0)]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r
