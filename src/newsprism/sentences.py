"""Sentence segmentation: razdel for Russian, pysbd for English (and other Latin-script text).

Both are rule-based and keep abbreviations ("U.S.", "Gen.", "Jan.", "Dr.", «т. е.», «им.»),
initials ("J. K. Rowling", «А. С. Пушкин») and decimal numbers ("2.5", «7,5») together.  A
shared pass then fixes what they get wrong on news text:

- dash-introduced speech: a new utterance opening with a dash after a finished sentence
  (``"…final." — Text``, «…сказал он. — Но денег нет») starts a new sentence; a dash followed
  by a lower-case word (``» — и ушёл``) is the same sentence going on;
- a quotation of several sentences is several sentences, the last one with its frame:
  "We will build it. | We will pay for it," she said. and «Денег нет. | Но вы держитесь», —
  сказал он. (pysbd keeps a quotation whole; razdel already splits it).  Highlighting, narration
  and translation then work on sentences of a sensible length, and a quote found by attribution
  spans the sentences it covers;
- razdel never ends a sentence at a year abbreviation: «…поставили в 1880 г. Его открытие…»;
  pysbd never at "…" or "!!!" before a capital ("He paused… Then he left."), nor before an
  opening quote when an earlier quote in the paragraph was left open (news style for a
  quotation running over several paragraphs).

:func:`split` returns ``(start, end)`` offsets into the text it is given, trimmed of white space.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The patterns below that find the white space after a sentence's final punctuation take that
# mark in (the white space is their group 1) instead of looking behind for it: re then skips to
# the next mark at C speed, where a look-behind is tried at every character of every line (the
# same spans; half the time of the four on 19,806 development lines, issue 11 round 40).
# a sentence end inside a quotation: final punctuation, white space, a capital (a new sentence
# of the same quotation, maybe opening a quote inside it)
_INNER_END = re.compile(r"[.!?…](\s+)(?=[\"“„«‘]?[A-ZА-ЯЁ0-9])")
# a sentence end (optionally closing a quote), white space, a dash, and a new utterance
_DASH_OPENING = re.compile(r"[.!?…]((?:[»“”\"’)])? +)(?=[—–] [\"«“„]?[A-ZА-ЯЁ0-9])")
# «…в 1880 г. Его…»: a year abbreviation then a capitalised word
_RU_YEAR_END = re.compile(r"(?<=\d)\s?гг?\.(?=\s+[«\"„]?[А-ЯЁA-Z])")
# pysbd runs on past "…" and "!!!" before a capital: «He paused… Then he left.»
_EN_MISSED_END = re.compile(r"(?:…|[!?][!?])(\s+)(?=[\"“‘]?[A-Z])")
# pysbd keeps "…off. "We would…" together when a quote opened earlier in the paragraph never
# closes (news style for a quotation that runs over several paragraphs)
_EN_QUOTE_OPENS = re.compile(r"[.!?](\s+)(?=[\"“][A-Z])")
_OPENING_QUOTES = "«“„"
_CLOSING_QUOTES = "»”"


def _is_cyrillic_text(text: str, language: str | None) -> bool:
    return language == "ru" or (
        language in (None, "uk", "be", "bg") and re.search(r"[\u0400-\u04ff]", text) is not None
    )


def _raw_split(text: str, cyrillic: bool) -> list[str]:
    if cyrillic:
        from razdel import sentenize

        return [s.text for s in sentenize(text)]
    from .pysbd_fast import sentences  # pysbd's split, without its costly span lookup

    out: list[str] = []
    for chunk in _plain_chunks(text):
        inner = chunk.rstrip()[:-1]
        out.extend(sentences(chunk) if _MAY_END_BEFORE_LAST.search(inner) else [chunk])
    return out


# "…said on Tuesday. The…": a plain lower-case word, a full stop, a capitalised word — an end
# every segmenter agrees on.  pysbd costs ~2 µs a character and more on long lines (its
# abbreviation step rescans the whole line for each abbreviation it meets), so an English line is
# cut at such ends first, and only the pieces that may hold another end go through it.
_PLAIN_END = re.compile(r"(?<![\w.'’-])([a-z]{3,})\.(?=\s+[A-Z][a-z])")
# what may end a sentence before a piece's last character (as in segment.py: pysbd also ends
# sentences at a list marker "a)" and at "!" or "…" with no space after them)
_MAY_END_BEFORE_LAST = re.compile(r"[.!?…;。！？]|\w\)")


def _plain_chunks(text: str) -> list[str]:
    """``text`` cut after every plain sentence end outside quotes and brackets (see above)."""
    chunks: list[str] = []
    start = scanned = 0
    depth = [0, 0, 0, 0]  # ( [ " and «“„ open since the last cut, counted as the scan goes
    for m in _PLAIN_END.finditer(text):
        piece, scanned = text[scanned : m.end()], m.end()
        depth[0] += piece.count("(") - piece.count(")")
        depth[1] += piece.count("[") - piece.count("]")
        depth[2] += piece.count('"')
        depth[3] += sum(piece.count(q) for q in _OPENING_QUOTES)
        depth[3] -= sum(piece.count(q) for q in _CLOSING_QUOTES)
        if m.group(1) in _english_abbreviations():
            continue
        if depth[0] > 0 or depth[1] > 0 or depth[2] % 2 or depth[3] > 0:
            continue
        chunks.append(text[start : m.end()])
        start = m.end()
        depth = [0, 0, 0, 0]
    chunks.append(text[start:])
    return [c for c in chunks if c.strip()]


def split(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` as ``(start, end)`` character offsets."""
    cyrillic = _is_cyrillic_text(text, language)
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in _raw_split(text, cyrillic):
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, pos)
        if start < 0:  # a segmenter that normalised something: fall back to a stripped search
            start = text.find(piece.split()[0], pos)
            if start < 0:
                continue
        end = start + len(piece)
        spans.append((start, end))
        pos = end
    spans = _cover_gaps(text, spans)
    spans = _split_at(text, spans, _inner_ends(text, cyrillic))
    if cyrillic:
        spans = _split_at(text, spans, _year_ends(text))
    else:
        cuts = [m.span(1) for m in _EN_MISSED_END.finditer(text)]
        cuts += [
            m.span(1)
            for m in _EN_QUOTE_OPENS.finditer(text)
            if not _after_abbreviation(text, m.start(1))
        ]
        spans = _split_at(text, spans, sorted(cuts))
    return _split_at(text, spans, _dash_openings(text))


def _dash_openings(text: str) -> list[tuple[int, int]]:
    """``(end of one sentence, start of the next)`` at every dash that opens new speech."""
    return [
        (m.start(1) + len(m.group(1).rstrip(" ")), m.end()) for m in _DASH_OPENING.finditer(text)
    ]


@lru_cache(maxsize=1)
def _english_abbreviations() -> frozenset[str]:
    from pysbd.lang.english import English

    return frozenset(a.lower() for a in English.Abbreviation.ABBREVIATIONS)


def _after_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop before ``dot`` the end of "Gen." or "U.S." rather than of a sentence?"""
    word = text[:dot].rsplit(None, 1)[-1].rstrip(".!?").lower() if text[:dot].strip() else ""
    return len(word.strip(".")) <= 1 or "." in word or word in _english_abbreviations()


def _year_ends(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _RU_YEAR_END.finditer(text):
        before = text[: m.start()].rsplit(".", 1)[-1]
        if len(before.split()) >= 4:  # «В 2023 г. Минфин…» opens a sentence, it does not end one
            rest = text[m.end() :]
            out.append((m.end(), m.end() + len(rest) - len(rest.lstrip())))
    return out


def _split_at(
    text: str, spans: list[tuple[int, int]], cuts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        s = start
        for cut_end, next_start in cuts:
            if s < cut_end and next_start < end:
                out.append((s, cut_end))
                s = next_start
        out.append((s, end))
    return out


def _inner_ends(text: str, cyrillic: bool) -> list[tuple[int, int]]:
    """``(end of one sentence, start of the next)`` at every sentence end inside a quotation.

    The quotes open at each candidate are counted from the previous one (linear in the text);
    a line break closes everything, and straight quotes alternate."""
    cuts = []
    opened = straight = pos = 0
    for m in _INNER_END.finditer(text):
        piece = text[pos : m.start(1)]
        pos = m.start(1)
        newline = piece.rfind("\n")
        if newline >= 0:
            opened = straight = 0
            piece = piece[newline + 1 :]
        opened += sum(piece.count(q) for q in _OPENING_QUOTES)
        opened -= sum(piece.count(q) for q in _CLOSING_QUOTES)
        opened = max(opened, 0)
        straight = (straight + piece.count('"')) % 2
        if "\n" in m.group(1):
            continue  # the next line is a new paragraph
        if (opened or straight) and (cyrillic or not _after_abbreviation(text, m.start(1))):
            cuts.append(m.span(1))
    return cuts


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
