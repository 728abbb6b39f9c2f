"""Invented paragraphs of running text and a block reader, shared by the scraped-text tests of
several rounds (each round's test file built its pages around the same two paragraphs)."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped

PARA = (
    "The council said the work would take about four months and cost an estimated "
    "£3.2 million, most of it paid for by a government grant awarded last year."
)
PARA2 = (
    "Residents of the three streets affected will get a letter next week explaining the "
    "diversions, and the bus company said two routes would run to a changed timetable."
)


def blocks(text: str) -> list[tuple[str, str | None]]:
    """(kind, text) of each block the scraped-text reader makes of ``text``."""
    _, found, _ = extract_scraped(text)
    return [(b.kind, b.text) for b in found]
