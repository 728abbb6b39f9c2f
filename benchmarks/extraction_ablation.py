"""Ablation of the HTML extraction's rules: each switched off in turn, scored on dev-a and dev-b.

A rule of ``src/newsprism/extract/`` stays only if it helps on pages it was not written for.
The dev part of every set is split in two (``benchmarks/extraction_sets.py``): rules were
developed on pages of the whole dev part over earlier rounds, so ``dev-b`` is not virgin either,
but the test parts are never read here.  For every rule the script prints body F1 (the
benchmark's metric) with the rule on and off, per set and over the sets (the mean of the sets'
F1, each set counting once, as the goals are per set).  A rule whose removal does not lower F1
on ``dev-b`` does not earn its place.

Each switch replaces one named function or constant for the run (the code itself has no
switches); ``--only`` runs some of them.  ``--variants`` instead switches changes that were
tried ON (``VARIANTS``): a change is adopted only when it helps on dev-b as well as on dev-a.
Run: ``nice python benchmarks/extraction_ablation.py [--parts dev-a,dev-b] [--only wall,promo]
[--variants opening-15]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_sets import SETS, Page, Row, available, page_row, pages, scores  # noqa: E402

import newsprism  # noqa: E402
from newsprism.article import AUXILIARY_KINDS  # noqa: E402
from newsprism.errors import NewsprismError  # noqa: E402
from newsprism.extract import html as html_mod  # noqa: E402
from newsprism.extract import merge as merge_mod  # noqa: E402
from newsprism.extract import readable as readable_mod  # noqa: E402
from newsprism.extract.assemble import RawBlock  # noqa: E402

#: the development sets outside ``../shared`` (each skipped when its variable is unset)
DEV_SETS = ("big9-chaos", "postlight", "goose-snacktory", "fundus", "newspaper-2014")


def _identity(blocks: Any, *_: Any) -> Any:
    return blocks


_real_readability = readable_mod.readability_blocks


def _no_retry(tree: Any, near: Any = None, *, semantic: bool = True) -> Any:
    return _real_readability(tree, near, semantic=semantic) if semantic else []


def _never_semantic(tree: Any, near: Any = None, *, semantic: bool = True) -> Any:
    return _real_readability(tree, near, semantic=False)


def _trafilatura_balanced(tree: Any, url: str | None, *, full: bool = False) -> Any:
    """``html.trafilatura_blocks`` as it was before round 6: trafilatura's balanced mode."""
    from trafilatura.core import bare_extraction

    if full:  # the second reading of a suspect page (round 7) is not this switch's business
        return _FULL_READING(tree, url, full=True)
    try:
        doc = bare_extraction(
            tree, url=url, fast=True, include_comments=False, include_tables=True,
            include_images=False, include_formatting=False, output_format="xml",
        )  # fmt: skip
    except Exception:
        return []
    body = getattr(doc, "body", None) if doc is not None else None
    return html_mod.xml_blocks(body) if body is not None else []


def _trafilatura_with_fallbacks(tree: Any, url: str | None, *, full: bool = False) -> Any:
    """``html.trafilatura_blocks`` with trafilatura's comparison against its own readability
    and jusText readings (``fast=False``)."""
    from trafilatura.core import bare_extraction

    if full:
        return _FULL_READING(tree, url, full=True)
    try:
        doc = bare_extraction(
            tree, url=url, fast=False, favor_recall=True, include_comments=False,
            include_tables=True, include_images=False, include_formatting=False,
            output_format="xml",
        )  # fmt: skip
    except Exception:
        return []
    body = getattr(doc, "body", None) if doc is not None else None
    return html_mod.xml_blocks(body) if body is not None else []


Patch = tuple[Any, str, Any]


def _head_contiguous(primary: Any, first: int) -> list[int]:
    """Round 7's head trim: a walk up from the first confirmed block, stopping at the first
    block that is not the article's own (so a standfirst above a byline went)."""
    start = first
    while start > 0 and merge_mod._opening_missed(
        primary.blocks[start - 1], primary.words[start - 1]
    ):
        start -= 1
    return list(range(start, first))


_real_merge = merge_mod.merge


def _merge_fill_between(primary: Any, second: Any) -> Any:
    blocks, how = _real_merge(primary, second)
    if how != "trafilatura+readability":
        return blocks, how
    return _fill(primary, second, blocks), how


def _fill(primary: Any, second: Any, blocks: list[Any]) -> list[Any]:
    """readability's unconfirmed blocks between its first and last confirmed ones, each put
    after the kept block that holds the confirmed block before it."""
    conf = second.against(primary).confirmed
    idx = [i for i, c in enumerate(conf) if c]
    if len(idx) < 2:
        return blocks
    kept = {id(b): k for k, b in enumerate(blocks)}
    where: dict[int, list[Any]] = {}
    anchor = None
    for i in range(idx[0], idx[-1] + 1):
        if conf[i]:
            best = max(
                range(len(primary.blocks)),
                key=lambda j: len(primary.sets[j] & second.sets[i]),
            )
            anchor = kept.get(id(primary.blocks[best]), anchor)
            continue
        extra = second.sets[i]
        if anchor is None or not extra or second.blocks[i].kind == "figure":
            continue
        if len(extra & primary.pool) > 0.2 * len(extra):
            continue  # partly there already: a block cut differently, not a missing one
        where.setdefault(anchor, []).append(second.blocks[i])
    out: list[Any] = []
    for k, b in enumerate(blocks):
        out.append(b)
        out.extend(where.get(k, []))
    return out


def _merge_edges(primary: Any, second: Any, head: bool = False, tail: bool = False) -> Any:
    blocks, how = _real_merge(primary, second)
    if how != "trafilatura+readability":
        return blocks, how
    conf = second.against(primary).confirmed
    idx = [i for i, c in enumerate(conf) if c]
    if not idx:
        return blocks, how

    def missing(i: int) -> bool:
        extra = second.sets[i]
        return merge_mod._article_like(second.blocks[i], second.words[i]) and len(
            extra & primary.pool
        ) <= 0.2 * len(extra)

    before = [b for i, b in enumerate(second.blocks[: idx[0]]) if missing(i)] if head else []
    after = [b for i, b in enumerate(second.blocks) if i > idx[-1] and missing(i)] if tail else []
    return before + blocks + after, how


def _strip_captions_keep_prose(blocks: Any, figures: Any) -> Any:
    from newsprism.extract.placement import strip_captions

    kept = {id(b) for b in strip_captions(blocks, figures)}
    return [
        b for b in blocks
        if id(b) in kept or (b.kind == "paragraph" and len(b.text.split()) >= 25)
    ]  # fmt: skip


_FULL_READING = html_mod.trafilatura_blocks


def _suspect_unconfirmed(blocks: Any, tree: Any, second: Any) -> bool:
    """``html._suspect`` without its test of readability's confirmation."""
    from trafilatura import html2txt

    length = html_mod._text_length(blocks)
    return length < html_mod.SHORT_TEXT and length < html_mod.PAGE_SHARE * len(html2txt(tree))


def _escalate_unconfirmed(
    blocks: Any, extractor: str, tree: Any, url: str | None, second: Any
) -> Any:
    """``html._escalate`` without its confirmation test: the full reading is taken whenever it
    is half as long again (as trafilatura's own escalation takes its retry)."""
    fuller = merge_mod.Candidate.of(_FULL_READING(tree, url, full=True))
    merged, how = html_mod._settle(fuller, second)
    if html_mod._text_length(merged) > html_mod.LONGER_BY * html_mod._text_length(blocks):
        return merged, how
    return blocks, extractor


def _layout_as_table(out: list[Any], table: Any) -> None:
    """Round 14's unfolding switched off: the layout table stays one table block (before round
    14 the merge then gave the page to readability when it found the same article)."""
    rows = [[html_mod._xml_text(c) for c in row if c.tag == "cell"] for row in table.iter("row")]
    out.append(RawBlock("table", rows=rows))


#: name -> (what the rule does, the replacements that switch it off)
ABLATIONS: dict[str, tuple[str, list[Patch]]] = {
    "wall": ("merge: trafilatura's wall of page text yields to readability",
             [(merge_mod, "_wall", lambda p, s: False)]),
    "layout-table": ("a layout table is read as the blocks in its cells (round 14)",
                     [(html_mod, "_unfold_layout_table", _layout_as_table)]),
    "stopped-early": ("merge: trafilatura stopped early, readability's blocks are taken",
                      [(merge_mod, "_stopped_early", lambda p, s: False)]),
    "trim-head": ("merge: trafilatura's blocks above the first confirmed block go",
                  [(merge_mod, "_head_kept", lambda c, first: list(range(first)))]),
    "keep-opening": ("merge: ... except paragraphs of running text (25 words) and sentences"
                     " (10 words; round 8)",
                     [(merge_mod, "_opening_missed", lambda b, w: False)]),
    "trim-tail": ("merge: trafilatura's blocks after the last confirmed block go",
                  [(merge_mod, "_tail_end", lambda c, last: len(c.blocks))]),
    "running-text": ("merge: only readability has running text, readability's is taken",
                     [(merge_mod, "_has_running_text", lambda c: True)]),
    "aside-retry": ("html: readability reads again keeping <aside>/<nav> when it found no prose",
                    [(html_mod, "readability_blocks", _no_retry)]),
    "semantic-drop": ("readable: <nav>, <aside>, <footer>, hidden elements dropped first",
                      [(html_mod, "readability_blocks", _never_semantic)]),
    "scope": ("html: readability reads only the part of the page around trafilatura's text",
              [(html_mod, "_probes", lambda blocks: [])]),
    "strip-captions": ("placement: captions and credits taken out of the text",
                       [(html_mod, "strip_captions", _identity)]),
    "promo": ('html: "Read more: ..." paragraphs go',
              [(html_mod, "_is_promo", lambda b: False)]),
    "drop-title": ("html: a first block equal to the title goes",
                   [(html_mod, "_drop_title", _identity)]),
    "recall-mode": ("html: trafilatura, the primary, runs in its recall mode (adopted this round)",
                    [(html_mod, "trafilatura_blocks", _trafilatura_balanced)]),
    "loose-text": ("html: text trafilatura leaves loose in its body (tails) becomes paragraphs",
                   [(html_mod, "_loose", lambda out, text: None)]),
    "tag-limit": ("html: pages with over 80,000 tags are read by trafilatura alone",
                  [(html_mod, "MAX_TAGS_FOR_READABILITY", 10**9)]),
    "second-reading": ("html: a short, unconfirmed text is read again with trafilatura's whole"
                       " cascade (round 7)", [(html_mod, "_suspect", lambda b, t, s: False)]),
}  # fmt: skip


def _merge_trim_needs(share: float) -> Callable[[Any, Any], Any]:
    """``merge.merge`` whose edge trim needs readability's text to hold at least ``share`` of
    trafilatura's words: a fragment of the article (one paragraph) says nothing of its edges."""

    def run(primary: Any, second: Any) -> Any:
        if sum(second.words) < share * sum(primary.words):
            with mock.patch.object(merge_mod, "SAME_ARTICLE", 2.0):
                return _real_merge(primary, second)
        return _real_merge(primary, second)

    return run


def _merge_trim_blocks(primary: Any, second: Any) -> Any:
    if sum(second.against(primary).confirmed) < 2:
        with mock.patch.object(merge_mod, "SAME_ARTICLE", 2.0):
            return _real_merge(primary, second)
    return _real_merge(primary, second)


def _merge_tail_needs(share: float) -> Callable[[Any, Any], Any]:
    """``merge.merge`` whose tail trim (not the head trim) needs readability's text to hold at
    least ``share`` of trafilatura's words: after a fragment, trafilatura's blocks stay."""

    def run(primary: Any, second: Any) -> Any:
        blocks, how = _real_merge(primary, second)
        if how != "trafilatura+readability" or sum(second.words) >= share * sum(primary.words):
            return blocks, how
        idx = [i for i, c in enumerate(primary.against(second).confirmed) if c]
        head = [primary.blocks[i] for i in merge_mod._head_kept(primary, idx[0])]
        return head + primary.blocks[idx[0] :], how

    return run


def _merge_tail_walk(share: float) -> Callable[[Any, Any], Any]:
    """After a fragment (readability's text under ``share`` of trafilatura's words), the
    tail trim keeps trafilatura's unbroken run of running text after the last confirmed block
    (a short line counts as a subheading when running text follows it)."""

    def run(primary: Any, second: Any) -> Any:
        blocks, how = _real_merge(primary, second)
        if how != "trafilatura+readability" or sum(second.words) >= share * sum(primary.words):
            return blocks, how
        idx = [i for i, c in enumerate(primary.against(second).confirmed) if c]
        n = len(primary.blocks)

        def prose(i: int) -> bool:
            return i < n and merge_mod._opening_missed(primary.blocks[i], primary.words[i])

        end = idx[-1] + 1
        while end < n and (prose(end) or (primary.words[end] <= 10 and prose(end + 1))):
            end += 1
        head = [primary.blocks[i] for i in merge_mod._head_kept(primary, idx[0])]
        return head + primary.blocks[idx[0] : end], how

    return run


def _tail_run_end(primary: Any, last: int, subheads: int) -> int:
    """The end of trafilatura's unbroken run of the article's own text after block ``last``:
    paragraphs of running text and sentences (``merge._opening_missed``), with up to
    ``subheads`` short lines (10 words or fewer) between them when such text follows."""
    n = len(primary.blocks)

    def prose(i: int) -> bool:
        return i < n and merge_mod._opening_missed(primary.blocks[i], primary.words[i])

    end = last + 1
    while end < n:
        if prose(end):
            end += 1
            continue
        gap = 0
        while end + gap < n and gap < subheads and primary.words[end + gap] <= 10:
            gap += 1
        if gap and prose(end + gap):
            end += gap
            continue
        break
    return end


def _readability_missed_head(primary: Any, second: Any, first: int) -> bool:
    """Weak evidence at the tail: the head trim kept a paragraph of running text above the first
    block readability confirms, so readability's reading began inside the article, not at its
    top, and its last block need not be the article's last either."""
    return any(
        merge_mod._article_like(primary.blocks[i], primary.words[i])
        for i in merge_mod._head_kept(primary, first)
    )


def _readability_patchy(primary: Any, second: Any, idx: list[int]) -> bool:
    """Weak evidence at the tail: readability confirms under half of trafilatura's blocks of
    running text between its first and last confirmed ones (it read another container, or a
    few paragraphs of the article, not the article in one piece)."""
    inner = [
        i for i in range(idx[0], idx[-1] + 1)
        if merge_mod._article_like(primary.blocks[i], primary.words[i])
    ]  # fmt: skip
    confirmed = set(idx)
    return bool(inner) and sum(i in confirmed for i in inner) < 0.5 * len(inner)


def _head_missed_twice(primary: Any, second: Any, first: int) -> bool:
    """Weak evidence at the tail, stricter: the head trim kept two blocks or more of the
    article's own text above readability's first confirmed block (more than a standfirst)."""
    return len(merge_mod._head_kept(primary, first)) >= 2


def _merge_tail_weak(
    when: Callable[[Any, Any, list[int]], bool], subheads: int = 2, least_run: int = 1
) -> Callable[[Any, Any], Any]:
    """``merge.merge`` whose tail trim, where readability's evidence at the tail is weak
    (``when``), keeps trafilatura's run of the article's own text after the last confirmed
    block (comments and link lists, made of short lines, still go)."""

    def run(primary: Any, second: Any) -> Any:
        blocks, how = _real_merge(primary, second)
        if how != "trafilatura+readability":
            return blocks, how
        idx = [i for i, c in enumerate(primary.against(second).confirmed) if c]
        if not idx or not when(primary, second, idx):
            return blocks, how
        end = _tail_run_end(primary, idx[-1], subheads)
        run_prose = sum(
            merge_mod._opening_missed(primary.blocks[i], primary.words[i])
            for i in range(idx[-1] + 1, end)
        )
        if run_prose < least_run:
            return blocks, how
        head = [primary.blocks[i] for i in merge_mod._head_kept(primary, idx[0])]
        return head + primary.blocks[idx[0] : end], how

    return run


_real_suspect = html_mod._suspect


def _suspect_or_missing(blocks: Any, tree: Any, second: Any) -> bool:
    """``html._suspect``, or readability's opinion has a quarter of its words in blocks the
    text found does not hold (the fast pass may have missed part of the article)."""
    if _real_suspect(blocks, tree, second):
        return True
    if not blocks or not second.blocks:
        return False
    return second.against(merge_mod.Candidate.of(blocks)).share <= 0.75


_LAST_TREE: list[Any] = []


def _recording_reading(tree: Any, url: str | None, *, full: bool = False) -> Any:
    """``html.trafilatura_blocks``, remembering the page it read (for :func:`_probes_unless_short`)."""
    _LAST_TREE[:] = [tree]
    return _FULL_READING(tree, url, full=full)


_real_probes = html_mod._probes


def _probes_unless_short(blocks: Any) -> Any:
    """``html._probes``, but none (readability reads the whole page) when trafilatura's text is
    short for the page (``html._suspect``'s length test: under 3,000 characters and under a
    fifth of the page's text): readability shown only the part of the page around a fragment
    finds the same fragment and confirms it."""
    from trafilatura import html2txt

    probes = _real_probes(blocks)
    length = html_mod._text_length(blocks)
    short = probes and _LAST_TREE and length < html_mod.SHORT_TEXT
    if short and length < html_mod.PAGE_SHARE * len(html2txt(_LAST_TREE[0])):
        return []
    return probes


def _merge_much_longer(primary: Any, second: Any) -> Any:
    """``merge.merge``, and where it kept trafilatura's text as found (the two found different
    things), readability's is taken when it is more than twice as long and has running text
    (``trafilatura.extract``'s own comparison prefers readability when it is twice as long)."""
    blocks, how = merge_mod.merge(primary, second)
    longer = second.blocks and sum(second.words) > 2 * sum(primary.words)
    if how == "trafilatura" and longer and merge_mod._has_running_text(second):
        return second.blocks, "readability"
    return blocks, how


#: trafilatura's ``MIN_EXTRACTED_SIZE``: below it, ``trafilatura.extract`` tries jusText
_TINY = 250


def _suspect_tiny(blocks: Any, tree: Any, second: Any) -> bool:
    """``html._suspect``, or the text is under 250 characters (confirmed or not)."""
    return _real_suspect(blocks, tree, second) or 0 < html_mod._text_length(blocks) < _TINY


def _escalate_tiny(blocks: Any, extractor: str, tree: Any, url: str | None, second: Any) -> Any:
    """``html._escalate``; for a text under 250 characters the full reading is also taken when
    readability confirms as much of it as of the first (not more)."""
    out = _real_escalate(blocks, extractor, tree, url, second)
    if out[0] is not blocks or html_mod._text_length(blocks) >= _TINY:
        return out
    fuller = merge_mod.Candidate.of(_FULL_READING(tree, url, full=True))
    length = html_mod._text_length(blocks)
    merged, how = html_mod._settle(fuller, second)
    if html_mod._text_length(merged) <= html_mod.LONGER_BY * length:
        return blocks, extractor
    if html_mod._backing(merged, second) < html_mod._backing(blocks, second):
        return blocks, extractor
    return merged, how


_real_escalate = html_mod._escalate


def _justext_blocks(tree: Any) -> list[Any]:
    """jusText's good paragraphs of the page (``trafilatura.extract``'s second fallback), with
    trafilatura's stop-word lists of every language."""
    from trafilatura.external import try_justext

    from newsprism.extract.assemble import RawBlock

    body = try_justext(tree, None, None)
    return [RawBlock("paragraph", p.text) for p in body.iter("p") if p.text and p.text.strip()]


def _settle_fragment_justext(primary: Any, second: Any) -> Any:
    """``html._settle``; where readability's text is a fragment of trafilatura's (under a
    quarter of its words, all of it inside) and the merge trimmed trafilatura's text to it,
    jusText's reading of the page is a third opinion: its good paragraphs confirm trafilatura's
    blocks as readability's do, and the merge runs again with both."""
    blocks, how = _real_settle(primary, second)
    if how != "trafilatura+readability" or not _LAST_TREE:
        return blocks, how
    if sum(second.words) >= 0.25 * sum(primary.words):
        return blocks, how
    third = _justext_blocks(_LAST_TREE[0])
    if not third:
        return blocks, how
    again, how_again = _real_settle(primary, merge_mod.Candidate.of(second.blocks + third))
    return (again, how_again) if how_again == how else (blocks, how)


_real_opening_missed = merge_mod._opening_missed
_TOKEN_WORDS = merge_mod._TOKEN


def _opening_long_heading(block: Any, words: int) -> bool:
    """``merge._opening_missed``, or a heading of ten words or more (a standfirst marked up as
    a subheading: "Fishing towns along the coast count the cost of a second stormy winter …")."""
    if block.kind == "heading" and words >= merge_mod.SENTENCE_WORDS:
        return True
    return bool(_real_opening_missed(block, words))


def _opening_long_line(block: Any, words: int) -> bool:
    """``merge._opening_missed``, or a paragraph of ten words or more without a final full stop
    (a standfirst that ends without one)."""
    if block.kind == "paragraph" and words >= merge_mod.SENTENCE_WORDS:
        return True
    return bool(_real_opening_missed(block, words))


def _summary_list(block: Any) -> bool:
    items = [ln for ln in (block.text or "").split("\n") if ln.strip()]
    if block.kind != "list" or len(items) < 2:
        return False
    return all(len(_TOKEN_WORDS.findall(item)) >= 6 for item in items)


def _opening_summary_list(block: Any, words: int) -> bool:
    """``merge._opening_missed``, or a list of two or more items of six words or more each
    (a summary in bullets above the body: "Story highlights")."""
    return _summary_list(block) or bool(_real_opening_missed(block, words))


_CJK = __import__("re").compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_END = __import__("re").compile(r"[.!?…。！？][\"'”’»)）」』]*\s*$")


def _opening_cjk(block: Any, words: int) -> bool:
    """``merge._opening_missed`` with text written without spaces (Chinese, Japanese) measured
    in words as two characters each, and "。", "！", "？" ending a sentence."""
    text = block.text or ""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return bool(_real_opening_missed(block, words))
    equiv = len(_TOKEN_WORDS.findall(_CJK.sub(" ", text))) + cjk // 2
    if block.kind == "paragraph" and equiv >= merge_mod.SENTENCE_WORDS and _CJK_END.search(text):
        return True
    return block.kind in ("paragraph", "quote") and equiv >= merge_mod.RUNNING_TEXT_WORDS


def _opening_all(block: Any, words: int) -> bool:
    return any(
        f(block, words) for f in (_opening_long_heading, _opening_long_line, _opening_summary_list)
    )


_real_settle = html_mod._settle
_real_page_metadata = html_mod.page_metadata
_LAST_LANGUAGE: list[str | None] = [None]


def _recording_page_metadata(tree: Any, url: str | None) -> Any:
    """``html.page_metadata``, remembering the page's declared language."""
    page = _real_page_metadata(tree, url)
    _LAST_LANGUAGE[0] = page.language
    return page


def _settle_fragment_justext_language(primary: Any, second: Any) -> Any:
    """:func:`_settle_fragment_justext` with jusText's stop-word list of the page's declared
    language (jusText's own design; trafilatura passes its target language), every language's
    only when the page declares none or one jusText has no list for."""
    from trafilatura.external import try_justext

    from newsprism.extract.assemble import RawBlock

    blocks, how = _real_settle(primary, second)
    if how != "trafilatura+readability" or not _LAST_TREE:
        return blocks, how
    if sum(second.words) >= 0.25 * sum(primary.words):
        return blocks, how
    body = try_justext(_LAST_TREE[0], None, _LAST_LANGUAGE[0])
    third = [RawBlock("paragraph", p.text) for p in body.iter("p") if p.text and p.text.strip()]
    if not third:
        return blocks, how
    again, how_again = _real_settle(primary, merge_mod.Candidate.of(second.blocks + third))
    return (again, how_again) if how_again == how else (blocks, how)


#: changes tried (``--variants``): name -> (what it does, the replacements that switch it ON)
VARIANTS: dict[str, tuple[str, list[Patch]]] = {
    "head-long-heading": ("merge: above the first confirmed block, a heading of 10+ words"
                          " stays (a standfirst marked up as a subheading)",
                          [(merge_mod, "_opening_missed", _opening_long_heading)]),
    "head-long-line": ("merge: above the first confirmed block, a paragraph of 10+ words stays"
                       " without a final full stop",
                       [(merge_mod, "_opening_missed", _opening_long_line)]),
    "head-summary-list": ("merge: above the first confirmed block, a list of 2+ items of 6+"
                          " words each stays (a summary in bullets)",
                          [(merge_mod, "_opening_missed", _opening_summary_list)]),
    "head-cjk": ("merge: above the first confirmed block, text without spaces (Chinese,"
                 " Japanese) counts two characters a word, and '。' ends a sentence",
                 [(merge_mod, "_opening_missed", _opening_cjk)]),
    "head-all": ("the three head variants together",
                 [(merge_mod, "_opening_missed", _opening_all)]),
    "opening-15": ("merge: a paragraph of 15 words (not 25) above the first confirmed one stays",
                   [(merge_mod, "_opening_missed",
                     lambda b, w: b.kind in ("paragraph", "quote") and w >= 15)]),
    "head-contiguous": ("merge: above the first confirmed block, only an unbroken run of the"
                        " article's own blocks right above it stays (round 7's head trim)",
                        [(merge_mod, "_head_kept", _head_contiguous)]),
    "fill-between": ("merge: same article: readability's blocks that trafilatura lacks, lying"
                     " between blocks both have, are put in their place",
                     [(html_mod, "merge", _merge_fill_between)]),
    "rb-head": ("merge: same article: readability's paragraphs of running text before the first"
                " block both have, that trafilatura lacks, open the article",
                [(html_mod, "merge", lambda p, s: _merge_edges(p, s, head=True))]),
    "rb-tail": ("merge: same article: readability's paragraphs of running text after the last"
                " block both have, that trafilatura lacks, close the article",
                [(html_mod, "merge", lambda p, s: _merge_edges(p, s, tail=True))]),
    "traf-fallback": ("html: trafilatura, the primary, runs with its own fallbacks (fast=False)",
                      [(html_mod, "trafilatura_blocks", _trafilatura_with_fallbacks)]),
    "caption-keeps-prose": ("placement: a paragraph of running text stays even when a caption"
                            " repeats it",
                            [(html_mod, "strip_captions", _strip_captions_keep_prose)]),
    "second-reading-unconfirmed": ("html: the second reading taken whenever it is half as long"
                                   " again, confirmed by readability or not",
                                   [(html_mod, "_suspect", _suspect_unconfirmed),
                                    (html_mod, "_escalate", _escalate_unconfirmed)]),
    "trim-needs-quarter": ("merge: the edge trim only when readability's text holds a quarter of"
                           " trafilatura's words (else trafilatura's text stands)",
                           [(html_mod, "merge", _merge_trim_needs(0.25))]),
    "trim-needs-half": ("merge: the edge trim only when readability's text holds half of"
                        " trafilatura's words",
                        [(html_mod, "merge", _merge_trim_needs(0.5))]),
    "trim-needs-two": ("merge: the edge trim only when readability confirms two blocks or more",
                       [(html_mod, "merge", _merge_trim_blocks)]),
    "tail-needs-quarter": ("merge: the tail trim only when readability's text holds a quarter of"
                           " trafilatura's words", [(html_mod, "merge", _merge_tail_needs(0.25))]),
    "tail-needs-half": ("merge: the tail trim only when readability's text holds half of"
                        " trafilatura's words", [(html_mod, "merge", _merge_tail_needs(0.5))]),
    "tail-fragment-walk": ("merge: after a fragment (readability's text under a quarter of"
                           " trafilatura's), trafilatura's run of running text after the last"
                           " confirmed block stays", [(html_mod, "merge", _merge_tail_walk(0.25))]),
    "tail-weak-head": ("merge: where the head trim kept running text above readability's first"
                       " confirmed block (readability began inside the article), trafilatura's"
                       " run of running text after the last one stays (2 subheads allowed)",
                       [(html_mod, "merge", _merge_tail_weak(
                           lambda p, s, idx: _readability_missed_head(p, s, idx[0])))]),
    "tail-weak-patchy": ("merge: where readability confirms under half of trafilatura's"
                         " paragraphs between its first and last confirmed ones, trafilatura's"
                         " run of running text after the last one stays",
                         [(html_mod, "merge", _merge_tail_weak(_readability_patchy))]),
    "tail-weak-either": ("merge: tail-weak-head or tail-weak-patchy",
                         [(html_mod, "merge", _merge_tail_weak(
                             lambda p, s, idx: _readability_missed_head(p, s, idx[0])
                             or _readability_patchy(p, s, idx)))]),
    "tail-weak-head2": ("merge: tail-weak-head, where the head trim kept two blocks or more",
                        [(html_mod, "merge", _merge_tail_weak(
                            lambda p, s, idx: _head_missed_twice(p, s, idx[0])))]),
    "tail-weak-head2-run2": ("merge: tail-weak-head2, and only a run of two blocks or more of"
                             " running text or sentences is kept",
                             [(html_mod, "merge", _merge_tail_weak(
                                 lambda p, s, idx: _head_missed_twice(p, s, idx[0]),
                                 least_run=2))]),
    "tail-weak-head-run2": ("merge: tail-weak-head, and only a run of two blocks or more of"
                            " running text or sentences is kept",
                            [(html_mod, "merge", _merge_tail_weak(
                                lambda p, s, idx: _readability_missed_head(p, s, idx[0]),
                                least_run=2))]),
    "tail-walk-always": ("merge: trafilatura's run of running text after the last confirmed"
                         " block always stays (2 subheads allowed; no weak-evidence test)",
                         [(html_mod, "merge", _merge_tail_weak(lambda p, s, idx: True))]),
    "suspect-missing": ("html: the text is also suspect (read again with trafilatura's whole"
                        " cascade) when a quarter of readability's words are not in it",
                        [(html_mod, "_suspect", _suspect_or_missing)]),
    "short-whole-page": ("html: readability reads the whole page when trafilatura's text is"
                         " short for it (the second reading's length test)",
                         [(html_mod, "trafilatura_blocks", _recording_reading),
                          (html_mod, "_probes", _probes_unless_short)]),
    "rb-much-longer": ("merge: found different things: readability's text taken when twice as"
                       " long with running text", [(html_mod, "merge", _merge_much_longer)]),
    "tiny-suspect": ("html: a text under 250 characters is read again with the whole cascade"
                     " even when readability confirms it",
                     [(html_mod, "_suspect", _suspect_tiny),
                      (html_mod, "_escalate", _escalate_tiny)]),
    "fragment-justext": ("merge: readability's text a fragment of trafilatura's: jusText's good"
                         " paragraphs confirm trafilatura's blocks too (a third opinion)",
                         [(html_mod, "trafilatura_blocks", _recording_reading),
                          (html_mod, "_settle", _settle_fragment_justext)]),
    "fragment-justext-language": ("fragment-justext with the stop words of the page's declared"
                                  " language",
                                  [(html_mod, "trafilatura_blocks", _recording_reading),
                                   (html_mod, "page_metadata", _recording_page_metadata),
                                   (html_mod, "_settle", _settle_fragment_justext_language)]),
}  # fmt: skip


@contextmanager
def switched_off(patches: list[Patch]) -> Iterator[None]:
    with ExitStack() as stack:
        for module, name, value in patches:
            stack.enter_context(mock.patch.object(module, name, value))
        yield


def body(html: bytes) -> str:
    try:
        article = newsprism.read(html, stages=())
    except NewsprismError:
        return ""
    return "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)


def score(
    data: dict[tuple[str, str], list[Page]], run: Callable[[bytes], str]
) -> dict[tuple[str, str], list[Row]]:
    return {key: [page_row(p, run(p.html)) for p in items] for key, items in data.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", default="dev-a,dev-b")
    parser.add_argument("--sets", default=",".join((*DEV_SETS, *SETS)))
    parser.add_argument("--only", default="", help="comma-separated ablation names")
    parser.add_argument(
        "--variants", default="", help="instead: changes to try, comma-separated (VARIANTS)"
    )
    args = parser.parse_args()
    parts = args.parts.split(",")
    names = [s for s in (*DEV_SETS, *SETS) if s in args.sets.split(",") and available(s)]
    data = {(s, part): list(pages(s, part)) for s in names for part in parts}
    chosen = [n for n in ABLATIONS if not args.only or n in args.only.split(",")]
    if args.variants:
        chosen = [n for n in VARIANTS if n in args.variants.split(",")]

    def f1s(rows: dict[tuple[str, str], list[Row]]) -> dict[tuple[str, str], float]:
        return {key: scores(r)[0] for key, r in rows.items()}

    base = f1s(score(data, body))
    header = "  ".join(f"{s[:6]:>6}" for s in names)
    print("pages: " + ", ".join(f"{k[0]}/{k[1]} {len(v)}" for k, v in data.items()))
    for part in parts:
        cells = "  ".join(f"{base[(s, part)]:6.3f}" for s in names)
        mean = sum(base[(s, part)] for s in names) / len(names)
        print(f"{'baseline':<22} {part:<5}  {cells}  mean {mean:.4f}", flush=True)
    change = "the change is switched ON" if args.variants else "the rule is switched OFF"
    print(f"\nF1 change when {change} ({header}; mean of sets)")
    for name in chosen:
        what, patches = (VARIANTS if args.variants else ABLATIONS)[name]
        with switched_off(patches):
            off = f1s(score(data, body))
        for part in parts:
            deltas = [off[(s, part)] - base[(s, part)] for s in names]
            cells = "  ".join(f"{d:+7.4f}" for d in deltas)
            print(f"{name:<22} {part:<5}  {cells}  mean {sum(deltas) / len(deltas):+.4f}")
        print(f"{'':<22} ({what})", flush=True)


if __name__ == "__main__":
    main()
