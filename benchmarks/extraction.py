"""Body-text extraction: newsprism beside trafilatura and readability-lxml, every set, same run.

Data: every HTML extraction set in ``$NEWSPRISM_DATASETS`` (default ``<repo>/../shared/datasets``):
scrapinghub and the four news subsets of the Web Content Extraction Benchmark (dragnet, l3s-gn1,
readability, cleanportaleval).  Each set is split by a hash of its page ids into a ``dev`` part
(developed on) and a ``test`` part (only scored); test parts are printed first.  Twelve sets live
outside the project, each found through a variable and skipped when it is unset:
``written45`` (``benchmarks/data/extraction_written45``, held out in round 45 by the rule in
``benchmarks/heldout.md``: the part ``fresh``, asked for by name and printed first; twelve whole
saved pages, Russian 01–06 and English 07–12, at least one Russian page in a legacy single-byte
encoding, written with their gold by a colleague who did not read this code;
``extraction_sets.written45_dir``), ``written44`` (held out in round 44, halved by a hash of the
page id since round 45 but **scored only** in round 45: no per-page output for either half,
``extraction_sets.SCORED_ONLY_SETS``), ``written43``, ``written42``, ``written41``, ``written40``, ``written39``, ``written38``, ``written37``, ``written36``, ``written35``, ``written34``, ``written33``, ``written32``, ``written31``, ``written30``, ``written29``, ``written28``, ``written27``, ``written26``,
``written25``, ``written24``, ``written23``, ``written22``,
``written21``, ``written20``, ``written19``, ``written18``, ``written17`` and ``written16`` (the
same kind of pages, held out in rounds 43 to 16, development sets since, halved by a hash of the
page id; ``extraction_sets.written44_dir``, ``extraction_sets.written43_dir``, ``extraction_sets.written42_dir``, ``extraction_sets.written41_dir``, ``extraction_sets.written40_dir``, ``extraction_sets.written39_dir``, ``extraction_sets.written38_dir``, ``extraction_sets.written37_dir``, ``extraction_sets.written36_dir``, ``extraction_sets.written35_dir``, ``extraction_sets.written34_dir``, ``extraction_sets.written33_dir``, ``extraction_sets.written32_dir``, ``extraction_sets.written31_dir``, ``extraction_sets.written30_dir``, ``extraction_sets.written29_dir``, ``extraction_sets.written28_dir``, ``extraction_sets.written27_dir``, ``written26_dir``, ``written25_dir``, ``written24_dir``, ``written23_dir``, ``written22_dir``, ``written21_dir``, ``written20_dir``, ``written19_dir``, ``written18_dir``, ``written17_dir``, ``written16_dir``), ``magic-html`` (``$NEWSPRISM_FRESH_MAGICHTML``, held out in
round 16: the part ``fresh``; the article half of opendatalab/magic-html's own benchmark, 95 pages
of many sites and languages in spaced scripts; ``extraction_sets.magic_html_dir``),
``htmltotext`` (``$NEWSPRISM_FRESH_HTMLTOTEXT``, held out in round 15, a development set since,
halved by a hash of the page id into ``dev-a`` and ``dev-b``; news, blog and review pages of 2020
in English, German, Croatian and Chinese with the text cut by hand), ``evan-extract`` (``$NEWSPRISM_FRESH_EVAN``,
held out in round 14, a development set since, halved by a hash of the page id into ``dev-a``
and ``dev-b``; 85 English news pages of 2021 with the article text cut by hand),
``cleaneval`` (``$NEWSPRISM_FRESH_CLEANEVAL``, held out in round 13, a development set since,
halved by a hash of the page id into ``dev-a`` and ``dev-b``; 730 English pages of the CleanEval
shared task, 2007, gold cut by hand),
``wcxb`` (``$NEWSPRISM_FRESH_WCXB``, held out in round 12, a development set since: the part
``test`` is the 256 article pages of WCXB's test split, ``dev-a``/``dev-b`` its dev split's
article pages by domain; 2025, whole main content reviewed by a person after an extractor's
draft), ``trafilatura-eval`` (``$NEWSPRISM_FRESH_TRAFEVAL``, held out in round
11, a development set since, split by file name into ``dev-a`` and ``dev-b``; 990 pages of
trafilatura's own evaluation, each with hand-chosen snippets the
text must hold and must not, scored as trafilatura's evaluation scores them: snippets summed
over pages; a bias toward trafilatura, developed against these pages), ``big9-chaos``
(``$NEWSPRISM_FRESH_BIG9``, held out in round 10, a development set since, split by topic into
``dev-a`` and ``dev-b``; 718 pages of 2005-2017 with a hand-cut article text), ``postlight`` (``$NEWSPRISM_FRESH_POSTLIGHT``,
held out in round 9, a development set since, split by site into ``dev-a`` and ``dev-b``; its
golds are the body's first words, scored as such: ``extraction_sets.prefix_output``),
``goose-snacktory`` (``$NEWSPRISM_FRESH_GOOSE``, held out in round 8, a development set since,
split by site name into ``dev-a`` and ``dev-b``; its golds are mostly the body's beginning),
``fundus`` (``$NEWSPRISM_FRESH_FUNDUS``, a development set split by publisher into ``dev-a`` and
``dev-b``, all pages and the English pages on their own) and ``newspaper-2014``
(``$NEWSPRISM_FRESH_EXTRACTION``, a development set split by site).  The gold, the
split and the metric are described in ``benchmarks/extraction_sets.py``; nothing of the data is
copied into the project.

What is scored for newsprism: the article's body blocks (headings, paragraphs, lists, quotes,
tables; no title, no figure blocks) joined, as the other extractors' outputs are scored as they
come.  ``--reader-view`` also scores what newsprism's reader shows (title, body and figure
captions in order) against the same gold, printed as a second row, and the body with figure
captions in place but no title as a third (to tell how much of a gap on a set whose gold keeps
captions, Readability's and CleanPortalEval's, is captions); the body stays the headline
figure (the golds differ per set in whether they hold the headline and captions, so choosing the
view per set would choose the flattering one).

Speed: every extractor gets the page's bytes as saved (each decodes them its own way), in the
same loop, page after page; time is this process's CPU time (``time.process_time``), so that
other work on a shared machine does not skew the comparison.  ``newsprism read`` is
``newsprism.read(bytes, stages=())`` (extraction alone); ``newsprism read+sentences`` is
``newsprism.read(bytes)`` as users call it (language and sentences too; timed only, its text is
the same).  The table prints pages per CPU-second and the ratio to plain ``trafilatura.extract``.
Before the first timed page, each extractor reads that page once untimed (round 31: the first
call's imports and compiled patterns, about 0.15 s of newsprism's, decided the ratio on a part
of twelve pages; earlier rounds' figures for the first set of a run include it).

Each set on its own (issue 11's first goal: body F1 at least trafilatura's on every set, on the
parts nobody developed on): every run that scores two parts or more ends with one table of them,
a line a set and part, each extractor's F1, newsprism's margin over trafilatura and its speed
beside trafilatura's; ``--aside`` scores only each set's part held aside from development (the
shared sets' and WCXB's ``test``, every other set's check half ``dev-b``; the held-out part
only by name) and names the sets where newsprism is below trafilatura.

Captions: a page's *caption* is the text of each ``<figcaption>`` in its HTML (at least three
words after white space is collapsed).  A caption counts as *kept* by an extractor when at least
80 % of its 4-token shingles (or, for captions under four tokens, its tokens) appear in that
extractor's full output, newsprism's figure blocks included.

Run: ``nice python benchmarks/extraction.py [--sets dragnet,l3s-gn1] [--parts test] [--aside]
[--limit N] [--per-page] [--reader-view] [--json FILE]`` (``--parts dev-a`` / ``dev-b``: the dev part's halves;
``--per-page``, ``--json`` and ``--only`` only with ``--parts dev-a``, big9-chaos left out: a page's
own figures are errors, read only on development halves, round 45);
``--parts fresh``: the held-out set, written45, scored only when asked for by name: a run
without ``--parts`` leaves it out).  ``PYTHONPATH`` set: the ``newsprism`` it names is measured (a base worktree's ``src``),
not this tree's; the first line printed says which.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):  # PYTHONPATH names the code to measure (a base worktree's)
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_sets  # noqa: E402
from extraction_sets import (  # noqa: E402
    Row,
    available,
    page_row,
    pages,
    scores,
    shingles,
    snippet_counts,
    snippet_scores,
)

import newsprism  # noqa: E402
from newsprism.article import AUXILIARY_KINDS, Article  # noqa: E402
from newsprism.errors import NewsprismError  # noqa: E402

_TOKEN = re.compile(r"\w+")
_BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
    "table", "tr", "td", "th", "section", "article", "figure", "figcaption", "br", "dd", "dt",
}  # fmt: skip


# -- extractors --------------------------------------------------------------------------------


def html_to_text(html: str) -> str:
    """Text of an HTML fragment with a line break at every block element."""
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


@dataclass
class Output:
    body: str
    everything: str  # body plus whatever else the extractor returns (captions)
    credits: int = 0  # figures returned with a photo credit
    scored: bool = True  # False: timed only (the same text as another row)
    view: str | None = None  # what the reader shows: title, body and figure captions, in order
    captioned: str | None = None  # body and figure captions in order (no title)


def _newsprism(html: bytes, stages: tuple[str, ...]) -> Output:
    try:
        article: Article = newsprism.read(html, stages=stages)
    except NewsprismError:
        return Output("", "")
    body = "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)
    credits = sum(1 for b in article.blocks if b.kind == "figure" and b.credit)
    captioned = "\n".join(
        b.caption or "" if b.kind == "figure" else b.text
        for b in article.blocks
        if b.kind == "figure" or b.kind not in AUXILIARY_KINDS
    )
    view = "\n".join([article.title or "", captioned])
    return Output(body, article.text, credits, view=view, captioned=captioned)


def run_newsprism(html: bytes) -> Output:
    return _newsprism(html, ())


def run_newsprism_sentences(html: bytes) -> Output:
    out = _newsprism(html, ("segment",))
    out.scored = False
    return out


def run_trafilatura(html: bytes) -> Output:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False) or ""
    return Output(text, text)


def run_trafilatura_precision(html: bytes) -> Output:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, favor_precision=True) or ""
    return Output(text, text)


def run_readability(html: bytes) -> Output:
    from readability import Document as ReadabilityDocument

    try:
        text = html_to_text(ReadabilityDocument(html).summary(html_partial=True))
    except Exception:  # readability raises bare Unparseable and lxml errors on odd pages
        text = ""
    return Output(text, text)


EXTRACTORS: dict[str, Callable[[bytes], Output]] = {
    "newsprism": run_newsprism,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
    "newsprism read+sentences": run_newsprism_sentences,
    "trafilatura (favor_precision)": run_trafilatura_precision,
}
#: the second view of newsprism's output (``--reader-view``): title + body + figure captions
READER_VIEW = "newsprism, reader view"
#: the third (``--reader-view``): body + figure captions, no title (Readability's and
#: CleanPortalEval's golds keep captions in place; scrapinghub's, fundus's and L3S-GN1's do not)
CAPTIONED_VIEW = "newsprism, body + captions"
VIEWS = (READER_VIEW, CAPTIONED_VIEW)
DEFAULT = ("newsprism", "trafilatura", "readability-lxml", "newsprism read+sentences")


# -- captions ------------------------------------------------------------------------------------


def page_captions(html: bytes) -> list[str]:
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # an empty or unparsable page has no captions
        return []
    out = []
    for el in root.iter("figcaption"):
        text = " ".join(el.text_content().split())
        if len(_TOKEN.findall(text)) >= 3:
            out.append(text)
    return out


def caption_kept(caption: str, output: str) -> bool:
    cap = shingles(caption)
    have = shingles(output)
    if len(_TOKEN.findall(caption)) < 4:
        words = set(_TOKEN.findall(output))
        return all(t in words for t in _TOKEN.findall(caption))
    return sum((cap & have).values()) >= 0.8 * sum(cap.values())


# -- the run -------------------------------------------------------------------------------------


@dataclass
class Tally:
    rows: list[Row] = field(default_factory=list)
    seconds: float = 0.0
    captions: int = 0
    credits: int = 0
    empty: int = 0
    # per page, in order (to tally a subset of the pages: a multilingual set's English pages)
    page_seconds: list[float] = field(default_factory=list)
    page_captions: list[int] = field(default_factory=list)
    page_credits: list[int] = field(default_factory=list)
    page_empty: list[bool] = field(default_factory=list)
    # a snippet set's (tp, fp, fn, tn) per page (``extraction_sets.snippet_counts``)
    snippets: list[tuple[int, int, int, int]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.rows += other.rows
        self.seconds += other.seconds
        self.empty += other.empty
        self.captions += other.captions
        self.credits += other.credits

    def subset(self, keep: list[bool]) -> Tally:
        """The tally of the pages marked in ``keep`` (the pages this tally was scored on)."""
        out = Tally()
        out.seconds = sum(s for s, k in zip(self.page_seconds, keep, strict=True) if k)
        if self.rows:  # (a timed-only extractor has no rows)
            picked = [i for i, k in enumerate(keep) if k]
            out.rows = [self.rows[i] for i in picked]
            out.captions = sum(self.page_captions[i] for i in picked)
            out.credits = sum(self.page_credits[i] for i in picked)
            out.empty = sum(self.page_empty[i] for i in picked)
            if self.snippets:
                out.snippets = [self.snippets[i] for i in picked]
        return out


def _snippet_table(title: str, names: list[str], tallies: dict[str, Tally], n: int) -> None:
    """A snippet set's table: trafilatura's own evaluation (snippets summed over pages)."""
    print(f"\n## {title}: {n} pages, snippets kept / left out (trafilatura's evaluation)")
    print(
        f"{'extractor':<30} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'empty':>5}"
        f" {'pages/s':>8} {'× traf':>7}"
    )
    base = tallies.get("trafilatura")
    for name in names + [v for v in VIEWS if v in tallies]:
        t = tallies[name]
        speed = n / t.seconds if t.seconds else 0.0
        ratio = base.seconds / t.seconds if base and t.seconds else float("nan")
        if name not in VIEWS and EXTRACTORS[name] is run_newsprism_sentences:
            print(f"{name:<30} {'':>6} {'':>6} {'':>6} {'':>6} {'':>5} {speed:8.1f} {ratio:7.2f}")
            continue
        f1, p, r, acc = snippet_scores(t.snippets)
        timing = "" if name in VIEWS else f" {speed:8.1f} {ratio:7.2f}"
        print(f"{name:<30} {f1:6.3f} {p:6.3f} {r:6.3f} {acc:6.3f} {t.empty:5d}{timing}")


def _table(title: str, names: list[str], tallies: dict[str, Tally], n: int, captions: int) -> None:
    if any(t.snippets for t in tallies.values()):
        _snippet_table(title, names, tallies, n)
        return
    print(f"\n## {title}: {n} pages, {captions} figure captions")
    print(
        f"{'extractor':<30} {'F1':>6} {'prec':>6} {'recall':>6} {'empty':>5} {'pages/s':>8}"
        f" {'× traf':>7} {'captions':>9} {'credits':>8}"
    )
    base = tallies.get("trafilatura")
    for name in names + [v for v in VIEWS if v in tallies]:
        t = tallies[name]
        if name in VIEWS:  # scored only: its time is newsprism's
            f1, p, r = scores(t.rows)
            print(f"{name:<30} {f1:6.3f} {p:6.3f} {r:6.3f} {t.empty:5d}")
            continue
        speed = n / t.seconds if t.seconds else 0.0
        ratio = base.seconds / t.seconds if base and t.seconds else float("nan")
        if EXTRACTORS[name] is run_newsprism_sentences:
            print(f"{name:<30} {'':>6} {'':>6} {'':>6} {'':>5} {speed:8.1f} {ratio:7.2f}")
            continue
        f1, p, r = scores(t.rows)
        print(
            f"{name:<30} {f1:6.3f} {p:6.3f} {r:6.3f} {t.empty:5d} {speed:8.1f} {ratio:7.2f}"
            f" {t.captions:>4}/{captions} {t.credits:>8}"
        )
    if "trafilatura" in names and "readability-lxml" in names:
        best = [
            max(tallies["trafilatura"].rows[i], tallies["readability-lxml"].rows[i],
                key=lambda r: scores([r])[0])
            for i in range(n)
        ]  # fmt: skip
        print(f"{'oracle: best of traf/readability':<30} {scores(best)[0]:6.3f}")


#: each set's part that nobody developed on (``--aside``): the shared sets' and WCXB's ``test``
#: parts, every other development set's check half ``dev-b``
ASIDE_TEST = (*extraction_sets.SETS, "wcxb")


def aside_part(set_name: str) -> str:
    """The part of ``set_name`` held aside from development (issue 11's first goal is measured
    on it, each set on its own)."""
    return "test" if set_name in ASIDE_TEST else "dev-b"


def _f1(tally: Tally) -> float:
    return snippet_scores(tally.snippets)[0] if tally.snippets else scores(tally.rows)[0]


def _each_set_table(parts: list[tuple[str, int, dict[str, Tally]]], names: list[str]) -> None:
    """One line a set and part: body F1 of each extractor (a snippet set's by its own metric),
    newsprism's margin over trafilatura and its extraction speed beside trafilatura's."""
    scored = [n for n in names if EXTRACTORS[n] is not run_newsprism_sentences]
    print("\n## each set and part above on its own: body F1 (snippet F1 for a snippet set)")
    head = "".join(f" {n[:16]:>16}" for n in scored)
    print(f"{'set / part':<28} {'pages':>5}{head} {'Δ traf':>7} {'× traf':>7}")
    below = []
    for label, n, tallies in parts:
        if not n:
            continue  # (a half the hash left empty)
        f1 = {name: _f1(tallies[name]) for name in scored}
        cells = "".join(f" {f1[name]:16.3f}" for name in scored)
        margin = ratio = float("nan")
        if "newsprism" in f1 and "trafilatura" in f1:
            margin = f1["newsprism"] - f1["trafilatura"]
            if margin < 0:
                below.append(label)
            if tallies["newsprism"].seconds:
                ratio = tallies["trafilatura"].seconds / tallies["newsprism"].seconds
        print(f"{label:<28} {n:5d}{cells} {margin:+7.3f} {ratio:7.2f}")
    if below:
        print(f"newsprism below trafilatura: {', '.join(below)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sets",
        default=",".join((*extraction_sets.EXTRA_SETS, *extraction_sets.SETS)),
        help="comma-separated set names (htmltotext: only with $NEWSPRISM_FRESH_HTMLTOTEXT, "
        "evan-extract: only with $NEWSPRISM_FRESH_EVAN, "
        "cleaneval: only with $NEWSPRISM_FRESH_CLEANEVAL, "
        "wcxb: only with $NEWSPRISM_FRESH_WCXB, "
        "trafilatura-eval: only with "
        "$NEWSPRISM_FRESH_TRAFEVAL, big9-chaos: only with $NEWSPRISM_FRESH_BIG9, "
        "postlight: only with $NEWSPRISM_FRESH_POSTLIGHT, "
        "goose-snacktory: only with $NEWSPRISM_FRESH_GOOSE, "
        "fundus: only with $NEWSPRISM_FRESH_FUNDUS, newspaper-2014: only with "
        "$NEWSPRISM_FRESH_EXTRACTION)",
    )
    parser.add_argument(
        "--parts",
        # (the held-out part only by name: a run to check the development parts never scores it)
        default=",".join((*extraction_sets.PARTS, "dev-a", "dev-b")),
        help="fresh (the held-out set, by name only), test, dev (or its halves dev-a, "
        "dev-b); big9-chaos, postlight, goose-snacktory, fundus and newspaper-2014 have dev-a and dev-b only",
    )
    parser.add_argument(
        "--aside",
        action="store_true",
        help="each set's part held aside from development only (test, or dev-b), and one table "
        "of them all, each set on its own (issue 11's first goal)",
    )
    parser.add_argument("--limit", type=int, default=0, help="first N pages of each part only")
    parser.add_argument("--only", default="", help="page ids containing this string")
    parser.add_argument("--per-page", action="store_true", help="print each page's F1")
    parser.add_argument("--json", type=Path, help="write per-page results to this file")
    parser.add_argument(
        "--reader-view",
        action="store_true",
        help="also score newsprism's title + body + figure captions (what its reader shows)",
    )
    parser.add_argument(
        "--extractors",
        default=",".join(DEFAULT),
        help=f"comma-separated, of: {', '.join(EXTRACTORS)}",
    )
    args = parser.parse_args()
    asks_fresh = extraction_sets.FRESH in args.parts.split(",") and any(
        s in extraction_sets.FRESH_SETS for s in args.sets.split(",")
    )
    if asks_fresh and (args.per_page or args.json or args.only):
        # the held-out part is scored as a whole: a page's own figure (or a run of one page) is
        # per-item output nobody may read before the next session
        parser.error("--per-page, --json and --only are refused for the held-out part (fresh)")
    if args.per_page or args.json or args.only:
        # a page's own figures are errors: only dev-a of the readable sets may be read (the
        # forty-fifth session's review, note 3: check halves and big9-chaos were not refused)
        refusal, _ = extraction_sets.refuse_unread(args.parts.split(","), [])
        if refusal:
            parser.error(f"--per-page, --json and --only: {refusal}")
        unread = [s for s in args.sets.split(",") if s in extraction_sets.UNREAD_SETS]
        if unread:
            print(f"(left out of a per-page run, nobody reads its pages: {', '.join(unread)})")
            args.sets = ",".join(s for s in args.sets.split(",") if s not in unread)
    if args.per_page or args.json or args.only:
        # round 40's time split: last round's held-out part is halved but scored only this
        # session; a run asking for per-page output leaves it out (and says so)
        scored_only = [s for s in args.sets.split(",") if s in extraction_sets.SCORED_ONLY_SETS]
        if scored_only:
            print(
                f"(left out of a per-page run, scored only this session: {', '.join(scored_only)})"
            )
        args.sets = ",".join(
            s for s in args.sets.split(",") if s not in extraction_sets.SCORED_ONLY_SETS
        )
    print(f"newsprism measured: {Path(newsprism.__file__).parent}")

    names = [n for n in EXTRACTORS if n in args.extractors.split(",")]
    per_page: dict[str, dict[str, float]] = {}
    overall = {n: Tally() for n in names}
    overall_pages = overall_captions = 0
    each_set: list[tuple[str, int, dict[str, Tally]]] = []
    wanted = args.sets.split(",")
    warmed = False
    for set_name in [
        s for s in (*extraction_sets.EXTRA_SETS, *extraction_sets.SETS) if s in wanted
    ]:
        if not available(set_name):
            print(f"\n## {set_name}: not found (datasets folder or its variable); skipped")
            continue
        set_parts: tuple[str, ...] = (*extraction_sets.PARTS, "dev-a", "dev-b")
        if set_name in extraction_sets.FRESH_SETS:
            set_parts = (extraction_sets.FRESH,)
        elif set_name == "wcxb":  # held out in round 12: its test split, and its dev split's halves
            set_parts = ("test", "dev-a", "dev-b")
        elif set_name in extraction_sets.EXTRA_SETS:
            set_parts = ("dev-a", "dev-b")
        if args.aside:
            if set_name in extraction_sets.FRESH_SETS:
                continue  # the held-out part is scored only when asked for by name
            set_parts = (aside_part(set_name),)
        for part in [p for p in set_parts if args.aside or p in args.parts.split(",")]:
            tallies = {n: Tally() for n in names}
            n = total_captions = 0
            languages: list[str] = []
            page_caption_counts: list[int] = []
            for page in pages(set_name, part, args.limit):
                if args.only not in page.id:
                    continue
                if not warmed:
                    # each extractor reads the first page once, untimed: the first call pays
                    # for imports and compiled patterns (newsprism's about 0.15 s), which
                    # on a part of twelve pages decided the speed ratio
                    for name in names:
                        EXTRACTORS[name](page.html)
                    warmed = True
                n += 1
                languages.append(page.language)
                captions = page_captions(page.html)
                total_captions += len(captions)
                page_caption_counts.append(len(captions))
                key = f"{set_name}/{page.id}"
                per_page[key] = {}
                for name in names:
                    t0 = time.process_time()
                    out = EXTRACTORS[name](page.html)
                    took = time.process_time() - t0
                    tallies[name].seconds += took
                    tallies[name].page_seconds.append(took)
                    if not out.scored:
                        continue
                    row = page_row(page, out.body)
                    if page.with_snippets:
                        tallies[name].snippets.append(snippet_counts(page, out.body))
                    kept = sum(caption_kept(c, out.everything) for c in captions)
                    tallies[name].rows.append(row)
                    tallies[name].empty += not out.body.strip()
                    tallies[name].page_empty.append(not out.body.strip())
                    tallies[name].captions += kept
                    tallies[name].page_captions.append(kept)
                    tallies[name].credits += out.credits
                    tallies[name].page_credits.append(out.credits)
                    per_page[key][name] = (
                        snippet_scores([snippet_counts(page, out.body)])[0]
                        if page.with_snippets
                        else scores([row])[0]
                    )
                    if name == "newsprism" and args.reader_view:
                        for view_name, shown in (
                            (READER_VIEW, out.view or ""),  # (None: no article)
                            (CAPTIONED_VIEW, out.captioned or ""),
                        ):
                            view = tallies.setdefault(view_name, Tally())
                            view.rows.append(page_row(page, shown))
                            if page.with_snippets:
                                view.snippets.append(snippet_counts(page, shown))
                            view.empty += not shown.strip()
                            view.page_empty.append(not shown.strip())
                            view.page_captions.append(0)
                            view.page_credits.append(0)
                            view.page_seconds.append(0.0)
                if args.per_page:
                    cells = "  ".join(f"{per_page[key][n]:.3f}" for n in per_page[key])
                    print(f"{part:<4} {set_name:<15} {page.id[:12]}  {cells}", flush=True)
            _table(f"{set_name} / {part}", names, tallies, n, total_captions)
            each_set.append((f"{set_name} / {part}", n, tallies))
            for code, label in (("en", "English"), ("ru", "Russian")):
                # a multilingual set: its English (and Russian) pages on their own too
                if not any(languages) or code not in languages:
                    continue
                chosen = [lang == code for lang in languages]
                _table(
                    f"{set_name} / {part}, {label} pages",
                    names,
                    {name: t.subset(chosen) for name, t in tallies.items()},
                    sum(chosen),
                    sum(c for c, e in zip(page_caption_counts, chosen, strict=True) if e),
                )
            if set_name in extraction_sets.SNIPPET_SETS:
                continue  # another metric: not summed with the text sets
            for name in tallies:
                overall.setdefault(name, Tally()).add(tallies[name])
            overall_pages += n
            overall_captions += total_captions
    if len(each_set) > 1:
        _each_set_table(each_set, names)
    if overall_pages:  # (a run of snippet sets only has no text-set total)
        _table("all pages above (speed over all)", names, overall, overall_pages, overall_captions)
    if args.json:
        args.json.write_text(json.dumps(per_page, indent=1))


if __name__ == "__main__":
    main()
