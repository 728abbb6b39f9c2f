"""Dash-introduced direct speech, as Russian (and translated) reporting writes it.

    — Мы не допустим эскалации, — заявил Лавров. — Это наша позиция.
    — We will not allow it, he told the newspaper.

A paragraph that opens with a dash is direct speech.  Inside it the author's words begin after
``, —`` (or ``! —``, ``? —``, ``… —``) and end at ``. —`` (the speech resumes) or at the end of
the paragraph; in translated text the dash before the author's words is often lost, leaving
", he told the newspaper." at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENING = re.compile(r"\s*[—–]\s")
#: where the author's words start: after the speech's closing punctuation and a dash
_AUTHOR_START = re.compile(r"([,!?…]|\.\.\.)\s*[—–]\s+")
#: where the speech resumes after the author's words
_SPEECH_RESUMES = re.compile(r"[.,:]\s*[—–]\s+")
#: English text whose dash was lost: ", he told the newspaper." closing the paragraph
_TRAILING_VERB = re.compile(
    r"\b(?:told|said|says|added|explained|noted|wrote|recalled|insisted|stressed|warned)\b"
    r"[^,.!?]*[.!?]?\s*$"
)
_MAX_AUTHOR_WORDS = 10


def _trailing_author(text: str, pos: int, end: int) -> int | None:
    """Where the author's words start in "…, the governor, Piotr Nowak, told the newspaper."."""
    verb = _TRAILING_VERB.search(text, pos, end)
    if verb is None:
        return None
    best = None
    for comma in re.finditer(r",\s+", text[pos : verb.start()]):
        at = pos + comma.start()
        if len(text[at : verb.start()].split()) <= _MAX_AUTHOR_WORDS:
            best = at if best is None else min(best, at)
    return best


@dataclass(frozen=True, slots=True)
class DashSpeech:
    #: the spoken parts, as (start, end) character spans
    speech: tuple[tuple[int, int], ...]
    #: the author's words between or after them ("— заявил Лавров.")
    author: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.speech[0][0]

    @property
    def end(self) -> int:
        return self.speech[-1][1]


def find_dash_speech(text: str, p_start: int, p_end: int) -> DashSpeech | None:
    """The dash speech in paragraph ``text[p_start:p_end]``, or ``None`` if it has none.

    A paragraph that does not open with a dash is dash speech too when it continues the one
    before: that one opens with a dash and names no author, and this one closes the speech
    with its author after ``, —`` ("— At night the guard called me. … // We have already
    closed the windows, — Lisovska said."), as speech over several paragraphs is written."""
    m = _OPENING.match(text, p_start, p_end)
    if m is None:
        if not _continues_unclosed(text, p_start, p_end):
            return None
        pos = p_start
    else:
        pos = m.end()
    speech: list[tuple[int, int]] = []
    author: list[tuple[int, int]] = []
    while pos < p_end:
        a = _AUTHOR_START.search(text, pos, p_end)
        if a is None:
            trailing = _trailing_author(text, pos, p_end)
            if trailing is not None:
                speech.append(_trim(text, pos, trailing))
                author.append(_trim(text, trailing + 1, p_end))
            else:
                speech.append(_trim(text, pos, p_end))
            break
        speech.append(_trim(text, pos, a.start() + (1 if a.group(1) in "!?…" else 0)))
        r = _SPEECH_RESUMES.search(text, a.end(), p_end)
        if r is None:
            author.append(_trim(text, a.end(), p_end))
            break
        author.append(_trim(text, a.end(), r.start() + 1))
        pos = r.end()
    speech = [(s, e) for s, e in speech if e > s]
    if not speech:
        return None
    return DashSpeech(tuple(speech), tuple(author))


def _previous_paragraph(text: str, p_start: int) -> tuple[int, int] | None:
    """The paragraph just before ``p_start`` (blank-line or line-break separated)."""
    end = p_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == p_start or "\n" not in text[end:p_start] or end == 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    return start, end


def _unclosed(text: str, p_start: int, p_end: int) -> bool:
    """A paragraph that opens with a dash, ends a sentence and names no author of its words."""
    m = _OPENING.match(text, p_start, p_end)
    if m is None or text[p_end - 1] not in ".!?…":
        return False
    speech = find_dash_speech(text, p_start, p_end)
    return speech is not None and not speech.author


def _continues_unclosed(text: str, p_start: int, p_end: int) -> bool:
    """Whether this paragraph closes, with ``, — author``, dash speech the paragraph before it
    opened and did not close."""
    a = _AUTHOR_START.search(text, p_start, p_end)
    if a is None or _SPEECH_RESUMES.search(text, a.end(), p_end) is not None:
        return False
    if len(text[a.end() : p_end].split()) > _MAX_AUTHOR_WORDS:
        return False
    prev = _previous_paragraph(text, p_start)
    return prev is not None and _unclosed(text, *prev)


def open_paragraphs_before(text: str, start: int, most: int = 3, turns: bool = False) -> int:
    """Where speech ending in the paragraph at ``start`` began: the first of the paragraphs
    just before it (at most ``most``) that open with a dash and name no author — one speech
    over several paragraphs, its author named once at the end.

    With ``turns`` the closing paragraph opens with a dash of its own ("— …. // — …, — Savchuk
    said."), as translated reporting writes each paragraph of one long speech; a dash paragraph
    ending in "?" is then another's turn (an interviewer's question) and stops the speech."""
    begin = start
    for _ in range(most):
        prev = _previous_paragraph(text, begin)
        if prev is None or not _unclosed(text, *prev):
            break
        if turns and text[prev[1] - 1] == "?":
            break
        begin = _OPENING.match(text, prev[0], prev[1]).end()  # type: ignore[union-attr]
    return begin


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
