"""Notes the article's text links to and that link back to it: the article's own footnotes.

A footnote is marked up the same way by every publishing tool: a reference in the text (``<a
href="#fn-1" id="fnref-1">1</a>``) points at the note (``<li id="fn-1">``), and the note points
back at the reference (``<a href="#fnref-1">↩</a>``).  Notes sit after the article's last
paragraph, often in their own box, so the merge's tail trim (everything after the last block
readability confirms goes) took them with the comments and the related links.  The pair of links
is the evidence: a block that the article links to and that links back to the article is the
article's, whatever its class names or language.  Read before the extractors run (their
cleaning changes the tree).

Round 20 (issue 11), **kept as unproven**: on dev-a it restored the notes of the two written
pages that have them (+0.091 and +0.073 on those pages; written18 +0.013, written19 +0.008 over
the set), and a first version that took any element linked both ways (comments' reply links,
"back to top") was narrowed to note marks after reading dev-a's losses; on dev-b it found notes
on three WCXB pages only, all real notes or references, whose gold leaves them out (WCXB
−0.0005, nothing else moved).  Kept because the notes are the article's own text, which a reader who sees the marks
expects, and our written sets' gold keeps them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .assemble import RawBlock
from .htmlblocks import HEADINGS, text_of
from .merge import block_text, shingle_set

#: links to a place on the same page whose text is a dozen characters at most: a note's mark
#: ("1", "[2]", "*") and its way back ("↩", "^", "back to text")
_IN_PAGE_LINKS = etree.XPath(
    "//body//a[starts-with(@href, '#') and string-length(@href) > 1"
    " and string-length(normalize-space(.)) <= 12]"
)
_WORD = re.compile(r"\w+")
#: a note mark: a number, a letter, a roman numeral or a symbol, bracketed or not
_MARK = re.compile(r"^[\[(]?(?:\d{1,3}|[a-z]|[ivxlc]{1,5}|[*†‡§¶]{1,3})[\])]?$", re.I)
#: a note longer than this is not a footnote (a comment, a whole section)
NOTE_MAX_WORDS = 150
#: a note's heading ("Notes", «Примечания») is a short line
HEADING_MAX_WORDS = 4
#: a reference stands in the article's prose: its block holds at least this many words
#: besides note marks (a row of numbered gallery thumbnails holds none)
PROSE_MIN_WORDS = 3
#: the elements whose text is the reference's sentence
_PROSE_BLOCKS = frozenset(
    {"p", "li", "td", "th", "dd", "blockquote", "div", "section", "article", "body"} | set(HEADINGS)
)


@dataclass(frozen=True)
class Footnotes:
    heading: str | None
    notes: tuple[str, ...]


def find_footnotes(tree: Any) -> Footnotes | None:
    """The page's footnotes, in page order, with the heading right above their list, if any.

    A reference is a link whose text is a note mark ("1", "[2]", "*", "iv") and which has an
    id (its own or its wrapper's, ``<sup id="fnref-1">``); its note is the element its link
    points at, when that element links back to the reference's id and does not hold the
    reference itself (a "back to top" link points at the whole page)."""
    links = _IN_PAGE_LINKS(tree)
    if len(links) < 2:
        return None
    target_of: dict[str, str] = {}  # a reference's id -> the id of the note it points at
    references: dict[str, Any] = {}
    for a in links:
        if not _MARK.match(text_of(a)) or not _in_prose(a):
            continue
        for el in (a, a.getparent()):
            ref_id = el.get("id") if el is not None else None
            if ref_id:
                target_of[ref_id] = a.get("href")[1:]
                references[ref_id] = a
                break
    if not target_of:
        return None
    notes: list[Any] = []
    texts: list[str] = []
    for a in links:
        ref_id = a.get("href")[1:]
        target = target_of.get(ref_id)
        if target is None:
            continue
        note = next((el for el in a.iterancestors() if el.get("id") == target), None)
        if note is None or any(note is n for n in notes):
            continue
        if any(el is note for el in references[ref_id].iterancestors()):
            continue  # the reference is inside it: a page wrapper, not a note
        text = _without_backlinks(note, set(target_of))
        if _WORD.search(text) and len(_WORD.findall(text)) <= NOTE_MAX_WORDS:
            notes.append(note)
            texts.append(text)
    if not notes:
        return None
    return Footnotes(_heading_above(notes[0]), tuple(texts))


def _in_prose(a: Any) -> bool:
    """Whether the link ``a`` stands in running text: a note's mark is read in a sentence,
    whereas numbered links alone in their box (a gallery's thumbnails, a pager) point at
    slides or pages, which link back to them just as notes do."""
    block = next((el for el in a.iterancestors() if el.tag in _PROSE_BLOCKS), None)
    if block is None:
        return False
    # read lazily and stop at the third word: the block may be the whole page's container
    seen = 0
    for piece in block.itertext():
        seen += sum(1 for w in _WORD.findall(piece) if not _MARK.match(w))
        if seen >= PROSE_MIN_WORDS:
            return True
    return False


def _without_backlinks(note: Any, reference_ids: set[str]) -> str:
    text = text_of(note)
    for a in note.iter("a"):
        if a.get("href", "")[1:] not in reference_ids:
            continue
        mark = text_of(a)
        if mark and text.endswith(mark):
            text = text[: -len(mark)].rstrip()
        elif mark and text.startswith(mark):
            text = text[len(mark) :].lstrip()
    return text


def _heading_above(note: Any) -> str | None:
    """A short heading right before the notes' list (or before its wrapper)."""
    el = note.getparent()
    for _ in range(2):
        if el is None:
            return None
        before = el.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            if before.tag in HEADINGS:
                text = text_of(before)
                if 0 < len(_WORD.findall(text)) <= HEADING_MAX_WORDS:
                    return text
            return None
        el = el.getparent()
    return None


def add_footnotes(blocks: list[RawBlock], found: Footnotes | None) -> list[RawBlock]:
    """``blocks`` with the footnotes the article lacks after its last block."""
    if found is None or not blocks:
        return blocks
    have = set().union(*(shingle_set(block_text(b)) for b in blocks))
    missing = []
    for note in found.notes:
        own = shingle_set(note)
        if own and len(own & have) * 2 < len(own):
            missing.append(RawBlock("paragraph", note))
    if not missing:
        return blocks
    heading = []
    if found.heading and not any(
        b.kind == "heading" and b.text.strip().lower() == found.heading.lower() for b in blocks
    ):
        heading = [RawBlock("heading", found.heading, level=2)]
    return [*blocks, *heading, *missing]
