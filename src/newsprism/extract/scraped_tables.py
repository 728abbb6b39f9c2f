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
TABLE_REASONS = (TABLE_ROW, TABLE_TITLE, TABLE_NOTE)

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
