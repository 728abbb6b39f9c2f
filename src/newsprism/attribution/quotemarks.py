"""Find quoted passages by their quotation marks, in any of the styles news text uses.

“…” and ‘…’ (English), «…» and „…“ (Russian, German), straight "…" and '…'.  A quote that is
still open at the end of a paragraph continues when the next paragraph opens with a quotation
mark again (the convention for quotes that run over several paragraphs); a quote left open with
no such continuation ends with its paragraph.  Nested quotes of another style stay inside the
outer one.  Apostrophes (it’s, O'Brien, students') are not quotation marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

#: opening mark -> the closing marks that end it
_PAIRS: dict[str, str] = {
    "“": "”“",  # a few sites close English quotes with another “
    "„": "“”",
    "«": "»",
    "‘": "’",
    '"': '"',
    "‚": "‘’",
    "'": "'",
}
_OPENERS = frozenset(_PAIRS)
_WORDISH = frozenset("_")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quoted passage: ``start``/``end`` include the marks; ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    #: paragraphs spanned (1 for most quotes)
    paragraphs: int = 1
    closed: bool = True

    def words(self, text: str) -> int:
        return len(text[self.inner_start : self.inner_end].split())


class QuotedSpans(list[QuotedSpan]):
    """Quoted passages in text order, looked up by position by bisection.

    :func:`find_quoted` finds them left to right and never nested, so the spans are sorted and
    disjoint; asking each one in turn "do you hold this position?" made attribution quadratic
    in the number of quotes (felt past a few hundred).  A list of spans that is not sorted and
    disjoint is answered by that scan, with the same results.
    """

    def __init__(self, spans: Iterable[QuotedSpan] = ()) -> None:
        super().__init__(spans)
        self._starts = [q.start for q in self]
        self._ordered = all(a.end <= b.start for a, b in zip(self, self[1:], strict=False))

    def at(self, pos: int) -> QuotedSpan | None:
        """The passage holding ``pos``, if any."""
        if not self._ordered:
            return next((q for q in self if q.start <= pos < q.end), None)
        k = bisect_right(self._starts, pos) - 1
        return self[k] if k >= 0 and pos < self[k].end else None

    def starting(self, a: int, b: int) -> list[QuotedSpan]:
        """The passages that start in ``[a, b)``, in order."""
        if not self._ordered:
            return [q for q in self if a <= q.start < b]
        return self[bisect_left(self._starts, a) : bisect_left(self._starts, b)]

    def touching(self, a: int, b: int) -> list[QuotedSpan]:
        """The passages that start in ``[a, b)`` or hold ``a``, in order."""
        holder = self.at(a)
        before = [holder] if holder is not None and holder.start < a else []
        return before + self.starting(a, b)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch in _WORDISH


def _can_open(text: str, i: int) -> bool:
    mark = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    if nxt.isspace():
        return False
    if mark in "'‘‚":
        # an apostrophe inside or at the end of a word is not an opening mark
        return not _is_word(prev)
    if mark == '"':
        return not _is_word(prev)
    return True


#: what follows a straight closing mark typed after a space in scraped Russian news
#: («… поток-2 ". С данным», «… значение ", — пояснил»): punctuation no opening mark precedes
_AFTER_SPACED_CLOSE = frozenset(",.;:!?…)")


def _can_close(text: str, i: int, opener: str, spaced: bool = False) -> bool:
    mark = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if spaced and mark == '"' and prev == " " and nxt in _AFTER_SPACED_CLOSE:
        return True  # an opening mark is followed by a word, so this one closes
    if prev.isspace() and mark not in "»":
        return False
    if mark in "'’" and opener in "'‘‚":
        # "don’t" / "students’ union": an apostrophe followed by a letter is not a closing mark
        return not _is_word(nxt)
    if mark == '"':
        return not _is_word(nxt)
    return True


def find_quoted(
    text: str, paragraphs: list[tuple[int, int]], straight_nesting: bool = False
) -> list[QuotedSpan]:
    """Outermost quoted passages of ``text``, given its paragraphs as ``(start, end)`` spans.

    ``straight_nesting`` (Russian news, whose outlets put straight marks inside straight marks
    for a name: «"Работы на газопроводе "Норд Стрим" завершены", — сообщил …») reads a straight
    mark after a space and before a word inside a straight quote as opening a nested one, and a
    straight mark after a space and before punctuation as a close («поток-2 ".»)."""
    found: list[QuotedSpan] = []
    p = 0
    while p < len(paragraphs):
        p_start, p_end = paragraphs[p]
        i = p_start
        while i < p_end:
            ch = text[i]
            if ch in _OPENERS and _can_open(text, i):
                span, p_next = _close(text, paragraphs, p, i, straight_nesting)
                if straight_nesting and (span is None or not span.closed):
                    # a nested reading that never closes is a closing mark the text lost:
                    # read the marks without nesting
                    span, p_next = _close(text, paragraphs, p, i)
                if span is not None:
                    found.append(span)
                    if p_next != p:
                        p = p_next
                        p_start, p_end = paragraphs[p]
                    i = span.end
                    continue
            i += 1
        p += 1
    return found


def _close(
    text: str, paragraphs: list[tuple[int, int]], p: int, open_at: int, nesting: bool = False
) -> tuple[QuotedSpan | None, int]:
    """Find where the quote opened at ``open_at`` ends; returns it and the paragraph it ends in."""
    opener = text[open_at]
    closers = _PAIRS[opener]
    depth = 0  # nested quotes of the same style ("“…‘…’…”" is a different style and ignored)
    i = open_at + 1
    first_p = p
    _, p_end = paragraphs[p]
    # a straight mark nests only when it cannot close: after a space (or an opening bracket)
    # and before a word
    nests = nesting and opener == '"'
    while True:
        while i < p_end:
            ch = text[i]
            closes = ch in closers and _can_close(text, i, opener, nests)
            if closes and depth == 0:
                return (
                    QuotedSpan(open_at, i + 1, open_at + 1, i, paragraphs=p - first_p + 1),
                    p,
                )
            # the same style nested: a curly opener, or a straight mark that cannot close
            same_style = ch == opener and opener not in closers
            if (same_style or (nests and ch == '"' and not closes)) and _can_open(text, i):
                depth += 1
            elif nests and depth == 0 and _author_words_at(text, i):
                return None, first_p  # the outer close was lost before the author's words
            elif closes and depth > 0:
                depth -= 1
            i += 1
        # end of paragraph with the quote still open: continue if the next paragraph reopens it
        nxt = p + 1
        if nxt < len(paragraphs):
            n_start, n_end = paragraphs[nxt]
            if text[n_start] == opener:
                p, p_end, i = nxt, n_end, n_start + 1
                continue
            if _closes_with_cue(text, n_start, n_end, opener):
                # translated text that drops the reopening mark: "“My husband … checked. //
                # Seven years is not a punishment. We will appeal,” Demchenko told journalists."
                p, p_end, i = nxt, n_end, n_start
                continue
        if opener in "'‘‚":  # an unclosed single mark is an apostrophe after all
            return None, first_p
        end = p_end
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        if end - open_at < 3:
            return None, first_p
        return (
            QuotedSpan(open_at, end, open_at + 1, end, paragraphs=p - first_p + 1, closed=False),
            p,
        )


_AUTHOR_DASH = re.compile(r"[,.!?…] ?[—–-] [а-яё]")


def _author_words_at(text: str, i: int) -> bool:
    """Whether the author's words of direct speech start at ``i`` («…), — сообщил …»): inside a
    quote they mean its closing mark was lost."""
    return text[i] in ",.!?…" and _AUTHOR_DASH.match(text, i) is not None


def _closes_with_cue(text: str, start: int, end: int, opener: str) -> bool:
    """Whether a paragraph, with no quotation mark before, closes a quote of ``opener``'s style
    right after a sentence's end or comma and names its speaker right after (a cue such as
    "Demchenko told journalists"): the close of a quote left open in the paragraph before."""
    from .trailing import trailing_cue

    closers = _PAIRS[opener]
    for i in range(start, end):
        ch = text[i]
        if ch in closers and _can_close(text, i, opener):
            return text[i - 1] in ",.!?…" and trailing_cue(text, i + 1) is not None
        if ch in _OPENERS and _can_open(text, i):
            return False
    return False


def trim_span(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` without the white space and the punctuation that joins a quote to its cue."""
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
        b -= 1
    return a, b
