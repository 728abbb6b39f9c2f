"""A table copied from a browser: its rows, its title and its source note are the page's.

A browser copies a table row by row, its cells parted by tabs (``Line.cells``). What a reader
takes away as the article is the text around it: the expected articles leave a table's or a data
panel's rows out (docs/extraction.md, "The expected articles' conventions"), and with them the
short line that names the table above its rows and the note under them that says where the
figures come from ("Source: …", «Источник: …», "Data delayed 15 minutes").
"""

from __future__ import annotations

import re

from .scraped_labels import CHROME, SHORT, TEXT, Labelled, ends_sentence, word_count

TABLE_ROW = "a table's row (cells parted by tabs)"
TABLE_TITLE = "the title over a table's rows"
TABLE_NOTE = "the source or note under a table's rows"

#: a table's title is a name, not a sentence: a few words without a stop or a colon
_TITLE_MAX_WORDS = 12
#: a note under a table says where its figures come from, in a sentence or two
_NOTE_MAX_WORDS = 25
_SOURCE = re.compile(
    r"(?:^|[.;]\s+)(?:sources?|data|note|источник(?:и)?|данные|примечание|джерело|quelle|"
    r"fuente)\s*:",
    re.I,
)


#: a table's cell holds a name or a figure, not a sentence: a live blog copied as
#: "14:05<TAB>The minister arrived …" has tabs too, but its second cell is the story's sentence
_CELL_MAX_WORDS = 6


def _is_sentence(cell: str) -> bool:
    """A sentence opens with a capital and ends with a stop; a figure's unit abbreviated with a
    stop ("150 л. с.", "12 p.m.") opens with a digit and is a cell."""
    return cell[:1].isupper() and ends_sentence(cell)


def _is_row(lab: Labelled) -> bool:
    """Two cells or more, each short and none a sentence (see _CELL_MAX_WORDS)."""
    return lab.line.cells >= 2 and all(
        word_count(cell) <= _CELL_MAX_WORDS and not _is_sentence(cell)
        for cell in lab.line.cell_texts
    )


def _is_title(lab: Labelled) -> bool:
    text = lab.text.rstrip()
    return (
        lab.label in (SHORT, TEXT)
        and word_count(text) <= _TITLE_MAX_WORDS
        and not ends_sentence(text)
        and not text.endswith(":")
    )


def mark_tables(labs: list[Labelled]) -> None:
    """Two rows or more of short cells (_is_row) in a row are a table: they, the title right above
    them and the source note right under them are chrome."""
    i = 0
    while i < len(labs):
        if not _is_row(labs[i]):
            i += 1
            continue
        end = i
        while end < len(labs) and _is_row(labs[end]):
            end += 1
        if end - i >= 2:
            for lab in labs[i:end]:
                lab.relabel(CHROME, TABLE_ROW)
            if i > 0 and _is_title(labs[i - 1]):
                labs[i - 1].relabel(CHROME, TABLE_TITLE)
            if (
                end < len(labs)
                and _SOURCE.search(labs[end].text)
                and word_count(labs[end].text) <= _NOTE_MAX_WORDS
            ):
                labs[end].relabel(CHROME, TABLE_NOTE)
        i = end


#: a table copied with its cells joined by single spaces ("Price £179 £159", «Еда 3 300 ₽"):
#: no tab marks the cells, so a row is read from its shape — a label, then its values at the
#: end: figures, each maybe with a short unit after it ("9 hours", "3 600 ₽")
SPACED_TABLE_REASON = "a table's row (cells parted by spaces)"
TABLE_REASONS = (TABLE_ROW, TABLE_TITLE, TABLE_NOTE, SPACED_TABLE_REASON)
#: a table has this many rows at least under its lead-in (a list of two figures is a list)
_SPACED_MIN_ROWS = 3
#: a row is a label and a few figures: a line of more words is a list's item or a sentence
_SPACED_ROW_MAX_WORDS = 10
#: a unit after a figure is a short word or sign ("hours", "₽", "г", "kg"); a longer word after
#: a figure is what it counts ("36 apprentices"): an item's phrase, not a table's cell
_UNIT_MAX_CHARS = 5
#: a figure's thousands printed apart ("3 600", «14 200»): one value
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
#: what parts a list item's name from its value ("Name — 41,8%", "Storage: 32GB"): a field or an
#: item, each line saying where its value starts; a table's row does not
_VALUE_SEPARATORS = ("—", "–", "-", ":", "=")


def _spaced_row(lab: Labelled) -> bool:
    """A label and one or more values at the line's end, nothing parting them but spaces."""
    text = lab.text.strip()
    if (
        lab.label not in (SHORT, TEXT)
        or lab.line.cells >= 2
        or ends_sentence(text)
        or ":" in text
        or text.endswith((";", ","))
        or word_count(text) > _SPACED_ROW_MAX_WORDS
    ):
        return False
    tokens = _THOUSANDS.sub("", text).split()
    j = len(tokens)
    while j > 0:
        token = tokens[j - 1]
        if any(c.isdigit() for c in token):
            j -= 1
        elif j >= 2 and any(c.isdigit() for c in tokens[j - 2]) and len(token) <= _UNIT_MAX_CHARS:
            j -= 2  # a figure and its unit
        else:
            break
    # values at the end, a label before them, no separator between
    return j < len(tokens) and j > 0 and tokens[j - 1] not in _VALUE_SEPARATORS


def _spaced_header(lab: Labelled) -> bool:
    """A table's header: the columns' names, a few words with no figure and no stop."""
    text = lab.text.strip()
    return (
        lab.label in (SHORT, TEXT)
        and lab.line.cells < 2
        and word_count(text) <= _SPACED_ROW_MAX_WORDS
        and not ends_sentence(text)
        and ":" not in text
        and not any(c.isdigit() for c in text)
    )


def mark_spaced_tables(labs: list[Labelled]) -> None:
    """A sentence that ends with a colon ("How the two models compare:", «Расходы … такими:»)
    over a header of column names (or none) and three rows or more shaped as a label and its
    figures (_spaced_row) announces a table copied without its tabs: the header and the rows
    are the page's, as a tabbed table's are; the sentence stays the story's."""
    for i, lab in enumerate(labs):
        if lab.label not in (SHORT, TEXT) or not lab.text.rstrip().endswith(":"):
            continue
        start = i + 1
        if start < len(labs) and not _spaced_row(labs[start]) and _spaced_header(labs[start]):
            start += 1
        end = start
        while end < len(labs) and _spaced_row(labs[end]):
            end += 1
        if end - start < _SPACED_MIN_ROWS:
            continue
        if start > i + 1:
            labs[i + 1].relabel(CHROME, TABLE_TITLE)
        for row in labs[start:end]:
            row.relabel(CHROME, SPACED_TABLE_REASON)
