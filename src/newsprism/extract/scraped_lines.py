"""Scraped text as logical lines: hard-wrapped paragraphs joined again.

Text copied from a terminal, an e-mail or a "plain text" export is often broken at a fixed width
(~70 characters).  Such a page is recognised by its line lengths: most long lines end within a
few characters of the same width.  Inside such a page a line is joined to the next when the next
line's first word would not have fitted on it — that is why the writer's tool broke it — unless
the next line starts something of its own (a credit, a bullet, a dash of dialogue).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .assemble import clean_inline
from .scraped_lexicon import ONE_LETTER_WORDS, is_word

# what may open a line of its own even in a hard-wrapped page
_STARTS_UNIT = re.compile(
    r"^(?:[•*▪·●◦-]\s|[—–]\s|\d{1,2}[.)]\s|(?:photo|image|фото|credit|copyright|©)\b)", re.I
)


@dataclass(frozen=True)
class Line:
    text: str
    #: an empty line stood before it: a paragraph boundary the page itself drew
    blank_before: bool
    #: position among the logical lines
    index: int
    #: cells the line held, parted by tabs: a browser copies a table's row as its cells
    #: with a tab between them (white space is collapsed in ``text``, so it is kept here)
    cells: int = 1
    #: the cells' own texts (white space collapsed) when the line held two or more: whether the
    #: line is a table's row depends on what its cells say, not only on the tabs
    cell_texts: tuple[str, ...] = ()


def wrap_width(lengths: list[int]) -> int | None:
    """The width a page was hard-wrapped at, or ``None`` when it was not.

    A wrapped page has many lines, its long lines bunch just under one width (the 90th
    percentile), and that width is a terminal's, not a paragraph's (≤ 100 characters).
    """
    long = sorted(n for n in lengths if n >= 30)
    if len(long) < 8:
        return None
    width = long[int(0.9 * (len(long) - 1))]
    if width > 100:
        return None
    near = sum(1 for n in long if width - 12 <= n <= width)
    return width if near >= 0.6 * len(long) else None


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0]


_WORDS = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[А-ЯЁ]")


def _drop_cap_join(letter: str, line: str, words: Counter[str]) -> str | None:
    """A drop cap copied on a line of its own ("O" over "ne of Leith's best-known …", «В» over
    «ыпускники …»): the big first letter of a paragraph, set apart by the page's styling, is
    joined to the paragraph again.  The letter is a capital alone on its line and the next line
    opens in lower case; it is glued to the next word unless it is a word of its own there ("A"
    over "man who …"), which the page's own words decide: the fragment ("man") occurring as a
    word outside the line it opens, and the glued word ("aman") nowhere on the page.  The line
    itself never counts for the fragment — it always holds it, so «ыпускники» or "ver" would
    otherwise pass for words.  ``None`` when it is no drop cap."""
    if not (len(letter) == 1 and letter.isalpha() and letter.isupper()):
        return None
    if not line[:1].isalpha() or not line[0].islower():
        return None
    line_words = [w.lower() for w in _WORDS.findall(line)]
    fragment = line_words[0] if line_words else ""
    glued = letter.lower() + fragment
    if words[glued]:
        return letter + line  # the page writes the glued word elsewhere ("Alex", "Over")
    if letter.lower() in ONE_LETTER_WORDS["ru" if _CYRILLIC.match(letter) else "en"]:
        # the language's lexicon, where one of the two is a word and the other is not: "A" over
        # "man who …" ("man", no "aman"), "I" over "f you …" ("if", no "f"), «В» over «ыпускники»
        fragment_is_word, glued_is_word = is_word(fragment), is_word(glued)
        if fragment_is_word is not None and glued_is_word is not None:
            if fragment_is_word and not glued_is_word:
                return letter + " " + line
            if glued_is_word and not fragment_is_word:
                return letter + line
    elsewhere = words[fragment] - line_words.count(fragment)
    if elsewhere > 0:
        return letter + " " + line  # a word of one letter ("A", «В») over its sentence
    return letter + line


def split_lines(text: str) -> list[Line]:
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    raw = [clean_inline(line) for line in physical]
    split_cells = [
        tuple(" ".join(cell.split()) for cell in line.split("\t") if cell.strip())
        for line in physical
    ]
    tabbed = [len(cell) for cell in split_cells]
    # the page's words, lower-cased: whether a drop cap's letter is a word of its own
    words = Counter(w.lower() for line in raw for w in _WORDS.findall(line))
    width = wrap_width([len(line) for line in raw if line])
    out: list[str] = []
    blanks: list[bool] = []
    cells: list[int] = []
    texts: list[tuple[str, ...]] = []
    blank = False
    previous = ""  # the physical line before this one, when it may continue into this one
    for line, count, parts in zip(raw, tabbed, split_cells, strict=True):
        if not line:
            blank, previous = True, ""
            continue
        if out and out[-1] == previous and (joined := _drop_cap_join(out[-1], line, words)):
            out[-1], previous = joined, joined
            continue
        # the tool broke the previous line because this line's first word did not fit on it
        # (3 characters of slack for tools that count differently); a short line ends its paragraph
        if (
            previous
            and width
            and not _STARTS_UNIT.match(line)
            and len(previous) + 1 + len(_first_word(line)) > width - 3
        ):
            if previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha():
                out[-1] += line  # a word hyphenated across the break keeps its hyphen
            else:
                out[-1] += " " + line
        else:
            out.append(line)
            blanks.append(blank)
            cells.append(count)
            texts.append(parts if count >= 2 else ())
        blank, previous = False, line
    return [
        Line(text=t, blank_before=b, index=i, cells=c, cell_texts=p)
        for i, (t, b, c, p) in enumerate(zip(out, blanks, cells, texts, strict=True))
    ]
