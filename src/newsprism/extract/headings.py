"""A heading of the page that stands right above text the article kept goes back above it.

Both extractors can keep a section's paragraphs and drop its heading: trafilatura's recall
pass gathers paragraphs it finds outside the container it chose (an accordion in a block grid
beside the story), but not headings; readability keeps headings only inside the container it
chose.  The page says where the heading is: right above a paragraph the article holds, between
two of its blocks.  Such a heading (``<h2>``–``<h6>``, a line of words, not a link: a teaser's
headline is one; not in a box of related links) goes back in, before that paragraph.

No site's markup is known here: the test is where the heading stands in the page's words.

Round 29 (issue 11): body F1 summed over the sets' means, dev-a (developed on) +0.0197 (37 pages
changed, 32 up, 5 down by at most 0.005: written22's accordion +0.063, WCXB +0.0015 over 29
pages), dev-b (checked only) +0.0053 (25 pages, 19 up, 6 down by at most 0.008: WCXB +0.0009,
written17 +0.0044).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from .assemble import RawBlock
from .htmlblocks import text_of
from .merge import block_text
from .placement import _in_box, _word_stream, locate

_WORD = re.compile(r"\w+")
_LEVELS = {"h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: a heading is a line: at least two words and at most this many
HEADING_WORDS = 20
#: words that may stand between the heading's end and the kept block it heads (an icon's label)
GAP_WORDS = 2


@dataclass(frozen=True)
class _Marked:
    """What :func:`~.placement._word_stream` marks: an element of the page."""

    element: Any


def headings_in_place(blocks: list[RawBlock], tree: Any) -> list[RawBlock]:
    """``blocks`` with each page heading that heads one of their blocks, inside the stretch
    they cover, put back before it."""
    text_blocks = [b for b in blocks if b.kind != "figure"]
    if len(text_blocks) < 2 or len(text_blocks) != len(blocks):
        return blocks  # (figures are placed later; a reading that holds some is left as it is)
    body = tree.find("body")
    if body is None:
        return blocks
    kept = {_key(block_text(b)) for b in blocks}
    candidates = []
    for el in body.iter(*_LEVELS):
        text = _heading_text(el)
        words = len(_WORD.findall(text))
        if not 2 <= words <= HEADING_WORDS or _key(text) in kept:
            continue
        if any(text_of(a).strip() for a in el.iter("a")) or _in_box(el) or _chrome(text):
            continue
        candidates.append((el, text, words))
    if not candidates:
        return blocks
    page_words, starts = _word_stream(tree, [_Marked(el) for el, _, _ in candidates])
    positions = locate(blocks, page_words)
    inserts: dict[int, list[RawBlock]] = {}
    for i, (el, text, words) in enumerate(candidates):
        start = starts.get(i)
        if start is None:
            continue
        end = start + words
        after = [j for j, p in enumerate(positions) if p is not None and p >= end]
        before = [j for j, p in enumerate(positions) if p is not None and p < start]
        if not after or not before:
            continue  # outside the article's stretch
        nxt = min(after, key=lambda j: positions[j] or 0)
        if (positions[nxt] or 0) - end > GAP_WORDS or blocks[nxt].kind == "heading":
            continue
        inserts.setdefault(nxt, []).append(RawBlock("heading", text, level=_LEVELS[el.tag]))
    if not inserts:
        return blocks
    out: list[RawBlock] = []
    for j, block in enumerate(blocks):
        out.extend(inserts.get(j, []))
        out.append(block)
    return out


def _heading_text(el: Any) -> str:
    """The heading's words, without its decorative parts (``aria-hidden``: a "+", a chevron)."""
    hidden = [part for part in el.iterdescendants() if part.get("aria-hidden") == "true"]
    if not hidden:
        return text_of(el)
    shown = copy.deepcopy(el)
    shown.tail = None
    for part in [p for p in shown.iterdescendants() if p.get("aria-hidden") == "true"]:
        part.drop_tree()  # (its tail, the heading's next words, stays)
    return text_of(shown)


def _chrome(text: str) -> bool:
    """The page's own furniture by the scraped-text reader's vocabulary ("Leave a comment",
    "Share this article", "Related stories"): it heads readers' posts or other stories."""
    from .scraped_labels import CHROME, FOOTER_LINE, NOTICE, RELATED, label_alone
    from .scraped_lines import Line

    return label_alone(Line(text, False, 0)).label in (CHROME, FOOTER_LINE, NOTICE, RELATED)


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


__all__ = ["headings_in_place"]
