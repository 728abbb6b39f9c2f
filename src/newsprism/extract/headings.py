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
from typing import Any

from .assemble import RawBlock
from .htmlblocks import text_of
from .merge import block_text
from .placement import _in_box

_WORD = re.compile(r"\w+")
_LEVELS = {"h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: a heading is a line: at least two words and at most this many
HEADING_WORDS = 20
#: words that may stand between the heading's end and the kept block it heads (an icon's label)
GAP_WORDS = 2


def headings_in_place(blocks: list[RawBlock], tree: Any) -> list[RawBlock]:
    """``blocks`` with each page heading that heads one of their blocks, after the first, put
    back before it."""
    if len(blocks) < 2 or any(b.kind == "figure" for b in blocks):
        return blocks  # (figures are placed later; a reading that holds some is left as it is)
    body = tree.find("body")
    if body is None:
        return blocks
    openings: dict[tuple[str, ...], int] | None = None
    kept: set[str] | None = None
    inserts: dict[int, list[RawBlock]] = {}
    for el in body.iter(*_LEVELS):
        if any("".join(a.itertext()).strip() for a in el.iter("a")):
            continue  # a teaser's headline links to its story
        # (asked first, being cheapest: most headings head nothing the article kept)
        following = _following_words(el, GAP_WORDS + 4)
        if openings is None:  # (the first 4 words of each block, where it is first found)
            openings = {}
            for j, block in enumerate(blocks):
                opening = tuple(_WORD.findall(block_text(block)[:200].lower())[:4])
                openings.setdefault(opening, j)
        j = next(
            (
                openings[gram]
                for k in range(GAP_WORDS + 1)
                if len(gram := tuple(following[k : k + 4])) == 4 and gram in openings
            ),
            0,
        )
        if j == 0 or blocks[j].kind == "heading":
            continue  # heads no kept block, or the first: outside the article's stretch
        text = _heading_text(el)
        if not 2 <= len(_WORD.findall(text)) <= HEADING_WORDS or _in_box(el):
            continue
        if kept is None:  # (a block as short as a heading: a longer one holds more words)
            kept = {_key(block_text(b)) for b in blocks if len(block_text(b)) < 400}
        if _key(text) in kept or _chrome(text):
            continue
        inserts.setdefault(j, []).append(RawBlock("heading", text, level=_LEVELS[el.tag]))
    if not inserts:
        return blocks
    out: list[RawBlock] = []
    for j, block in enumerate(blocks):
        out.extend(inserts.get(j, []))
        out.append(block)
    return out


def _following_words(el: Any, wanted: int) -> list[str]:
    """The first ``wanted`` words of the page after ``el`` (lower-cased), in document order."""
    words: list[str] = []
    node = el
    while node is not None and node.tag not in ("body", "html") and len(words) < wanted:
        words.extend(_WORD.findall((node.tail or "").lower()))
        for sibling in node.itersiblings():
            if len(words) >= wanted:
                break
            for text in sibling.itertext():
                words.extend(_WORD.findall(text.lower()))
                if len(words) >= wanted:
                    break
            words.extend(_WORD.findall((sibling.tail or "").lower()))
        node = node.getparent()
    return words[:wanted]


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
