"""Sentence segmentation: razdel for Russian, pysbd for English (and other Latin-script text).

Both are rule-based and keep abbreviations ("U.S.", "Gen.", "Jan.", «т. е.», «г.») and decimal
numbers together.  A shared pass then splits dash-introduced speech that both miss when a quote
ends a sentence and the next one opens with a dash: ``"…final." — Text, — says X.``.

:func:`split` returns ``(start, end)`` offsets into the text it is given, trimmed of white space.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_DASH_OPENING = re.compile(r"(?<=[.!?…][»“”\"’)]) +(?=[—–] )|(?<=[.!?…]) +(?=[—–] \S)")


@lru_cache(maxsize=1)
def _pysbd() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _raw_split(text: str, language: str | None) -> list[str]:
    if language == "ru" or (
        language in (None, "uk", "be", "bg") and re.search(r"[\u0400-\u04ff]", text)
    ):
        from razdel import sentenize

        return [s.text for s in sentenize(text)]
    return [str(s) for s in _pysbd().segment(text)]


def split(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` as ``(start, end)`` character offsets."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in _raw_split(text, language):
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, pos)
        if start < 0:  # a segmenter that normalised something: fall back to a stripped search
            start = text.find(piece.split()[0], pos)
            if start < 0:
                continue
        end = start + len(piece)
        for sub_start, sub_end in _split_dash_speech(text, start, end):
            spans.append((sub_start, sub_end))
        pos = end
    return _cover_gaps(text, spans)


def _split_dash_speech(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in _DASH_OPENING.finditer(text, start, end):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return out


def _cover_gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Make sure no words fall between sentences (a segmenter may drop stray characters)."""
    out: list[tuple[int, int]] = []
    prev_end = 0
    for start, end in spans:
        gap = text[prev_end:start]
        if gap.strip():
            if out:
                out[-1] = (out[-1][0], start - (len(gap) - len(gap.rstrip())))
            else:
                start = prev_end + (len(gap) - len(gap.lstrip()))
        out.append((start, end))
        prev_end = end
    tail = text[prev_end:]
    if tail.strip():
        if out:
            out[-1] = (out[-1][0], len(text.rstrip()))
        else:
            stripped = text.strip()
            first = text.find(stripped)
            out.append((first, first + len(stripped)))
    return out
