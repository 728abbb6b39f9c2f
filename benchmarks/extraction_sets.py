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
from typing import Any

from shared_data import datasets_dir

SETS = ("scrapinghub", "dragnet", "l3s-gn1", "readability", "cleanportaleval")
PARTS = ("test", "dev")
#: sets that live outside ``../shared``, each found through an environment variable (skipped
#: when it is unset): ``fundus`` (held out: scored whole, as the part ``fresh``) and
#: ``newspaper-2014`` (held out in round 6, a development set since: parts ``dev-a`` and
#: ``dev-b``, split by site); see :func:`fundus_dir` and :func:`fresh_dir`
EXTRA_SETS = ("fundus", "newspaper-2014")
FRESH_SETS = ("fundus",)
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
    ``tests/data/html`` and ``tests/data/text``; 145 pages with both of about 80 US and UK news
    and magazine sites, gold = the article body as newspaper's authors checked it, no headline).
    Held out in round 6; a development set since (split by site, :func:`site_half`); nothing of
    it is copied into the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_EXTRACTION")
    return Path(folder) if folder else None


def fundus_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_FUNDUS``: fundus's parser test data (``flairNLP/fundus`` @
    ``18da6e53``, ``tests/resources/parser/test_data``): ``<country>/<Publisher>_<date>.html.gz``
    pages of 2023-2026 from about 170 publishers in 40 countries, and per publisher a
    ``<Publisher>.json`` with what fundus's hand-written parser for that publisher extracts, one
    entry per parser version (``V1``, ``V2`` ..., in the order of the pages' dates).  Gold =
    fundus's own plain text of the article (``Article.plaintext``: the summary (the standfirst
    under the headline, read from the page), then each section's subheading and paragraphs; no
    headline, no captions).  Held out: scored, never developed on; nothing of it is copied into
    the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_FUNDUS")
    return Path(folder) if folder else None


def available(name: str) -> bool:
    if name == "fundus":
        folder = fundus_dir()
        return folder is not None and any(folder.glob("*/*.json"))
    if name == "newspaper-2014":
        folder = fresh_dir()
        return folder is not None and (folder / "text").is_dir()
    return (_set_dir(name) / "ground-truth.json").is_file()


def site_half(name: str) -> str:
    """``dev-a`` or ``dev-b`` for a newspaper-2014 page, by a hash of its site (``cnn.com1`` and
    ``cnn.com2`` are one site), so that a site's pages are all in one half."""
    site = re.sub(r"\d+$", "", name)
    digest = hashlib.sha256(f"newspaper-2014/{site}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


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
    language: str = ""  # the gold's language (ISO 639-1), where the set is multilingual


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


def _newspaper_pages(part: str | None, limit: int) -> Iterator[Page]:
    folder = fresh_dir()
    if folder is None or part not in (None, "dev", "dev-a", "dev-b"):
        return
    names = sorted(t.stem for t in (folder / "text").glob("*.txt"))
    names = [n for n in names if (folder / "html" / f"{n}.html").is_file()]
    names = [n for n in names if part in (None, "dev") or site_half(n) == part]
    for name in names[:limit] if limit else names:
        gold = (folder / "text" / f"{name}.txt").read_text("utf-8")
        html = (folder / "html" / f"{name}.html").read_bytes()
        yield Page("newspaper-2014", name, site_half(name), html, gold)


def fundus_gold(entry: dict[str, Any]) -> str:
    """fundus's ``str(ArticleBody)``: summary, then every section's headline and paragraphs."""
    body = entry.get("body") or {}
    texts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        texts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n\n".join(texts)


def _language_of(text: str) -> str:
    from lingua import LanguageDetectorBuilder

    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
    found = _DETECTOR.detect_language_of(text[:3000])
    return found.iso_code_639_1.name.lower() if found else ""


_DETECTOR: Any = None


def _fundus_pages(part: str | None, limit: int) -> Iterator[Page]:
    folder = fundus_dir()
    if folder is None or part not in (None, FRESH):
        return
    found: list[tuple[str, Path, dict[str, Any]]] = []
    for gold_file in sorted(folder.glob("*/*.json")):
        if gold_file.name == "meta.info":
            continue
        versions = json.loads(gold_file.read_text("utf-8"))
        # one page per parser version; the versions follow one another in time, as do the
        # pages' dates (fundus picks the version by the page's crawl date)
        htmls = sorted(gold_file.parent.glob(f"{gold_file.stem}_*.html.gz"))
        if len(htmls) != len(versions):
            continue
        for html_file, entry in zip(htmls, versions.values(), strict=True):
            name = f"{gold_file.parent.name}/{html_file.name.removesuffix('.html.gz')}"
            found.append((name, html_file, entry))
    found.sort(key=lambda item: _rank("fundus", item[0]))
    for name, html_file, entry in found[:limit] if limit else found:
        gold = fundus_gold(entry)
        html = gzip.decompress(html_file.read_bytes())
        yield Page("fundus", name, FRESH, html, gold, _language_of(gold))


def pages(set_name: str, part: str | None = None, limit: int = 0) -> Iterator[Page]:
    if set_name == "fundus":
        yield from _fundus_pages(part, limit)
        return
    if set_name == "newspaper-2014":
        yield from _newspaper_pages(part, limit)
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
