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
#: when it is unset): ``wcxb`` (held out in round 12: scored whole, as the part ``fresh``),
#: ``trafilatura-eval`` (held out in round 11, a development set since: parts ``dev-a`` and
#: ``dev-b`` by a hash of the page's file name, :func:`trafeval_half`), ``big9-chaos`` (held out in round 10), ``postlight`` (held out in round 9), ``goose-snacktory`` (held out in round 8),
#: ``fundus`` (held out in round 7) and ``newspaper-2014`` (held out in round 6), development
#: sets since (parts ``dev-a`` and ``dev-b``, split by site or publisher); see
#: :func:`trafeval_dir`, :func:`big9_dir`, :func:`postlight_dir`, :func:`goose_dir`, :func:`fundus_dir` and
#: :func:`fresh_dir`
EXTRA_SETS = (
    "written45", "written44", "written43", "written42", "written41", "written40", "written39", "written38", "written37", "written36", "written35", "written34", "written33", "written32", "written31", "written30", "written29", "written28", "written27", "written26", "written25", "written24", "written23", "written22", "written21", "written20", "written19", "written18", "written17", "written16", "magic-html", "htmltotext", "evan-extract", "cleaneval", "wcxb", "trafilatura-eval", "big9-chaos", "postlight", "goose-snacktory", "fundus", "newspaper-2014",
)  # fmt: skip
#: held out this round (issue 11, round 45): scored whole as the part ``fresh``, never
#: developed on; see :func:`written45_dir`.  written44, written43, written42, written41, written40, written39, written38, written37, written36, written35, written34, written33, written32, written31, written30, written29, written28, written27, written26, written25, written24,
#: written23, written22, written21, written20, written19, written18 and written17 (held out in
#: rounds 44 to 17) are development sets since, halved by :func:`written44_half`,
#: :func:`written43_half`,
#: :func:`written42_half`,
#: :func:`written41_half`,
#: :func:`written40_half`,
#: :func:`written39_half`,
#: :func:`written38_half`,
#: :func:`written37_half`,
#: :func:`written36_half`,
#: :func:`written35_half`,
#: :func:`written34_half`,
#: :func:`written33_half`,
#: :func:`written32_half`,
#: :func:`written31_half`, :func:`written30_half`,
#: :func:`written29_half`,
#: :func:`written28_half`,
#: :func:`written27_half`,
#: :func:`written26_half`, :func:`written25_half`,
#: :func:`written24_half`, :func:`written23_half`, :func:`written22_half`,
#: :func:`written21_half`,
#: :func:`written20_half`, :func:`written19_half`, :func:`written18_half` and
#: :func:`written17_half`.  written16 and magic-html (held out in round 16) are
#: development sets since, halved by :func:`written16_half` and :func:`magic_html_half` (the
#: part ``fresh`` still names all their pages).  htmltotext (held out in
#: round 15) is a development set since, halved by :func:`htmltotext_half`.  evan-extract (held out in round 14) is a
#: development set since, halved into ``dev-a`` and ``dev-b`` by a hash of its page id
#: (:func:`evan_half`).  CleanEval (held out in round 13) is a development set
#: since, halved into ``dev-a`` and ``dev-b`` by a hash of its page id (:func:`cleaneval_half`).
#: WCXB (held out in round 12) is a development set since: its ``test`` split's article pages
#: are the part ``test`` (scored whole, as before), its ``dev`` split's article pages the parts
#: ``dev-a`` and ``dev-b`` (:func:`wcxb_half`)
FRESH_SETS = ("written45",)
#: halved like a development set but scored only this session (the time split of rounds 40
#: to 45, see ``benchmarks/heldout.md``): last round's held-out part is a second check, so
#: neither of its halves may give per-page output (``--per-page``, ``--json``, ``--only``; the
#: speed benchmark's ``--compare`` names no page of it).  written39 became readable in round 41,
#: written40 in round 42, written41 in round 43, written42 in round 44, written43 in round 45
#: (each one's ``dev-a`` developed on, its ``dev-b`` a held-aside check).
SCORED_ONLY_SETS = ("written44",)
#: sets whose per-page output nobody reads this session (besides the held-out and scored-only)
UNREAD_SETS = ("big9-chaos",)
#: the only part whose errors may be read: every other is a check half or held out
READ_PARTS = ("dev-a",)


def refuse_unread(parts: list[str], sets: list[str]) -> tuple[str | None, list[str]]:
    """For a tool that reads errors: the refusal message for ``parts`` (None if every part may be
    read) and the sets of ``sets`` it may read (held-out, scored-only and unread sets left out).

    A check half's losses, page by page or only counted by kind, are errors nobody may read."""
    unread_parts = [p for p in parts if p not in READ_PARTS]
    message = None
    if unread_parts:
        message = (
            f"--parts {','.join(unread_parts)} refused: only {', '.join(READ_PARTS)} is read "
            "(dev-b, test, fresh and the aside parts are checks: score them with extraction.py)"
        )
    refused = (*FRESH_SETS, *SCORED_ONLY_SETS, *UNREAD_SETS)
    return message, [s for s in sets if s not in refused]


#: sets whose gold is snippets the output must hold and snippets it must not (not a text):
#: scored by snippet counts (:func:`snippet_counts`), not by 4-gram shingles
SNIPPET_SETS = ("trafilatura-eval",)
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
    headline, no captions).  Held out in round 7; a development set since (split by publisher,
    :func:`publisher_half`); nothing of it is copied into the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_FUNDUS")
    return Path(folder) if folder else None


def goose_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_GOOSE``: a folder holding two extractors' own test pages, each with
    the beginning of the article as the extractor's authors checked it (see :func:`_goose_pages`):

    * ``goose3/tests/data/content/``: goose3's content tests (``goose3/goose3`` @ ``c5a8902e``),
      ``test_X.html`` with ``test_X.json``, whose ``expected.cleaned_text`` is compared with the
      *beginning* of goose's text (``tests/test_base.py``: ``result[:len(expected)] ==
      expected``), so it is a prefix of the body (a few hold the whole body);
    * ``snacktory/``: snacktory's tests (``smallrivers/snacktory`` @ ``6a87f3f1``: ``src/test``
      and ``test_data``), the pages under ``src/test/resources/de/jetwick/snacktory/`` and
      ``test_data/``, each paired with the ``res.getText().startsWith("...")`` (a prefix) or
      ``assertEquals("...", res.getText())`` (the whole body) of its test in
      ``ArticleTextExtractorTest.java``.

    US, UK, European, Arabic, Chinese and Korean news and blog pages of 2010-2020.  Held out in
    round 8; a development set since (split by site name, :func:`goose_half`); nothing of it is
    copied into the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_GOOSE")
    return Path(folder) if folder else None


def postlight_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_POSTLIGHT``: a folder holding ``fixtures/`` and
    ``src/extractors/custom/`` of Postlight's Parser (``postlight/parser``, formerly Mercury
    Parser, @ ``e8ba7ece``): saved pages of about 140 news, magazine and blog sites of 2016-2023
    (US, UK, Canadian, German, Japanese, Chinese), each read by that site's hand-written extractor
    in ``index.test.js``, whose test checks the *first words* of the extracted content
    (``excerptContent(text, 13)`` mostly: the first 13 words) as its authors checked them.  Gold
    = those first words, scored as a prefix (:func:`prefix_output`); see :func:`_postlight_golds`.
    Held out in round 9; a development set since (split by site, :func:`postlight_half`);
    nothing of it is copied into the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_POSTLIGHT")
    return Path(folder) if folder else None


def big9_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_BIG9``: the web content extraction data of Utomo and Leu
    (``MSVCode/ir-research-data`` @ ``cbb428ce``, its ``Extraction/`` folder), pages saved in
    2017 with the article text each author cut from it by hand (``<part>/html/NAME.htm[l]`` and
    ``<part>/gold/NAME.txt``): "Big9", ten pages from each of nine news sites (Ars Technica,
    BBC, CNN, Forbes, Fox News, LA Times, NY Mag, NY Post, Yahoo News) as archived in each of
    2005, 2009, 2013 and 2017 (folders ``big5-05`` … ``big5-17``, 360 pages), and "Chaos", 360
    pages from about 240 sites found by 36 Google searches in 2017 (``chaos-all``).  Gold = the
    article's text as the authors cut it, whole, its first line the headline.  Held out in
    round 10; a development set since (split by topic, :func:`big9_half`: the data records no
    site, and a topic's pages, one search's or one site's run of a story, fall together);
    nothing of it is copied into the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_BIG9")
    return Path(folder) if folder else None


def trafeval_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_TRAFEVAL``: the folder holding ``evaldata.json`` (with the pages under
    ``eval/`` and ``cache/`` beside it): trafilatura's own evaluation data (``adbar/trafilatura``
    @ ``e90b0ef5``, its ``tests/`` folder): 990 pages of 2012-2025, news, magazines, blogs,
    institutions' and shops' pages, mostly German and English, some French, Polish, Spanish,
    Chinese …; per page up to six snippets the article text must hold (``with``) and up to six
    it must not (``without``: dates, bylines, menus, footers, teasers), chosen by hand by
    trafilatura's author.  **A bias toward the peer**: trafilatura is developed against these
    pages.  Scored as trafilatura's own evaluation scores it (:func:`snippet_counts`).  Held
    out in round 11; a development set since (round 12), split into ``dev-a`` and ``dev-b`` by
    a hash of the page's file name (:func:`trafeval_half`); nothing of it is copied into the
    project."""
    folder = os.environ.get("NEWSPRISM_FRESH_TRAFEVAL")
    return Path(folder) if folder else None


def wcxb_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_WCXB``: the Web Content eXtraction Benchmark, WCXB v1.0
    (``Murrough-Foley/web-content-extraction-benchmark`` @ ``c039d5e``, CC-BY-4.0): its
    ``metadata.json`` and its held-out ``test/`` folder (``html/NNNN.html.gz`` and
    ``ground-truth/NNNN.json``).  Pages saved in 2025 from about 1,600 domains; per page the
    whole main content as plain text (``ground_truth.main_content``), drafted by an extractor
    (rs-trafilatura, recorded per page as ``_internal.source``) and then reviewed by a person
    (the README: "human-reviewed"), so **a bias toward trafilatura-like output**, as on
    trafilatura-eval.

    **Selection rule (round 12, written and committed before any page was read or scored):**
    every page of WCXB's ``test`` split whose ``metadata.json`` page type is ``article`` (257
    pages: news, blogs, editorials, guides, reviews; the other types, products, forums,
    listings, services, collections and documentation, are not what newsprism reads), whose
    HTML and ground truth are both there, whose gold has at least eight tokens, and whose HTML
    is not byte-for-byte (sha256) a page of another set here, nor its URL (scheme, ``www.``,
    query, trailing ``/`` and ``.htm(l)``/``.php`` ignored) the URL of a page of trafilatura-eval,
    scrapinghub or the WCEB subsets (checked when the rule was written: none is).  Gold = the
    main content, scored with the same 4-token shingle metric as the other text sets (it holds
    headings, and sometimes the headline).  Held out in round 12 (issue 11): scored whole as the
    part ``fresh``, once with the base code and once at the end; nothing of it is copied into
    the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_WCXB")
    return Path(folder) if folder else None


def htmltotext_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_HTMLTOTEXT``: a folder holding the ``benchmarkdata/`` folder of
    ``leogao2/htmltotext-benchmark`` @ ``feab59949ee4f9789af8e0c2412720895278d3cf`` (2020, "a
    dataset of html-to-text extractions performed by hand across as many languages as
    possible"): ``benchmarkdata/<lang>/html/NAME.html``, the page as saved, and
    ``benchmarkdata/<lang>/text/NAME.txt``, its text as a person cut it by hand (drafted by
    jusText, which is neither peer here, then corrected by hand; the README's guideline keeps
    forum posts and comments "if applicable", and drops UI components and cookie notices).
    Pages of 2020 in English, German, Croatian and Chinese; the file name starts with the kind
    of site (``news-``, ``blog-``, ``forum-``, ``wiki-``, ``tech-``).  Never used by any round
    here.

    **Selection rule (round 15, written and committed before any page or gold was read or
    scored; only file names and sizes were listed):** every ``<lang>/html/NAME.html`` with a
    ``<lang>/text/NAME.txt`` of the same name, whose kind (NAME before its first ``-``) is
    not ``forum`` or ``wiki`` (articles of every kind, which newsprism reads: ``news``, ``blog``,
    ``tech``; forum threads and the encyclopedia entry are left out by their names); the gold is
    the text file as UTF-8 (bytes that are not UTF-8 replaced), lines stripped and blank lines
    dropped, of at least eight tokens.  Every language is kept (extraction does not depend on
    it; the language is the folder's).  A page whose HTML is byte-identical (sha256) to a page
    of another set here, or whose URL (canonical link or ``og:url``, normalised as in
    ``benchmarks/extraction_overlap.py``) is the URL of a page of another set, is left out
    (:data:`HTMLTOTEXT_OVERLAP`).  Figures are reported for all pages and for the ``news``
    pages alone (the blog golds may hold readers' comments, which newsprism drops by design;
    decided before reading).  Held out in round 15 (issue 11): scored whole as the part ``fresh``, once
    with the base code and once at the end; nothing of it is copied into the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_HTMLTOTEXT")
    return Path(folder) if folder else None


#: htmltotext pages that are another set's page (see :func:`htmltotext_dir`), found by the
#: overlap check run when the rule was written
HTMLTOTEXT_OVERLAP: frozenset[str] = frozenset()
HTMLTOTEXT_LEFT_OUT = ("forum", "wiki")


def htmltotext_candidates() -> Iterator[tuple[str, Path, Path]]:
    """(id, page, gold file) of every htmltotext page of a kind the rule takes, with both files,
    before the rule's other conditions; the id is ``<lang>/NAME``."""
    folder = htmltotext_dir()
    if folder is None:
        return
    for page in sorted((folder / "benchmarkdata").glob("*/html/*.html")):
        gold_file = page.parent.parent / "text" / f"{page.stem}.txt"
        if gold_file.is_file() and page.stem.split("-")[0] not in HTMLTOTEXT_LEFT_OUT:
            yield f"{page.parent.parent.name}/{page.stem}", page, gold_file


def _htmltotext_pages(part: str | None, limit: int) -> Iterator[Page]:
    """The htmltotext pages (see :func:`htmltotext_dir` for the selection rule; held out in
    round 15, halved into ``dev-a`` and ``dev-b`` by :func:`htmltotext_half` since)."""
    if part not in (None, "dev", "dev-a", "dev-b"):
        return
    found = sorted(htmltotext_candidates(), key=lambda item: _rank("htmltotext", item[0]))
    taken = 0
    for page_id, page, gold_file in found:
        if page_id in HTMLTOTEXT_OVERLAP:
            continue
        raw = gold_file.read_bytes().decode("utf-8", errors="replace")
        gold = "\n".join(line.strip() for line in raw.splitlines() if line.strip())
        if len(_TOKEN.findall(gold)) < _MIN_GOLD_TOKENS:
            continue
        language = page_id.split("/")[0]
        half = htmltotext_half(page_id)
        if part in ("dev-a", "dev-b") and half != part:
            continue
        yield Page("htmltotext", page_id, half, page.read_bytes(), gold, language)
        taken += 1
        if limit and taken >= limit:
            return


def htmltotext_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for an htmltotext page (held out in round 15, a development set
    since), by a hash of its id."""
    return "dev-a" if _rank("htmltotext-half", page_id)[0] % 2 == 0 else "dev-b"


def magic_html_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_MAGICHTML``: a folder holding the ``benchmark/data/article/`` folder of
    ``opendatalab/magic-html`` @ ``47d4a7fed12030e906a093b074637f178cb46ef2`` (the article half
    of the library's own benchmark: ``htmls/<id>.html``, the page as saved, and ``base.json``,
    ``{id: {"url", "content"}}`` with the article's main text as the benchmark's authors
    give it; 158 pages of many sites and languages, many Chinese).  Never used by any round
    here; the forum half (``benchmark/data/forum``) is not taken (threads, not articles).

    **Selection rule (round 16, written and committed before any page or gold was read or
    scored; only file names, the count of entries and of URLs' top-level domains were
    listed):** every ``base.json`` entry with an ``htmls/<id>.html``; the gold is ``content``
    with lines stripped and blank lines dropped, of at least eight tokens; pages whose gold
    the language detector the other multilingual sets use reads as Chinese, Japanese, Korean
    or Thai are left out (the metric's ``\\w+`` tokens are not words in scripts written without
    spaces, so a shingle there is a whole clause); every other language is kept and the
    English pages are also reported alone.  A page whose HTML is byte-identical (sha256) to a
    page of another set here, or whose URL (the entry's ``url``, normalised as in
    ``benchmarks/extraction_overlap.py``) is the URL of a page of another set, is left out
    (:data:`MAGIC_HTML_OVERLAP`).  Held out in round 16 (issue 11): scored whole as the part
    ``fresh``, once with the base code (c3e5d7d) and once at the end; nothing of it is
    copied into the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_MAGICHTML")
    return Path(folder) if folder else None


#: magic-html pages that are another set's page (see :func:`magic_html_dir`), found by the
#: overlap check run when the rule was written
MAGIC_HTML_OVERLAP: frozenset[str] = frozenset()
#: languages whose text the metric's ``\w+`` tokens do not cut into words
_UNSPACED = ("zh", "ja", "ko", "th")


def magic_html_candidates() -> Iterator[tuple[str, Path, str, str]]:
    """(id, page, gold, url) of every magic-html article entry with its page, before the rule's
    other conditions."""
    folder = magic_html_dir()
    if folder is None:
        return
    base = folder / "benchmark" / "data" / "article"
    entries = json.loads((base / "base.json").read_text("utf-8"))
    for page_id in sorted(entries):
        page = base / "htmls" / f"{page_id}.html"
        if page.is_file():
            entry = entries[page_id]
            yield page_id, page, str(entry.get("content") or ""), str(entry.get("url") or "")


def magic_html_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a magic-html page (a development set since round 17), by a hash
    of its id."""
    digest = hashlib.sha256(f"magic-html/{page_id}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def _magic_html_pages(part: str | None, limit: int) -> Iterator[Page]:
    """The magic-html pages (see :func:`magic_html_dir` for the selection rule), held out in
    round 16, halved into ``dev-a`` and ``dev-b`` since (:func:`magic_html_half`); the part
    ``fresh`` still names every page."""
    if part not in (None, FRESH, "dev-a", "dev-b"):
        return
    found = sorted(magic_html_candidates(), key=lambda item: _rank("magic-html", item[0]))
    taken = 0
    for page_id, page, raw, _ in found:
        if page_id in MAGIC_HTML_OVERLAP:
            continue
        gold = "\n".join(line.strip() for line in raw.splitlines() if line.strip())
        if len(_TOKEN.findall(gold)) < _MIN_GOLD_TOKENS:
            continue
        language = _language_of(gold)
        if language in _UNSPACED:
            continue
        half = magic_html_half(page_id)
        if part in ("dev-a", "dev-b") and half != part:
            continue
        yield Page("magic-html", page_id, part or half, page.read_bytes(), gold, language)
        taken += 1
        if limit and taken >= limit:
            return


def written16_dir() -> Path:
    """``benchmarks/data/extraction_written16/``: news pages written in round 16 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    distinct site template each, English and Russian; ``NN.txt``, the body a reader wants,
    one paragraph a line: lead, subheadings, paragraphs, list items, table cells, captions and
    quoted posts; no headline, credits, pull quotes, read-also boxes, comments, related
    articles, tags or bio; see the folder's README).

    **Selection rule (round 16, written and committed before any page was landed or read):**
    every ``NN.html`` landed in that folder with an ``NN.txt`` of the same name, the gold read
    as UTF-8, lines stripped and blank lines dropped, of at least eight tokens; its language
    is the detector's reading of the gold.  Every page is held out: scored whole as the part
    ``fresh``, once with the base code (c3e5d7d) and once at the end, English and Russian
    reported apart; its pages and errors are not read."""
    return Path(__file__).resolve().parent / "data" / "extraction_written16"


def _sha_half(key: str) -> str:
    """``dev-a`` or ``dev-b`` by the first byte of the SHA-256 of ``key`` (a written set's
    ``<set>/<page id>``): the halving rule of every written set since written16."""
    digest = hashlib.sha256(key.encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def written16_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written16 page (a development set since round 17), by a hash
    of its id."""
    return _sha_half(f"written16/{page_id}")


def _written16_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 16, halved into ``dev-a`` and ``dev-b`` since (:func:`written16_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written16", written16_dir(), part, limit, halves=written16_half)


def written17_dir() -> Path:
    """``benchmarks/data/extraction_written17/``: news pages written in round 17 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    site template not used in written16, six English (blogs and reviews among them) and six
    Russian (one in windows-1251); ``NN.txt``, the gold body in written16's convention, one
    block a line; see the folder's README).

    **Selection rule (round 17, written and committed before any page of the folder was landed
    or read):** every ``NN.html`` landed in that folder with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens; its
    language is the detector's reading of the gold.  Every page is held out: scored whole as the
    part ``fresh``, once with the base code (b5ac90a) beside trafilatura and readability-lxml
    ("before") and once at the end ("after"), English and Russian reported apart; its pages and
    errors are not read before the "after" run.  Scoring convention, fixed before the "before"
    run: the headline figure is newsprism's body (no figure captions), as on every set; the
    body with captions in place (``--reader-view``'s third row) is printed beside it because
    this gold keeps captions."""
    return Path(__file__).resolve().parent / "data" / "extraction_written17"


def written17_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written17 page (a development set since round 18), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written17/{page_id}")


def _written17_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 17, halved into ``dev-a`` and ``dev-b`` since (:func:`written17_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written17", written17_dir(), part, limit, halves=written17_half)


def written18_dir() -> Path:
    """``benchmarks/data/extraction_written18/``: news pages written in round 18 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    site template not used in written16 or written17, six English and six Russian (one in
    windows-1251); ``NN.txt``, the gold body in written17's convention, one block a line; see
    the folder's README).

    **Selection rule (round 18, written and committed before any page of the folder was landed
    or read):** every ``NN.html`` landed in that folder with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens; its
    language is the detector's reading of the gold.  Every page is held out: scored whole as the
    part ``fresh``, once with the base code (3b06a3a) beside trafilatura and readability-lxml
    ("before") and once at the end ("after"), English and Russian reported apart; its pages and
    errors are not read before the "after" run.  Scoring convention, fixed before the "before"
    run and the same as written17's: the headline figure is newsprism's body (no figure
    captions), as on every set; the body with captions in place (``--reader-view``'s third row)
    is printed beside it because this gold keeps captions."""
    return Path(__file__).resolve().parent / "data" / "extraction_written18"


def written18_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written18 page (a development set since round 19), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written18/{page_id}")


def _written18_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 18, halved into ``dev-a`` and ``dev-b`` since (:func:`written18_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written18", written18_dir(), part, limit, halves=written18_half)


def written19_dir() -> Path:
    """``benchmarks/data/extraction_written19/``: news pages written in round 19 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    site template not used in written16, written17 or written18, six English and six Russian
    (one in windows-1251); ``NN.txt``, the gold body in written18's convention, one block a
    line; see the folder's README).

    **Selection rule (round 19, written and committed before any page of the folder was landed
    or read):** every ``NN.html`` landed in that folder with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens; its
    language is the detector's reading of the gold.  Every page is held out: scored whole as the
    part ``fresh``, once with the base code (5d3e2cf) beside trafilatura and readability-lxml
    ("before") and once at the end ("after"), English and Russian reported apart; its pages and
    errors are not read before the "after" run.  Scoring convention, fixed before the "before"
    run and the same as written18's: the headline figure is newsprism's body (no figure
    captions), as on every set; the body with captions in place (``--reader-view``'s third row)
    is printed beside it because this gold keeps captions."""
    return Path(__file__).resolve().parent / "data" / "extraction_written19"


def written19_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written19 page (a development set since round 20), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written19/{page_id}")


def _written19_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 19, halved into ``dev-a`` and ``dev-b`` since (:func:`written19_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written19", written19_dir(), part, limit, halves=written19_half)


def written20_dir() -> Path:
    """``benchmarks/data/extraction_written20/``: news pages written in round 20 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    site template not used in written16 to written19, six Russian (01–06) and six English
    (07–12), at least one in windows-1251; ``NN.txt``, the gold body in written19's convention,
    one block a line; see the folder's README).

    **Selection rule (round 20, written and committed before any page of the folder was landed
    or read):** every ``NN.html`` landed in that folder with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens; its
    language is the detector's reading of the gold.  Every page is held out: scored whole as the
    part ``fresh``, once with the base code (09b1a61) beside trafilatura and readability-lxml
    ("before") and once at the end ("after"), English and Russian reported apart; its pages and
    errors are not read before the "after" run.  Scoring convention, fixed before the "before"
    run and the same as written19's: the headline figure is newsprism's body (no figure
    captions), as on every set; the body with captions in place (``--reader-view``'s third row)
    is printed beside it because this gold keeps captions."""
    return Path(__file__).resolve().parent / "data" / "extraction_written20"


def written20_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written20 page (a development set since round 21), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written20/{page_id}")


def _written20_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 20, halved into ``dev-a`` and ``dev-b`` since (:func:`written20_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written20", written20_dir(), part, limit, halves=written20_half)


def written21_dir() -> Path:
    """``benchmarks/data/extraction_written21/``: news pages written in round 21 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    site template not used in written16 to written20, six Russian (01–06) and six English
    (07–12); ``NN.txt``, the gold body in written20's convention, one block a line; see the
    folder's README).

    **Selection rule (round 21, written and committed before any page of the folder was landed
    or read):** every ``NN.html`` landed in that folder with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens; its
    language is the detector's reading of the gold.  Every page is held out: scored whole as the
    part ``fresh``, once with the base code (ed3e3b0) beside trafilatura and readability-lxml
    ("before") and once at the end ("after"), English and Russian reported apart; its pages and
    errors are not read before the "after" run.  Scoring convention, fixed before the "before"
    run and the same as written20's: the headline figure is newsprism's body (no figure
    captions), as on every set; the body with captions in place (``--reader-view``'s third row)
    is printed beside it because this gold keeps captions."""
    return Path(__file__).resolve().parent / "data" / "extraction_written21"


def written21_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written21 page (a development set since round 22), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written21/{page_id}")


def _written21_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 21, halved into ``dev-a`` and ``dev-b`` since (:func:`written21_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written21", written21_dir(), part, limit, halves=written21_half)


def written22_dir() -> Path:
    """``benchmarks/data/extraction_written22/``: news pages written in round 22 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    site template not used in written16 to written21, six Russian (01–06) and six English
    (07–12), at least two in windows-1251; ``NN.txt``, the gold body in written21's convention,
    one block a line; see the folder's README).

    **Selection rule (round 22, written and committed before any page of the folder was landed
    or read):** every ``NN.html`` landed in that folder with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens; its
    language is the detector's reading of the gold.  Every page is held out: scored whole as the
    part ``fresh``, once with the base code (a0c1a04) beside trafilatura and readability-lxml
    ("before") and once at the end ("after"), English and Russian reported apart; its pages and
    errors are not read before the "after" run.  Scoring convention, fixed before the "before"
    run and the same as written21's: the headline figure is newsprism's body (no figure
    captions), as on every set; the body with captions in place (``--reader-view``'s third row)
    is printed beside it because this gold keeps captions."""
    return Path(__file__).resolve().parent / "data" / "extraction_written22"


def written22_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written22 page (a development set since round 23), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written22/{page_id}")


def _written22_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 22, halved into ``dev-a`` and ``dev-b`` since (:func:`written22_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written22", written22_dir(), part, limit, halves=written22_half)


def written23_dir() -> Path:
    """``benchmarks/data/extraction_written23/``: news pages written in round 23 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    site template not used in written16 to written22, six Russian (01–06) and six English
    (07–12), at least two in windows-1251; ``NN.txt``, the gold body in written22's convention,
    one block a line; see the folder's README).

    **Selection rule (round 23, written and committed before any page of the folder was landed
    or read):** every ``NN.html`` landed in that folder with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens; its
    language is the detector's reading of the gold.  Every page is held out: scored whole as the
    part ``fresh``, once with the base code (bb956e5) beside trafilatura and readability-lxml
    ("before") and once at the end ("after"), English and Russian reported apart; its pages and
    errors are not read before the "after" run.  Scoring convention, fixed before the "before"
    run and the same as written22's: the headline figure is newsprism's body (no figure
    captions), as on every set; the body with captions in place (``--reader-view``'s third row)
    is printed beside it because this gold keeps captions."""
    return Path(__file__).resolve().parent / "data" / "extraction_written23"


def written23_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written23 page (a development set since round 24), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written23/{page_id}")


def _written23_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 23, halved into ``dev-a`` and ``dev-b`` since (:func:`written23_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written23", written23_dir(), part, limit, halves=written23_half)


def written24_dir() -> Path:
    """``benchmarks/data/extraction_written24/``: news pages written in round 24 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    site template not used in written16 to written23, six Russian (01–06) and six English
    (07–12), at least two in windows-1251; ``NN.txt``, the gold body in written23's convention,
    one block a line; see the folder's README).

    **Selection rule (round 24, written and committed before any page of the folder was landed
    or read):** every page in the folder: every ``NN.html`` landed there with an ``NN.txt`` of the
    same name, the gold read as UTF-8, lines stripped and blank lines dropped, of at least eight
    tokens (the floor every written set has had; a gold the colleague wrote is never shorter);
    its language is the detector's reading of the gold.  Every page is held out: scored whole as
    the part ``fresh``, once with the base code (0b58cf9) beside trafilatura and readability-lxml
    ("before") and once at the end ("after"), English and Russian reported apart; its pages and
    errors are not read before the "after" run.  Scoring convention, fixed before the "before"
    run and the same as written23's: the headline figure is newsprism's body (no figure
    captions), as on every set; the body with captions in place (``--reader-view``'s third row)
    is printed beside it because this gold keeps captions."""
    return Path(__file__).resolve().parent / "data" / "extraction_written24"


def written24_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written24 page (a development set since round 25), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written24/{page_id}")


def _written24_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 24, halved into ``dev-a`` and ``dev-b`` since (:func:`written24_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written24", written24_dir(), part, limit, halves=written24_half)


def written25_dir() -> Path:
    """``benchmarks/data/extraction_written25/``: news pages written in round 25 by a colleague
    who did not read the extraction code (``NN.html``, a whole page as a CMS would emit it, in a
    site template not used in written16 to written24, six Russian (01–06) and six English
    (07–12); ``NN.txt``, the gold body in written24's convention, one block a line; see the
    folder's README).

    **Selection rule (round 25, written and committed before any page of the folder was landed
    or read):** every page in the folder: every ``NN.html`` landed there with an ``NN.txt`` of the
    same name, the gold read as UTF-8, lines stripped and blank lines dropped, of at least eight
    tokens (the floor every written set has had; a gold the colleague wrote is never shorter);
    its language is the detector's reading of the gold.  Every page is held out: scored whole as
    the part ``fresh``, once with the base code (f6cae03) beside trafilatura and readability-lxml
    ("before") and once at the end ("after"), English and Russian reported apart; its pages and
    errors are not read before the "after" run.  Scoring convention, fixed before the "before"
    run and the same as written24's: the headline figure is newsprism's body (no figure
    captions), as on every set; the body with captions in place (``--reader-view``'s third row)
    is printed beside it because this gold keeps captions."""
    return Path(__file__).resolve().parent / "data" / "extraction_written25"


def written25_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written25 page (a development set since round 26), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written25/{page_id}")


def _written25_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 25, halved into ``dev-a`` and ``dev-b`` since (:func:`written25_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written25", written25_dir(), part, limit, halves=written25_half)


def written26_dir() -> Path:
    """``benchmarks/data/extraction_written26/``: news pages written in round 26 by a colleague
    who does not read the code they measure, never runs newsprism or a peer on what they write
    and looks at no score (``NN.html``, a whole saved page, in a site template none of written16
    to written25 used, Russian 01–06 and English 07–12, at least two in windows-1251; ``NN.txt``,
    the gold body, one block a line; see the folder's README).

    **Selection rule (round 26, ``benchmarks/heldout.md``, committed on main by the lead before
    any page of the folder existed; this loader implements it before any page landed):** every
    page in the folder: every ``NN.html`` landed there with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens (the
    floor every written set has had); its language is the detector's reading of the gold.  Every
    page is held out: scored whole as the part ``fresh`` of ``extraction.py --sets written26``,
    once with the base code (ef18667) beside trafilatura and readability-lxml ("before") and
    once at the end ("after"), English and Russian reported apart; its pages and errors are not
    read before the next session.  Scoring convention, the same as written25's: the headline
    figure is newsprism's body (no figure captions), as on every set; the body with captions in
    place (``--reader-view``'s third row) is printed beside it."""
    return Path(__file__).resolve().parent / "data" / "extraction_written26"


def written26_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written26 page (a development set since round 27), by a hash
    of its id (the rule of :func:`written16_half`; its twelve pages fall five in ``dev-a``, seven
    in ``dev-b``)."""
    return _sha_half(f"written26/{page_id}")


def _written26_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 26, halved into ``dev-a`` and ``dev-b`` since (:func:`written26_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written26", written26_dir(), part, limit, halves=written26_half)


def written27_dir() -> Path:
    """``benchmarks/data/extraction_written27/``: news pages written in round 27 by a colleague
    who does not read the code they measure, never runs newsprism or a peer on what they write
    and looks at no score (``NN.html``, a whole saved page, in a site template none of written16
    to written26 used, Russian 01–06 and English 07–12, at least two in windows-1251, at least
    three marking their article up as a page builder of 2026 would: custom elements, lazy
    images, a framework's hydration data; ``NN.txt``, the gold body, one block a line; see the
    folder's README).

    **Selection rule (round 27, ``benchmarks/heldout.md``, committed on main by the lead before
    any page of the folder existed; this loader implements it before any page landed):** every
    page in the folder: every ``NN.html`` landed there with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens (the
    floor every written set has had); its language is the detector's reading of the gold.  Every
    page is held out: scored whole as the part ``fresh`` of ``extraction.py --sets written27``,
    once with the base code (601f915) beside trafilatura and readability-lxml ("before") and
    once at the end ("after"), English and Russian reported apart; its pages and errors are not
    read before the next session.  Scoring convention, the same as written26's: the headline
    figure is newsprism's body (no figure captions), as on every set; the body with captions in
    place (``--reader-view``'s third row) is printed beside it."""
    return Path(__file__).resolve().parent / "data" / "extraction_written27"


def written27_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written27 page (a development set since round 28), by a hash
    of its id (the rule of :func:`written16_half`; its twelve pages fall seven in ``dev-a``, five
    in ``dev-b``, both languages on each side: Russian 02 04 05 06 / 01 03, English 08 09 11 /
    07 10 12)."""
    return _sha_half(f"written27/{page_id}")


def _written27_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 27, halved into ``dev-a`` and ``dev-b`` since (:func:`written27_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written27", written27_dir(), part, limit, halves=written27_half)


def written28_dir() -> Path:
    """``benchmarks/data/extraction_written28/``: news pages written in round 28 by a colleague
    who does not read the code they measure, never runs newsprism or a peer on what they write
    and looks at no score (``NN.html``, a whole saved page, in a site template none of written16
    to written27 used, Russian 01–06 and English 07–12, at least two in windows-1251, at least
    three marking their article up as a page builder of 2026 would, at least three with photos
    whose captions and credits sit in markup other pages did not use; ``NN.txt``, the gold body,
    one block a line; see the folder's README).

    **Selection rule (round 28, ``benchmarks/heldout.md``, committed on main by the lead before
    any page of the folder existed; this loader implements it before any page landed):** every
    page in the folder: every ``NN.html`` landed there with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens (the
    floor every written set has had); its language is the detector's reading of the gold.  Every
    page is held out: scored whole as the part ``fresh`` of ``extraction.py --sets written28``,
    once with the base code (01f926a) beside trafilatura and readability-lxml ("before") and
    once at the end ("after"), English and Russian reported apart; its pages and errors are not
    read before the next session.  Scoring convention, the same as written27's: the headline
    figure is newsprism's body (no figure captions), as on every set; the body with captions in
    place (``--reader-view``'s third row) is printed beside it."""
    return Path(__file__).resolve().parent / "data" / "extraction_written28"


def written28_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written28 page (a development set since round 29), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written28/{page_id}")


def _written28_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 28, halved into ``dev-a`` and ``dev-b`` since (:func:`written28_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written28", written28_dir(), part, limit, halves=written28_half)


def written29_dir() -> Path:
    """``benchmarks/data/extraction_written29/``: news pages written in round 29 by a colleague
    who does not read the code they measure, never runs newsprism or a peer on what they write
    and looks at no score (``NN.html``, a whole saved page, in a site template none of written16
    to written28 used, Russian 01–06 and English 07–12, at least two in windows-1251, at least
    three marking their article up as a page builder of 2026 would, at least three with photos
    whose captions and credits sit in markup other pages did not use, at least two whose
    comments, reader reviews or a live blog's entries sit beside the article; ``NN.txt``, the
    gold body, one block a line; see the folder's README).

    **Selection rule (round 29, ``benchmarks/heldout.md``, committed on main by the lead before
    any page of the folder existed; this loader implements it before any page landed):** every
    page in the folder: every ``NN.html`` landed there with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens (the
    floor every written set has had); its language is the detector's reading of the gold.  Every
    page is held out: scored whole as the part ``fresh`` of ``extraction.py --sets written29``,
    once with the base code (489dd44) beside trafilatura and readability-lxml ("before") and
    once at the end ("after"), English and Russian reported apart; its pages and errors are not
    read before the next session.  Scoring convention, the same as written28's: the headline
    figure is newsprism's body (no figure captions), as on every set; the body with captions in
    place (``--reader-view``'s third row) is printed beside it.  Until the colleague's pages are
    on main the folder is absent or empty and the set is skipped (:func:`available`)."""
    return Path(__file__).resolve().parent / "data" / "extraction_written29"


def written29_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written29 page (a development set since round 30), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written29/{page_id}")


def _written29_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 29, halved into ``dev-a`` and ``dev-b`` since (:func:`written29_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written29", written29_dir(), part, limit, halves=written29_half)


def written30_dir() -> Path:
    """``benchmarks/data/extraction_written30/``: news pages written in round 30 by a colleague
    who does not read the code they measure, never runs newsprism or a peer on what they write
    and looks at no score (``NN.html``, a whole saved page, in a site template none of written16
    to written29 used, Russian 01–06 and English 07–12, at least two in windows-1251, at least
    two with a gallery or a slideshow of photos with captions, at least two with a "key points"
    or summary box above the article, at least two whose comments, related links or a live
    blog's entries sit beside the article; ``NN.txt``, the gold body, one block a line; see the
    folder's README).

    **Selection rule (round 30, ``benchmarks/heldout.md``, committed on main by the lead before
    any page of the folder existed; this loader implements it before any page landed):** every
    page in the folder: every ``NN.html`` landed there with an ``NN.txt`` of the same name, the
    gold read as UTF-8, lines stripped and blank lines dropped, of at least eight tokens (the
    floor every written set has had); its language is the detector's reading of the gold.  Every
    page is held out: scored whole as the part ``fresh`` of ``extraction.py --sets written30``,
    once with the base code (4bbd16d) beside trafilatura and readability-lxml ("before") and
    once at the end ("after"), English and Russian reported apart; its pages and errors are not
    read before the next session.  Scoring convention, the same as written29's: the headline
    figure is newsprism's body (no figure captions), as on every set; the body with captions in
    place (``--reader-view``'s third row) is printed beside it.  Until the colleague's pages are
    on main the folder is absent or empty and the set is skipped (:func:`available`)."""
    return Path(__file__).resolve().parent / "data" / "extraction_written30"


def written30_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written30 page (a development set since round 31), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written30/{page_id}")


def _written30_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 30, halved into ``dev-a`` and ``dev-b`` since (:func:`written30_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written30", written30_dir(), part, limit, halves=written30_half)


def written31_dir() -> Path:
    """``benchmarks/data/extraction_written31/``: news pages written in round 31 by a colleague
    who does not read the code they measure, never runs newsprism or a peer on what they write
    and looks at no score (``NN.html``, a whole saved page, in a site template none of written16
    to written30 used, Russian 01–06 and English 07–12, at least two in windows-1251, at least
    two AMP or print versions of an article, at least two with a table or an embedded social
    post inside the article, at least two whose text is split by "read more" buttons, accordions
    or tabs; ``NN.txt``, the gold body, one block a line; see the folder's README).

    **Selection rule (round 31, ``benchmarks/heldout.md``, committed on main by the lead before
    any page of the folder existed):** every page in the folder: every ``NN.html`` landed there
    with an ``NN.txt`` of the same name, the gold read as UTF-8, lines stripped and blank lines
    dropped, of at least eight tokens (the floor every written set has had); its language is the
    detector's reading of the gold.  Every page is held out: scored whole as the part ``fresh``
    of ``extraction.py --sets written31``, once with the base code (52509763) beside trafilatura
    and readability-lxml ("before") and once at the end ("after"), English and Russian reported
    apart; its pages and errors are not read before the next session.  Scoring convention, the
    same as written30's: the headline figure is newsprism's body (no figure captions), as on
    every set; the body with captions in place (``--reader-view``'s third row) is printed beside
    it.  While the folder is absent or empty the set is skipped (:func:`available`)."""
    return Path(__file__).resolve().parent / "data" / "extraction_written31"


def written31_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written31 page (a development set since round 32), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written31/{page_id}")


def _written31_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 31, halved into ``dev-a`` and ``dev-b`` since (:func:`written31_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written31", written31_dir(), part, limit, halves=written31_half)


def written32_dir() -> Path:
    """``benchmarks/data/extraction_written32/``: news pages written in round 32 by a colleague
    who does not read the code they measure, never runs newsprism or a peer on what they write
    and looks at no score (``NN.html``, a whole saved page, in a site template none of written16
    to written31 used, Russian 01–06 and English 07–12, at least two in windows-1251; page kinds
    and hard cases from a list given to the writer, recorded in ``benchmarks/heldout.md`` only
    after the part is scored; ``NN.txt``, the gold body, one block a line).

    **Selection rule (round 32, ``benchmarks/heldout.md``, committed on main by the lead before
    any page of the folder existed):** every page in the folder: every ``NN.html`` landed there
    with an ``NN.txt`` of the same name, the gold read as UTF-8, lines stripped and blank lines
    dropped, of at least eight tokens (the floor every written set has had); its language is the
    detector's reading of the gold.  Every page is held out: scored whole as the part ``fresh``
    of ``extraction.py --sets written32``, once with the base code (b1eb9b2d) beside trafilatura
    and readability-lxml ("before") and once at the end ("after"), English and Russian reported
    apart; its pages and errors are not read before the next session.  Scoring convention, the
    same as written31's: the headline figure is newsprism's body (no figure captions), as on
    every set; the body with captions in place (``--reader-view``'s third row) is printed beside
    it.  While the folder is absent or empty the set is skipped (:func:`available`)."""
    return Path(__file__).resolve().parent / "data" / "extraction_written32"


def written32_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written32 page (a development set since round 33), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written32/{page_id}")


def _written32_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 32, halved into ``dev-a`` and ``dev-b`` since (:func:`written32_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written32", written32_dir(), part, limit, halves=written32_half)


def written33_dir() -> Path:
    """``benchmarks/data/extraction_written33/``: the pages of :func:`written32_dir`'s kind,
    written in round 33 (templates none of written16 to written32 used), by the same rule and
    scoring convention; held out: scored whole as the part ``fresh`` of ``extraction.py --sets
    written33``, once with the base code (e81db99f, "before") and once at the end ("after"),
    beside trafilatura and readability-lxml, English and Russian apart; its pages and errors are
    not read before the next session.  Skipped while the folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written33"


def written33_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written33 page (a development set since round 34), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written33/{page_id}")


def _written33_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 33, halved into ``dev-a`` and ``dev-b`` since (:func:`written33_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written33", written33_dir(), part, limit, halves=written33_half)


def written34_dir() -> Path:
    """``benchmarks/data/extraction_written34/``: the pages of :func:`written32_dir`'s kind,
    written in round 34 (templates none of written16 to written33 used), by the same rule and
    scoring convention; held out: scored whole as the part ``fresh`` of ``extraction.py --sets
    written34``, once with the base code (419a4447, "before") and once at the end ("after"),
    beside trafilatura and readability-lxml, English and Russian apart; its pages and errors are
    not read before the next session.  Skipped while the folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written34"


def written34_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written34 page (a development set since round 35), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written34/{page_id}")


def _written34_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 34, halved into ``dev-a`` and ``dev-b`` since (:func:`written34_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written34", written34_dir(), part, limit, halves=written34_half)


def written35_dir() -> Path:
    """``benchmarks/data/extraction_written35/``: the pages of :func:`written32_dir`'s kind,
    written in round 35 by the same rule and scoring convention; held out: scored whole as the
    part ``fresh`` of ``extraction.py --sets written35``, once with the base code (dcf5436e,
    "before") and once at the end ("after"), beside trafilatura and readability-lxml, English and
    Russian apart; its pages and errors are not read before the next session.  Skipped while the
    folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written35"


def written35_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written35 page (a development set since round 36), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written35/{page_id}")


def _written35_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 35, halved into ``dev-a`` and ``dev-b`` since (:func:`written35_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written35", written35_dir(), part, limit, halves=written35_half)


def written36_dir() -> Path:
    """``benchmarks/data/extraction_written36/``: the pages of :func:`written32_dir`'s kind,
    written in round 36 by the same rule and scoring convention; held out: scored whole as the
    part ``fresh`` of ``extraction.py --sets written36``, once with the base code (d3329bc0,
    "before") and once at the end ("after"), beside trafilatura and readability-lxml, English and
    Russian apart; its pages and errors are not read before the next session.  Skipped while the
    folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written36"


def written36_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written36 page (a development set since round 37), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written36/{page_id}")


def _written36_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 36, halved into ``dev-a`` and ``dev-b`` since (:func:`written36_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written36", written36_dir(), part, limit, halves=written36_half)


def written37_dir() -> Path:
    """``benchmarks/data/extraction_written37/``: the pages of :func:`written32_dir`'s kind,
    written in round 37 by the same rule and scoring convention; held out: scored whole as the
    part ``fresh`` of ``extraction.py --sets written37``, once with the base code (7d6b23a6,
    "before") and once at the end ("after"), beside trafilatura and readability-lxml, English and
    Russian apart; its pages and errors are not read before the next session.  Skipped while the
    folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written37"


def written37_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written37 page (a development set since round 38), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written37/{page_id}")


def _written37_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 37, halved into ``dev-a`` and ``dev-b`` since (:func:`written37_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written37", written37_dir(), part, limit, halves=written37_half)


def written38_dir() -> Path:
    """``benchmarks/data/extraction_written38/``: the pages of :func:`written32_dir`'s kind,
    written in round 38 by the same rule and scoring convention; held out: scored whole as the
    part ``fresh`` of ``extraction.py --sets written38``, once with the base code (133c7989,
    "before") and once at the end ("after"), beside trafilatura and readability-lxml, English and
    Russian apart; its pages and errors are not read before the next session.  Skipped while the
    folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written38"


def written38_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written38 page (a development set since round 39), by a hash
    of its id (the rule of :func:`written16_half`)."""
    return _sha_half(f"written38/{page_id}")


def _written38_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 38, halved into ``dev-a`` and ``dev-b`` since (:func:`written38_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written38", written38_dir(), part, limit, halves=written38_half)


def written39_dir() -> Path:
    """``benchmarks/data/extraction_written39/``: the pages of :func:`written32_dir`'s kind,
    written in round 39 by the same rule and scoring convention; held out: scored whole as the
    part ``fresh`` of ``extraction.py --sets written39``, once with the base code (6eae3fd1,
    "before") and once at the end ("after"), beside trafilatura and readability-lxml, English and
    Russian apart; its pages and errors are not read before the next session.  Skipped while the
    folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written39"


def written39_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written39 page (halved since round 40), by a hash of its id
    (the rule of :func:`written16_half`); both halves are scored only in round 40
    (:data:`SCORED_ONLY_SETS`)."""
    return _sha_half(f"written39/{page_id}")


def _written39_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 39, halved into ``dev-a`` and ``dev-b`` since (:func:`written39_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written39", written39_dir(), part, limit, halves=written39_half)


def written40_dir() -> Path:
    """``benchmarks/data/extraction_written40/``: the pages of :func:`written32_dir`'s kind,
    written in round 40 by the same rule and scoring convention (twelve pages, Russian 01–06 and
    English 07–12, at least one in windows-1251 and one in KOI8-R); held out: scored whole as the
    part ``fresh`` of ``extraction.py --sets written40``, once with the base code (084f254c,
    "before") and once at the end ("after"), beside trafilatura and readability-lxml, English and
    Russian apart; its pages and errors are not read before the next session.  Skipped while the
    folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written40"


def written40_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written40 page (halved since round 41), by a hash of its id
    (the rule of :func:`written16_half`); both halves were scored only in round 41, readable
    since round 42 (``dev-a`` development, ``dev-b`` a held-aside check)."""
    return _sha_half(f"written40/{page_id}")


def _written40_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 40, halved into ``dev-a`` and ``dev-b`` since (:func:`written40_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written40", written40_dir(), part, limit, halves=written40_half)


def written41_dir() -> Path:
    """``benchmarks/data/extraction_written41/``: the pages of :func:`written32_dir`'s kind,
    written in round 41 by the same rule and scoring convention (twelve pages, Russian 01–06 and
    English 07–12, at least one in windows-1251 and one in KOI8-R); held out: scored whole as the
    part ``fresh`` of ``extraction.py --sets written41``, once with the base code (313f6cbe,
    "before") and once at the end ("after"), beside trafilatura and readability-lxml, English and
    Russian apart; its pages and errors are not read before the next session.  Skipped while the
    folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written41"


def written41_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written41 page (halved since round 42), by a hash of its id
    (the rule of :func:`written16_half`); both halves were scored only in round 42, readable
    since round 43 (``dev-a`` development, ``dev-b`` a held-aside check)."""
    return _sha_half(f"written41/{page_id}")


def _written41_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 41, halved into ``dev-a`` and ``dev-b`` since (:func:`written41_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written41", written41_dir(), part, limit, halves=written41_half)


def written42_dir() -> Path:
    """``benchmarks/data/extraction_written42/``: the pages of :func:`written32_dir`'s kind,
    written in round 42 by the rule of ``benchmarks/heldout.md`` (twelve whole saved pages,
    Russian 01–06 and English 07–12, at least one Russian page in a legacy single-byte encoding);
    held out: scored whole as the part ``fresh`` of ``extraction.py --sets written42``, once with
    the base code (c0b8cc8d, "before") and once at the end ("after"), beside trafilatura and
    readability-lxml, English and Russian apart; its pages and errors are not read before the
    next session.  Skipped while the folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written42"


def written42_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written42 page (halved since round 43), by a hash of its id
    (the rule of :func:`written16_half`); both halves were scored only in round 43, readable
    since round 44 (``dev-a`` development, ``dev-b`` a held-aside check)."""
    return _sha_half(f"written42/{page_id}")


def _written42_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 42, halved into ``dev-a`` and ``dev-b`` since (:func:`written42_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written42", written42_dir(), part, limit, halves=written42_half)


def written43_dir() -> Path:
    """``benchmarks/data/extraction_written43/``: the pages of :func:`written32_dir`'s kind,
    written in round 43 by the rule of ``benchmarks/heldout.md`` (twelve whole saved pages,
    Russian 01–06 and English 07–12, at least one Russian page in a legacy single-byte encoding);
    held out: scored whole as the part ``fresh`` of ``extraction.py --sets written43``, once with
    the base code (930cbb35, "before") and once at the end ("after"), beside trafilatura and
    readability-lxml, English and Russian apart; its pages and errors are not read before the
    next session.  Skipped while the folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written43"


def written43_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written43 page (halved since round 44), by a hash of its id
    (the rule of :func:`written16_half`); both halves were scored only in round 44, readable
    since round 45 (``dev-a`` development, ``dev-b`` a held-aside check)."""
    return _sha_half(f"written43/{page_id}")


def _written43_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 43, halved into ``dev-a`` and ``dev-b`` since (:func:`written43_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written43", written43_dir(), part, limit, halves=written43_half)


def written44_dir() -> Path:
    """``benchmarks/data/extraction_written44/``: the pages of :func:`written32_dir`'s kind,
    written in round 44 by the rule of ``benchmarks/heldout.md`` (twelve whole saved pages,
    Russian 01–06 and English 07–12, at least one Russian page in a legacy single-byte encoding);
    held out: scored whole as the part ``fresh`` of ``extraction.py --sets written44``, once with
    the base code (f2cda83a, "before") and once at the end ("after"), beside trafilatura and
    readability-lxml, English and Russian apart; its pages and errors are not read before the
    next session.  Skipped while the folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written44"


def written44_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a written44 page (halved since round 45), by a hash of its id
    (the rule of :func:`written16_half`); both halves are scored only in round 45
    (:data:`SCORED_ONLY_SETS`)."""
    return _sha_half(f"written44/{page_id}")


def _written44_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Held out in round 44, halved into ``dev-a`` and ``dev-b`` since (:func:`written44_half`);
    the part ``fresh`` still names every page."""
    yield from _written_pages("written44", written44_dir(), part, limit, halves=written44_half)


def written45_dir() -> Path:
    """``benchmarks/data/extraction_written45/``: the pages of :func:`written32_dir`'s kind,
    written in round 45 by the rule of ``benchmarks/heldout.md`` (twelve whole saved pages,
    Russian 01–06 and English 07–12, at least one Russian page in a legacy single-byte encoding);
    held out: scored whole as the part ``fresh`` of ``extraction.py --sets written45``, once with
    the base code (30e50dfa, "before") and once at the end ("after"), beside trafilatura and
    readability-lxml, English and Russian apart; its pages and errors are not read before the
    next session.  Skipped while the folder is absent or empty."""
    return Path(__file__).resolve().parent / "data" / "extraction_written45"


def _written45_pages(part: str | None, limit: int) -> Iterator[Page]:
    yield from _written_pages("written45", written45_dir(), part, limit, halves=None)


def _written_pages(
    name: str, folder: Path, part: str | None, limit: int, halves: Any
) -> Iterator[Page]:
    """A colleague's written pages: ``NN.html`` with its gold ``NN.txt``; ``halves`` gives a
    page's development half (``None``: the whole set is held out, the part ``fresh``)."""
    allowed = (None, FRESH) if halves is None else (None, FRESH, "dev-a", "dev-b")
    if part not in allowed:
        return
    taken = 0
    for page in sorted(folder.glob("*.html")):
        gold_file = page.with_suffix(".txt")
        if not gold_file.is_file():
            continue
        raw = gold_file.read_bytes().decode("utf-8", errors="replace")
        gold = "\n".join(line.strip() for line in raw.splitlines() if line.strip())
        if len(_TOKEN.findall(gold)) < _MIN_GOLD_TOKENS:
            continue
        label = FRESH if halves is None else halves(page.stem)
        if part in ("dev-a", "dev-b") and label != part:
            continue
        yield Page(name, page.stem, part or label, page.read_bytes(), gold, _language_of(gold))
        taken += 1
        if limit and taken >= limit:
            return


def evan_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_EVAN``: the ``articles/`` folder of ``WubabooTR/evan_extract`` @
    ``a339d457cce63a06b705145b5db513922fad089e`` (2021, a small study comparing article
    extractors; its README: 85 article pages, "the texts have been manually extracted from each
    html"): ``articles/NAME.html``, the page as saved, and ``articles/NAME.txt``, the article's
    text as its author cut it by hand; the pages the author judged to hold no article sit in
    ``articles/no_content/``.  **Hand-made gold, drafted by no extractor**, from news and
    magazine sites of 2021; never used by any round here.

    **Selection rule (round 14, written and committed before any page or gold was read or
    scored; only file names and sizes were listed):** every ``articles/NAME.html`` with an
    ``articles/NAME.txt`` directly in ``articles/`` (``no_content/`` is left out: its author's
    own label says those pages hold no article); the gold is the text file as UTF-8 (bytes that
    are not UTF-8 replaced), lines stripped and blank lines dropped, of at least eight tokens,
    and by the same language detector the other multilingual sets use (:func:`_language_of`)
    English or Russian.  No kind of page and no gold size is left out (choosing would need
    reading).  A page whose HTML is byte-identical (sha256) to a page of another set here, or
    whose URL (the page's ``<link rel=canonical>`` or ``og:url``, normalised as in
    ``benchmarks/extraction_overlap.py``) is the URL of a page of scrapinghub, the WCEB subsets,
    trafilatura-eval or WCXB, is left out (:data:`EVAN_OVERLAP`, found by
    ``benchmarks/extraction_overlap.py``: none).  The rule takes all 85 pages (all English by their
    gold; 80 carry a URL).  Held out in round 14 (issue 11): scored whole as the
    part ``fresh``, once with the base code and once at the end; nothing of it is copied into
    the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_EVAN")
    return Path(folder) if folder else None


#: evan_extract pages that are another set's page (see :func:`evan_dir`), found by the overlap
#: check run when the rule was written
EVAN_OVERLAP: frozenset[str] = frozenset()
_PAGE_URL = (
    re.compile(rb"<link\b[^>]*\brel=[\"']?canonical[\"']?[^>]*\bhref=[\"']([^\"'>]+)", re.I),
    re.compile(rb"<link\b[^>]*\bhref=[\"']([^\"'>]+)[\"'][^>]*\brel=[\"']?canonical", re.I),
    re.compile(rb"<meta\b[^>]*\bproperty=[\"']og:url[\"'][^>]*\bcontent=[\"']([^\"'>]+)", re.I),
    re.compile(rb"<meta\b[^>]*\bcontent=[\"']([^\"'>]+)[\"'][^>]*\bproperty=[\"']og:url", re.I),
)


def page_url(raw_html: bytes) -> str:
    """A saved page's own URL: its canonical link or ``og:url`` ("" when it has neither)."""
    for pattern in _PAGE_URL:
        found = pattern.search(raw_html)
        if found:
            return found.group(1).decode("utf-8", errors="replace")
    return ""


def evan_candidates() -> Iterator[tuple[str, Path, Path]]:
    """(id, page, gold file) of every evan_extract page with both files directly in
    ``articles/``, before the rule's other conditions; the id is the file name's stem."""
    folder = evan_dir()
    if folder is None:
        return
    for gold_file in sorted((folder / "articles").glob("*.txt")):
        page = gold_file.with_suffix(".html")
        if page.is_file():
            yield gold_file.stem, page, gold_file


def evan_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for an evan_extract page (a development set since round 15), by a
    hash of its id (the file name's stem)."""
    digest = hashlib.sha256(f"evan-extract/{page_id}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def _evan_pages(part: str | None, limit: int) -> Iterator[Page]:
    """The evan_extract pages (see :func:`evan_dir` for the selection rule), held out in round 14
    and halved into ``dev-a`` and ``dev-b`` since (:func:`evan_half`).  The part ``fresh`` still
    names every page: ``benchmarks/extraction_speed.py`` holds all 85 out for speed (round 15)."""
    if part not in (None, FRESH, "dev-a", "dev-b"):
        return
    found = sorted(evan_candidates(), key=lambda item: _rank("evan-extract", item[0]))
    taken = 0
    for page_id, page, gold_file in found:
        if page_id in EVAN_OVERLAP:
            continue
        raw = gold_file.read_bytes().decode("utf-8", errors="replace")
        gold = "\n".join(line.strip() for line in raw.splitlines() if line.strip())
        if len(_TOKEN.findall(gold)) < _MIN_GOLD_TOKENS:
            continue
        language = _language_of(gold)
        if language not in ("en", "ru"):
            continue
        if part not in (None, FRESH) and evan_half(page_id) != part:
            continue
        yield Page("evan-extract", page_id, evan_half(page_id), page.read_bytes(), gold, language)
        taken += 1
        if limit and taken >= limit:
            return


def cleaneval_dir() -> Path | None:
    """``$NEWSPRISM_FRESH_CLEANEVAL``: the CleanEval shared task's pages (Baroni, Chantree,
    Kilgarriff and Sharoff, "CleanEval: a competition for cleaning web pages", LREC 2008), as
    mirrored in ``j-szulc/html-cleaning-dataset-merged`` @ ``46e01a04b470`` (its folders
    ``cleaneval-dev/`` and ``cleaneval-final/``: ``input/NAME.html``, the page as the organisers
    saved it in 2007 inside a ``<text id=URL title=… encoding=…>`` wrapper, and
    ``GoldStandard/NAME.txt``, a ``URL: …`` line and then the text the annotators kept by hand,
    each paragraph, heading and list item opened with a ``<p>``, ``<h>`` or ``<l>`` marker).
    Pages drawn at random from the English (and Chinese) web by the organisers: articles, blogs,
    forums, lists, institutions' pages; gold = everything the annotators judged content, headings
    and list items included.  **Hand-made gold, drafted by no extractor** (unlike WCXB's and
    trafilatura-eval's), and never used by any round here (the WCEB subsets in ``../shared`` leave
    CleanEval out; CleanPortalEval is another set).

    **Selection rule (round 13, written and committed before any page was read or scored):**
    every page of both folders with an input page and a gold file; the gold read as text (the
    ``URL:`` line and the ``<p>``/``<h>``/``<l>`` markers removed) of at least eight tokens and,
    by the same language detector the other multilingual sets use (:func:`_language_of`),
    English or Russian (newsprism's languages; CleanEval's Chinese pages are written without
    spaces, which the 4-token shingle metric cannot score); no kind of page is left out (choosing
    kinds would need reading the pages).  A page whose HTML (the wrapper removed) is
    byte-identical (sha256) to a page of another set here, or whose URL (scheme, ``www.``, query,
    trailing ``/`` and ``.htm(l)``/``.php`` ignored) is the URL of a page of scrapinghub, the WCEB
    subsets, trafilatura-eval or WCXB, is left out (:data:`CLEANEVAL_OVERLAP`, found by
    ``benchmarks/extraction_overlap.py`` when the rule was written).  The page given to the
    extractors is the input file without the organisers' ``<text …>`` wrapper.  The rule takes
    730 of the 739 pages with both files (673 of the final set, 57 of the development set; all
    730 English by their gold, seven golds with no language detected, two overlapping URLs).
    Held out in
    round 13 (issue 11), scored whole as the part ``fresh``; a development set since (round 14),
    halved into ``dev-a`` and ``dev-b`` by a hash of its page id (:func:`cleaneval_half`, fixed
    before any page was read); nothing of it is copied into the project."""
    folder = os.environ.get("NEWSPRISM_FRESH_CLEANEVAL")
    return Path(folder) if folder else None


#: CleanEval pages that are another set's page (see :func:`cleaneval_dir`), found by the overlap
#: check run when the rule was written: no page byte-identical; two pages whose URL, its query
#: ignored, is a scrapinghub/WCEB page's (one site's ``article.cgi?…`` pages: most likely other
#: articles, but the rule ignores queries, so they go)
CLEANEVAL_OVERLAP = frozenset({"final/700", "final/701"})
_CLEANEVAL_FOLDERS = {"dev": "cleaneval-dev", "final": "cleaneval-final"}
_CLEANEVAL_MARKER = re.compile(r"<\s*/?\s*[phl]\s*>", re.IGNORECASE)
_CLEANEVAL_URL_LINE = re.compile(r"^\s*URL:[^\n]*\n?")
_CLEANEVAL_WRAPPER = re.compile(rb"^\s*<text\b[^>]*>|</text>\s*$", re.IGNORECASE)


def cleaneval_gold(raw: str) -> str:
    """The text of a CleanEval gold file: no ``URL:`` line, no paragraph/heading/list markers."""
    text = _CLEANEVAL_MARKER.sub("\n", _CLEANEVAL_URL_LINE.sub("", raw, count=1))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def cleaneval_url(raw_html: bytes) -> str:
    """The page's URL, from the organisers' ``<text id=…>`` wrapper ("" when it has none)."""
    found = re.match(rb'\s*<text\b[^>]*\bid="([^"]*)"', raw_html)
    return found.group(1).decode("utf-8", errors="replace") if found else ""


def cleaneval_html(raw_html: bytes) -> bytes:
    """The page without the organisers' ``<text …>`` wrapper."""
    return _CLEANEVAL_WRAPPER.sub(b"", raw_html)


def cleaneval_candidates() -> Iterator[tuple[str, Path, Path]]:
    """(id, input page, gold file) of every CleanEval page with both files, before the rule's
    other conditions; the id is ``dev/NAME`` or ``final/NAME``."""
    folder = cleaneval_dir()
    if folder is None:
        return
    for short, sub in _CLEANEVAL_FOLDERS.items():
        for gold_file in sorted((folder / sub / "GoldStandard").glob("*.txt")):
            page = folder / sub / "input" / f"{gold_file.stem}.html"
            if page.is_file():
                yield f"{short}/{gold_file.stem}", page, gold_file


def cleaneval_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b``: a CleanEval page's development half (round 14), by the first byte
    of a hash of its id (``dev/NAME`` or ``final/NAME``): pages were drawn at random from the
    web by the organisers, so a page is as good a unit as a site."""
    digest = hashlib.sha256(f"cleaneval-half/{page_id}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def _cleaneval_pages(part: str | None, limit: int) -> Iterator[Page]:
    """The CleanEval pages (see :func:`cleaneval_dir` for the selection rule), of one half."""
    if part not in (None, "dev", "dev-a", "dev-b"):
        return
    found = sorted(cleaneval_candidates(), key=lambda item: _rank("cleaneval", item[0]))
    taken = 0
    for page_id, page, gold_file in found:
        if page_id in CLEANEVAL_OVERLAP:
            continue
        half = cleaneval_half(page_id)
        if part in ("dev-a", "dev-b") and half != part:
            continue
        gold = cleaneval_gold(gold_file.read_bytes().decode("utf-8", errors="replace"))
        if len(_TOKEN.findall(gold)) < _MIN_GOLD_TOKENS:
            continue
        language = _language_of(gold)
        if language not in ("en", "ru"):
            continue
        yield Page("cleaneval", page_id, half, cleaneval_html(page.read_bytes()), gold, language)
        taken += 1
        if limit and taken >= limit:
            return


def available(name: str) -> bool:
    if name == "written45":
        return written45_dir().is_dir() and any(written45_dir().glob("*.txt"))
    if name == "written44":
        return written44_dir().is_dir() and any(written44_dir().glob("*.txt"))
    if name == "written43":
        return written43_dir().is_dir() and any(written43_dir().glob("*.txt"))
    if name == "written42":
        return written42_dir().is_dir() and any(written42_dir().glob("*.txt"))
    if name == "written41":
        return written41_dir().is_dir() and any(written41_dir().glob("*.txt"))
    if name == "written40":
        return any(written40_dir().glob("*.txt"))
    if name == "written39":
        return any(written39_dir().glob("*.txt"))
    if name == "written38":
        return any(written38_dir().glob("*.txt"))
    if name == "written37":
        return any(written37_dir().glob("*.txt"))
    if name == "written36":
        return any(written36_dir().glob("*.txt"))
    if name == "written35":
        return any(written35_dir().glob("*.txt"))
    if name == "written34":
        return any(written34_dir().glob("*.txt"))
    if name == "written33":
        return any(written33_dir().glob("*.txt"))
    if name == "written32":
        return any(written32_dir().glob("*.txt"))
    if name == "written31":
        return any(written31_dir().glob("*.txt"))
    if name == "written30":
        return any(written30_dir().glob("*.txt"))
    if name == "written29":
        return any(written29_dir().glob("*.txt"))
    if name == "written28":
        return any(written28_dir().glob("*.txt"))
    if name == "written27":
        return any(written27_dir().glob("*.txt"))
    if name == "written26":
        return any(written26_dir().glob("*.txt"))
    if name == "written25":
        return any(written25_dir().glob("*.txt"))
    if name == "written24":
        return any(written24_dir().glob("*.txt"))
    if name == "written23":
        return any(written23_dir().glob("*.txt"))
    if name == "written22":
        return any(written22_dir().glob("*.txt"))
    if name == "written21":
        return any(written21_dir().glob("*.txt"))
    if name == "written20":
        return any(written20_dir().glob("*.txt"))
    if name == "written19":
        return any(written19_dir().glob("*.txt"))
    if name == "written18":
        return any(written18_dir().glob("*.txt"))
    if name == "written17":
        return any(written17_dir().glob("*.txt"))
    if name == "written16":
        return any(written16_dir().glob("*.txt"))
    if name == "magic-html":
        folder = magic_html_dir()
        return folder is not None and (folder / "benchmark/data/article/base.json").is_file()
    if name == "htmltotext":
        folder = htmltotext_dir()
        return folder is not None and (folder / "benchmarkdata").is_dir()
    if name == "evan-extract":
        folder = evan_dir()
        return folder is not None and (folder / "articles").is_dir()
    if name == "cleaneval":
        folder = cleaneval_dir()
        return folder is not None and (folder / "cleaneval-final" / "GoldStandard").is_dir()
    if name == "wcxb":
        folder = wcxb_dir()
        return folder is not None and (folder / "metadata.json").is_file()
    if name == "trafilatura-eval":
        folder = trafeval_dir()
        return folder is not None and (folder / "evaldata.json").is_file()
    if name == "big9-chaos":
        folder = big9_dir()
        return folder is not None and any(folder.glob("Extraction/*/gold/*.txt"))
    if name == "postlight":
        folder = postlight_dir()
        return folder is not None and (folder / "src/extractors/custom").is_dir()
    if name == "goose-snacktory":
        folder = goose_dir()
        return folder is not None and folder.is_dir()
    if name == "fundus":
        folder = fundus_dir()
        return folder is not None and any(folder.glob("*/*.json"))
    if name == "newspaper-2014":
        folder = fresh_dir()
        return folder is not None and (folder / "text").is_dir()
    return (_set_dir(name) / "ground-truth.json").is_file()


def trafeval_half(name: str) -> str:
    """``dev-a`` or ``dev-b`` for a trafilatura-eval page, by a hash of its file name (round 12:
    the page's id; the data records no site for every page)."""
    digest = hashlib.sha256(f"trafilatura-eval/{name}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def site_half(name: str) -> str:
    """``dev-a`` or ``dev-b`` for a newspaper-2014 page, by a hash of its site (``cnn.com1`` and
    ``cnn.com2`` are one site), so that a site's pages are all in one half."""
    site = re.sub(r"\d+$", "", name)
    digest = hashlib.sha256(f"newspaper-2014/{site}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def publisher_half(publisher: str) -> str:
    """``dev-a`` or ``dev-b`` for a fundus page, by a hash of its publisher (all of a
    publisher's pages, whatever their parser version, fall in one half)."""
    digest = hashlib.sha256(f"fundus/{publisher}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def goose_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a goose-snacktory page, by a hash of its name without trailing
    digits (``goose3/cnn1`` and ``goose3/cnn2``, likely one site, fall together)."""
    site = re.sub(r"\d+$", "", page_id)
    digest = hashlib.sha256(f"goose-snacktory/{site}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def big9_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a big9-chaos page, by a hash of its topic (the file name
    without its ``(n)`` counter: ``big5-09/amd (3)`` and ``chaos-all/amd (1)`` fall together)."""
    topic = re.sub(r"\s*\(\d+\)$", "", page_id.split("/")[-1]).strip().lower()
    digest = hashlib.sha256(f"big9-chaos/{topic}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def postlight_half(page_id: str) -> str:
    """``dev-a`` or ``dev-b`` for a postlight page, by a hash of its site (the extractor's
    folder, the part of the id before ``/``), so that a site's pages are all in one half."""
    digest = hashlib.sha256(f"postlight/{page_id.split('/')[0]}".encode()).digest()
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
    prefix: bool = False  # the gold is the body's beginning only (see :func:`page_row`)
    with_snippets: tuple[str, ...] = ()  # a snippet set's gold (see :func:`snippet_counts`)
    without_snippets: tuple[str, ...] = ()


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
    if folder is None or part not in (None, "dev", "dev-a", "dev-b"):
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
            if part in (None, "dev") or publisher_half(gold_file.stem) == part:
                name = f"{gold_file.parent.name}/{html_file.name.removesuffix('.html.gz')}"
                found.append((name, html_file, entry))
    found.sort(key=lambda item: _rank("fundus", item[0]))
    for name, html_file, entry in found[:limit] if limit else found:
        gold = fundus_gold(entry)
        html = gzip.decompress(html_file.read_bytes())
        half = publisher_half(name.split("/")[1].rsplit("_", 1)[0])
        yield Page("fundus", name, half, html, gold, _language_of(gold))


_JAVA_STRING = r'"((?:[^"\\\n]|\\.)*)"'
_SNACKTORY_PAGE = re.compile(
    r'(?:getResourceAsStream|readFileAsString)\(\s*"([^"]+\.html?)"\s*\)', re.IGNORECASE
)
_SNACKTORY_PREFIX = re.compile(
    r"(?:getText\(\)\.startsWith\(|getText\(\),\s*startsWith\()\s*" + _JAVA_STRING
)
_SNACKTORY_WHOLE = re.compile(r"assertEquals\(\s*" + _JAVA_STRING + r"\s*,\s*res\.getText\(\)\s*\)")
_JAVA_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")


def _java_unescape(literal: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code.startswith("u") and len(code) == 5:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r"}.get(code, code)

    return _JAVA_ESCAPE.sub(one, literal)


def _snacktory_golds(folder: Path) -> Iterator[tuple[str, Path, str, bool]]:
    """(id, page, gold, prefix) of each snacktory test that reads a page and checks its text;
    commented-out lines are left out, and so are tests on inline HTML (no page file)."""
    java = folder / "src/test/java/de/jetwick/snacktory/ArticleTextExtractorTest.java"
    resources = folder / "src/test/resources/de/jetwick/snacktory"
    if not java.is_file():
        return
    lines = [ln for ln in java.read_text("utf-8").splitlines() if not ln.lstrip().startswith("//")]
    for test in "\n".join(lines).split("@Test")[1:]:
        found = _SNACKTORY_PAGE.search(test)
        if not found:
            continue
        name = found.group(1)
        page = folder / name if name.startswith("test_data/") else resources / name
        whole = _SNACKTORY_WHOLE.search(test)
        prefix = _SNACKTORY_PREFIX.search(test)
        if page.is_file() and (whole or prefix):
            gold = _java_unescape((whole or prefix).group(1))  # type: ignore[union-attr]
            yield f"snacktory/{Path(name).stem}", page, gold, whole is None


def _goose_golds(folder: Path) -> Iterator[tuple[str, Path, str, bool]]:
    """(id, page, gold, prefix) of each goose3 content test with a page and a cleaned text; the
    handful of synthetic pages (``example.com``) are left out."""
    for gold_file in sorted((folder / "tests/data/content").glob("*.json")):
        data = json.loads(gold_file.read_text("utf-8"))
        gold = (data.get("expected") or {}).get("cleaned_text") or ""
        page = gold_file.with_suffix(".html")
        url = str(data.get("url") or "")
        if gold and page.is_file() and not re.search(r"//(www\.)?ex[ae]mple\.com", url):
            yield f"goose3/{gold_file.stem.removeprefix('test_')}", page, gold, True


#: golds under this many tokens are too short to score with 4-token shingles
_MIN_GOLD_TOKENS = 8


def _goose_pages(part: str | None, limit: int) -> Iterator[Page]:
    """The held-out pages of goose3 and snacktory (see :func:`goose_dir`).  A page that is
    byte-for-byte another one already taken (goose3 tests the same page under two names; the two
    projects share a few) counts once, with the longer gold."""
    folder = goose_dir()
    if folder is None or part not in (None, "dev-a", "dev-b"):
        return
    best: dict[str, tuple[str, Path, str, bool]] = {}
    for item in [*_goose_golds(folder / "goose3"), *_snacktory_golds(folder / "snacktory")]:
        _, page, gold, _ = item
        if len(_TOKEN.findall(gold)) < _MIN_GOLD_TOKENS:
            continue
        key = hashlib.sha256(page.read_bytes()).hexdigest()
        if key not in best or len(gold) > len(best[key][2]):
            best[key] = item
    found = sorted(best.values(), key=lambda item: _rank("goose-snacktory", item[0]))
    found = [item for item in found if part is None or goose_half(item[0]) == part]
    for name, page, gold, prefix in found[:limit] if limit else found:
        yield Page(
            "goose-snacktory", name, goose_half(name), page.read_bytes(), gold, prefix=prefix
        )


_JS_STRING = r"""('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)"""
_JS_FIXTURE = re.compile(r"readFileSync\(\s*" + _JS_STRING)
_JS_EXCERPT = re.compile(
    r"excerptContent\(.*?\)\s*;.*?assert\.equal\(\s*\w+\s*,\s*" + _JS_STRING, re.DOTALL
)


def _js_literal(literal: str) -> str:
    return _java_unescape(literal[1:-1])


def _postlight_golds(folder: Path) -> Iterator[tuple[str, Path, str]]:
    """(id, page, gold) of each content test in Postlight's per-site extractor tests: the page
    is the fixture read in the test itself, else the one its ``describe`` block read in
    ``beforeAll``; the gold is the string the excerpt of the content is compared with."""
    for test in sorted((folder / "src/extractors/custom").glob("*/index.test.js")):
        js = test.read_text("utf-8")
        shared: list[tuple[int, str]] = []  # (position, fixture) read in a beforeAll
        for found in _JS_FIXTURE.finditer(js):
            before = js[: found.start()]
            if before.rfind("beforeAll(") > before.rfind("it("):
                shared.append((found.start(), _js_literal(found.group(1))))
        for found in _JS_EXCERPT.finditer(js):
            it_start = js.rfind("it(", 0, found.start())
            own = [
                _js_literal(f.group(1)) for f in _JS_FIXTURE.finditer(js, it_start, found.start())
            ]
            earlier = [name for at, name in shared if at < found.start()]
            fixture = own[-1] if own else earlier[-1] if earlier else ""
            page = folder / fixture.removeprefix("./")
            if fixture and page.is_file():
                yield f"{test.parent.name}/{page.stem}", page, _js_literal(found.group(1))


def _postlight_pages(part: str | None, limit: int) -> Iterator[Page]:
    """The pages of Postlight's Parser (see :func:`postlight_dir`); a page tested twice counts
    once, with its longer gold; golds under eight tokens are left out."""
    folder = postlight_dir()
    if folder is None or part not in (None, "dev", "dev-a", "dev-b"):
        return
    best: dict[str, tuple[str, Path, str]] = {}
    for item in _postlight_golds(folder):
        _, page, gold = item
        if len(_TOKEN.findall(gold)) < _MIN_GOLD_TOKENS:
            continue
        key = hashlib.sha256(page.read_bytes()).hexdigest()
        if key not in best or len(gold) > len(best[key][2]):
            best[key] = item
    found = sorted(best.values(), key=lambda item: _rank("postlight", item[0]))
    found = [item for item in found if part in (None, "dev") or postlight_half(item[0]) == part]
    for name, page, gold in found[:limit] if limit else found:
        yield Page("postlight", name, postlight_half(name), page.read_bytes(), gold, prefix=True)


def _big9_pages(part: str | None, limit: int) -> Iterator[Page]:
    """The held-out pages of Utomo and Leu's extraction data (see :func:`big9_dir`): every gold
    with its page (``.htm`` or ``.html``); a page byte-for-byte another one counts once."""
    folder = big9_dir()
    if folder is None or part not in (None, "dev", "dev-a", "dev-b"):
        return
    seen: set[str] = set()
    found: list[tuple[str, Path, Path]] = []
    for gold_file in sorted(folder.glob("Extraction/*/gold/*.txt")):
        html_dir = gold_file.parent.parent / "html"
        page = next(
            (
                html_dir / f"{gold_file.stem}{ext}"
                for ext in (".htm", ".html")
                if (html_dir / f"{gold_file.stem}{ext}").is_file()
            ),
            None,
        )
        if page is None:
            continue
        key = hashlib.sha256(page.read_bytes()).hexdigest()
        if key in seen:
            continue
        seen.add(key)
        found.append((f"{gold_file.parent.parent.name}/{gold_file.stem}", page, gold_file))
    found.sort(key=lambda item: _rank("big9-chaos", item[0]))
    found = [item for item in found if part in (None, "dev") or big9_half(item[0]) == part]
    for name, page, gold_file in found[:limit] if limit else found:
        gold = gold_file.read_bytes().decode("utf-8", errors="replace")
        yield Page("big9-chaos", name, big9_half(name), page.read_bytes(), gold)


def _trafeval_pages(part: str | None, limit: int) -> Iterator[Page]:
    """Every page of trafilatura's evaluation data (see :func:`trafeval_dir`) whose file is
    there (``cache/`` first, then ``eval/``, as trafilatura's own evaluation looks); the id is
    the file's name.  The page's language is the ``with`` snippets' (for the English rows)."""
    folder = trafeval_dir()
    if folder is None or part not in (None, "dev", "dev-a", "dev-b"):
        return
    data = json.loads((folder / "evaldata.json").read_text("utf-8"))
    found: list[tuple[str, Path, dict[str, Any]]] = []
    for item in data.values():
        name = str(item.get("file") or "")
        where = [folder / sub / name for sub in ("cache", "eval")] if name else []
        path = next((f for f in where if f.is_file()), None)
        wanted = part in (None, "dev") or trafeval_half(name) == part
        if path is not None and item.get("with") and wanted:
            found.append((name, path, item))
    found.sort(key=lambda entry: _rank("trafilatura-eval", entry[0]))
    for name, path, item in found[:limit] if limit else found:
        with_ = tuple(str(w) for w in item["with"])
        without = tuple(str(w) for w in item.get("without") or ())
        yield Page(
            "trafilatura-eval", name, trafeval_half(name), path.read_bytes(), "\n".join(with_),
            _language_of(" ".join(with_)), with_snippets=with_, without_snippets=without,
        )  # fmt: skip


def wcxb_half(domain: str) -> str:
    """``dev-a`` or ``dev-b`` for a page of WCXB's ``dev`` split, by a hash of its domain (all of
    a site's pages fall in one half)."""
    digest = hashlib.sha256(f"wcxb/{domain}".encode()).digest()
    return "dev-a" if digest[0] % 2 == 0 else "dev-b"


def _wcxb_pages(part: str | None, limit: int) -> Iterator[Page]:
    """WCXB's article pages (see :func:`wcxb_dir` for the rule that chose the ``test`` split's,
    held out in round 12): the part ``test`` is the ``test`` split's (``fresh`` is kept as its
    old name), ``dev-a`` and ``dev-b`` the ``dev`` split's halves (:func:`wcxb_half`; the same
    conditions: HTML and gold there, gold of eight tokens or more).  A development set since
    round 13."""
    folder = wcxb_dir()
    if folder is None or part not in (None, FRESH, "test", "dev", "dev-a", "dev-b"):
        return
    files = json.loads((folder / "metadata.json").read_text("utf-8"))["files"]
    split = "test" if part in (FRESH, "test") else "dev"

    def wanted(meta: dict[str, Any]) -> bool:
        if meta.get("page_type") != "article":
            return False
        if part is None:
            return True
        if meta.get("split") != split:
            return False
        return split == "test" or part == "dev" or wcxb_half(str(meta.get("domain"))) == part

    chosen = sorted((i for i, m in files.items() if wanted(m)), key=lambda i: _rank("wcxb", i))
    found: list[tuple[str, Path, str, str]] = []
    for page_id in chosen:
        sub = str(files[page_id].get("split"))
        html = folder / sub / "html" / f"{page_id}.html.gz"
        truth = folder / sub / "ground-truth" / f"{page_id}.json"
        if not (html.is_file() and truth.is_file()):
            continue
        gold = str(json.loads(truth.read_text("utf-8"))["ground_truth"].get("main_content") or "")
        if len(_TOKEN.findall(gold)) >= _MIN_GOLD_TOKENS:
            label = "test" if sub == "test" else wcxb_half(str(files[page_id].get("domain")))
            found.append((page_id, html, gold, label))
    for page_id, html, gold, label in found[:limit] if limit else found:
        yield Page(
            "wcxb", page_id, label, gzip.decompress(html.read_bytes()), gold, _language_of(gold)
        )


def pages(set_name: str, part: str | None = None, limit: int = 0) -> Iterator[Page]:
    if set_name == "written45":
        yield from _written45_pages(part, limit)
        return
    if set_name == "written44":
        yield from _written44_pages(part, limit)
        return
    if set_name == "written43":
        yield from _written43_pages(part, limit)
        return
    if set_name == "written42":
        yield from _written42_pages(part, limit)
        return
    if set_name == "written41":
        yield from _written41_pages(part, limit)
        return
    if set_name == "written40":
        yield from _written40_pages(part, limit)
        return
    if set_name == "written39":
        yield from _written39_pages(part, limit)
        return
    if set_name == "written38":
        yield from _written38_pages(part, limit)
        return
    if set_name == "written37":
        yield from _written37_pages(part, limit)
        return
    if set_name == "written36":
        yield from _written36_pages(part, limit)
        return
    if set_name == "written35":
        yield from _written35_pages(part, limit)
        return
    if set_name == "written34":
        yield from _written34_pages(part, limit)
        return
    if set_name == "written33":
        yield from _written33_pages(part, limit)
        return
    if set_name == "written32":
        yield from _written32_pages(part, limit)
        return
    if set_name == "written31":
        yield from _written31_pages(part, limit)
        return
    if set_name == "written30":
        yield from _written30_pages(part, limit)
        return
    if set_name == "written29":
        yield from _written29_pages(part, limit)
        return
    if set_name == "written28":
        yield from _written28_pages(part, limit)
        return
    if set_name == "written27":
        yield from _written27_pages(part, limit)
        return
    if set_name == "written26":
        yield from _written26_pages(part, limit)
        return
    if set_name == "written25":
        yield from _written25_pages(part, limit)
        return
    if set_name == "written24":
        yield from _written24_pages(part, limit)
        return
    if set_name == "written23":
        yield from _written23_pages(part, limit)
        return
    if set_name == "written22":
        yield from _written22_pages(part, limit)
        return
    if set_name == "written21":
        yield from _written21_pages(part, limit)
        return
    if set_name == "written20":
        yield from _written20_pages(part, limit)
        return
    if set_name == "written19":
        yield from _written19_pages(part, limit)
        return
    if set_name == "written18":
        yield from _written18_pages(part, limit)
        return
    if set_name == "written17":
        yield from _written17_pages(part, limit)
        return
    if set_name == "written16":
        yield from _written16_pages(part, limit)
        return
    if set_name == "magic-html":
        yield from _magic_html_pages(part, limit)
        return
    if set_name == "htmltotext":
        yield from _htmltotext_pages(part, limit)
        return
    if set_name == "evan-extract":
        yield from _evan_pages(part, limit)
        return
    if set_name == "cleaneval":
        yield from _cleaneval_pages(part, limit)
        return
    if set_name == "wcxb":
        yield from _wcxb_pages(part, limit)
        return
    if set_name == "trafilatura-eval":
        yield from _trafeval_pages(part, limit)
        return
    if set_name == "big9-chaos":
        yield from _big9_pages(part, limit)
        return
    if set_name == "postlight":
        yield from _postlight_pages(part, limit)
        return
    if set_name == "goose-snacktory":
        yield from _goose_pages(part, limit)
        return
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


def _find(tokens: list[str], needle: list[str], start: int = 0) -> int:
    n = len(needle)
    for i in range(start, len(tokens) - n + 1):
        if tokens[i : i + n] == needle:
            return i
    return -1


def prefix_output(gold: str, pred: str, n: int = 4) -> str:
    """The part of ``pred`` that a gold holding only the body's beginning can judge: up to the
    first place after the gold's opening where the gold's last ``n`` tokens occur (else as many
    tokens as the gold has, counted from where the gold's opening occurs, or from the start).
    What comes before the article stays in (it is judged: chrome before the body costs
    precision); the body's rest, which the gold does not show, is not judged."""
    gold_tokens, tokens = _TOKEN.findall(gold or ""), _TOKEN.findall(pred or "")
    if len(gold_tokens) < n:
        return pred
    start = max(0, _find(tokens, gold_tokens[:n]))
    end = _find(tokens, gold_tokens[-n:], start)
    stop = end + n if end >= 0 else start + len(gold_tokens)
    return " ".join(tokens[:stop])


def page_row(page: Page, pred: str) -> Row:
    """tp/fp/fn of one page's output; a prefix gold judges only :func:`prefix_output`."""
    return tp_fp_fn(page.gold, prefix_output(page.gold, pred) if page.prefix else pred)


_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def block_label(page: Page, text: str, *, lone_without_snippets: bool) -> int | None:
    """Whether a block of ``text`` is the gold's: 1 it is, 0 it is not, None the gold does not
    say.  A snippet gold decides by its snippets (a ``with`` snippet inside the block: 1; a
    ``without`` one: 0; neither: None); a page with only ``without`` snippets is read that way
    with ``lone_without_snippets`` (the fifteenth round's disputed blocks), else by its gold
    text (the twelfth round's trim model).  A prefix gold says nothing of a block; any other
    gold holds the block when it holds half the block's 4-word shingles."""
    if page.with_snippets or (lone_without_snippets and page.without_snippets):
        norm = _norm(text)
        if any(_norm(w) in norm for w in page.with_snippets):
            return 1
        if any(_norm(w) in norm for w in page.without_snippets):
            return 0
        return None
    if page.prefix:
        return None
    own = shingles(text)
    if not own:
        return None
    gold = shingles(page.gold)
    found = sum((own & gold).values())
    return 1 if found >= 0.5 * sum(own.values()) else 0


def snippet_counts(page: Page, pred: str) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) of one page of a snippet set, as trafilatura's evaluation counts them:
    a ``with`` snippet found in the output (white space collapsed) is a true positive, else a
    false negative; a ``without`` snippet found is a false positive, else a true negative."""
    text = _norm(pred or "")
    tp = sum(1 for w in page.with_snippets if _norm(w) in text)
    fp = sum(1 for w in page.without_snippets if _norm(w) in text)
    return tp, fp, len(page.with_snippets) - tp, len(page.without_snippets) - fp


def snippet_scores(counts: list[tuple[int, int, int, int]]) -> tuple[float, float, float, float]:
    """F1, precision, recall and accuracy over all snippets of the pages (summed, not averaged
    per page: trafilatura's own evaluation)."""
    tp, fp, fn, tn = (sum(c[i] for c in counts) for i in range(4))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    acc = (tp + tn) / (tp + fp + fn + tn) if counts else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r, acc


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
