"""A mention's words as a reader sees them quoted in a list: one pair of quotation marks.

A direct quote's stored span holds its own marks, and a figure's sentence may hold a quote, so a
list that put its marks around either showed two pairs side by side (“"…,"”, «"…"»,
““…,” she said.”).  The span itself is never changed: only what a list prints.  The marks are
the words' language's — “…” with ‘…’ inside for English, «…» with „…“ inside for Russian (the
marks Russian articles print, decided by the script of the words, as a list mixes languages).
"""

from __future__ import annotations

import re

#: quotation marks a quote's own words may open and close with
_MARKS = "\"'“”„«»‘’‹›"
#: marks that open a quote; “ also closes a German-style „…“
_OPENERS = "“„«‹"
#: the mark that closes each opener (straight " closes itself)
_CLOSES = {"“": "”", "„": "“", "«": "»", "‹": "›", '"': '"'}

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")

#: (outer open, outer close, inner open, inner close) by the script of the words
_ENGLISH = ("“", "”", "‘", "’")
_RUSSIAN = ("«", "»", "„", "“")


def quoted(words: str, limit: int | None = None) -> str:
    """``words`` in one pair of quotation marks: their own enclosing marks taken off, the marks
    of a quote inside them (a figure's sentence "“…,” she said.") turned into the inner pair,
    and, past ``limit`` characters, cut at a word and marked "…" (a cut inside a word,
    unmarked, read as the speaker's last word)."""
    text = " ".join(words.split())
    outer_open, outer_close, inner_open, inner_close = _marks_for(text)
    text = _without_enclosing_marks(_without_run_on_marks(text))
    text = _nested(text, inner_open, inner_close)
    if limit is not None and len(text) > limit:
        text = text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return f"{outer_open}{text}{outer_close}"


def _marks_for(text: str) -> tuple[str, str, str, str]:
    """Russian marks for words written mostly in Cyrillic letters, English ones otherwise."""
    return _RUSSIAN if len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text)) else _ENGLISH


def _closing(text: str, at: int) -> int:
    """The index of the mark that closes the one at ``at`` (same-style nesting counted), or -1."""
    opener = text[at]
    closer = _CLOSES.get(opener)
    if closer is None:
        return -1
    depth = 0
    for i in range(at + 1, len(text)):
        if text[i] == closer:
            if depth == 0:
                return i
            depth -= 1
        elif text[i] == opener:
            depth += 1
    return -1


#: the mark that opens each closer (straight " opens itself)
_OPENS = {"”": "“", "»": "«", "›": "‹", '"': '"'}


def _without_run_on_marks(text: str) -> str:
    """A sentence of a quote that runs over several: the mark that opens it closes in a later
    sentence ('"For ten years we have asked people to wait.'), or the mark that closes it opened
    in an earlier one ('Tonight we stopped asking."').  Alone in the words, such a mark read as a
    stray one inside the list's own pair (“"For ten years…”, the speaker index of the bundled
    example): it is taken off, as a pair enclosing the words is."""
    if text[:1] in _CLOSES and _closing(text, 0) == -1:
        text = text[1:].lstrip()
    last = text[-1:]
    if last in _OPENS:
        body = text[:-1]
        opener = _OPENS[last]
        unopened = body.count('"') % 2 == 0 if last == '"' else opener not in body
        if unopened:
            text = body.rstrip()
    return text


def _without_enclosing_marks(text: str) -> str:
    """'"We were promised cheaper tickets,"' → 'We were promised cheaper tickets'; a text whose
    first mark closes before its end ('"We lost," she said, "and we know it."') keeps its marks."""
    body = text.rstrip(",.")
    if len(body) < 2 or body[0] not in _CLOSES or _closing(body, 0) != len(body) - 1:
        return text
    return body[1:-1].rstrip(",").strip()


def _nested(text: str, inner_open: str, inner_close: str) -> str:
    """Every quotation inside ``text`` in the inner pair of marks (apostrophes left alone)."""
    out = list(text)
    done: set[int] = set()  # marks already turned (a Russian inner “ is no opener again)
    for i, ch in enumerate(text):
        if i in done or not (ch in _OPENERS or ch == '"'):
            continue
        end = _closing(text, i)
        if end > i and end not in done:
            out[i], out[end] = inner_open, inner_close
            done |= {i, end}
    return "".join(out)
