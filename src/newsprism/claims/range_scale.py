"""The far end of a range or a change keeps the scale its near end states.

A writer states the scale («тысяч», "million") once: "from 5 million to 7", «с 5 тысяч рублей до
7» mean 7 million and 7 thousand.  Read as written, the far end is a figure a thousand or a
million times too small.  The near end taking the far end's scale ("from two to five thousand",
"between 3 and 4 billion") is read by the range grammar itself; this is the other direction,
which the grammar cannot join because the near end has its own unit or a change splits the pair.

A part of a whole shares the whole's unit the same way: «3,1 млрд рублей, из них 2,4 млрд»,
"$3.1 billion, of which 2.4 billion" — the writer names the rubles or the dollars once, and the
part («из них», «из которых», «в том числе», "of which", "including") counts the same thing.
"""

from __future__ import annotations

import re

from .quantity import Quantity

#: a scale word and what it multiplies by (English and Russian, abbreviations included)
_SCALE_WORDS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(r"(?:thousand|тыс\.?|тысяч[аиуеьй]?\w*)(?![a-zа-яё])", re.I), 1e3),
    (re.compile(r"(?:million|mn|млн\.?|миллион\w*)(?![a-zа-яё])", re.I), 1e6),
    (re.compile(r"(?:billion|bn|млрд\.?|миллиард\w*)(?![a-zа-яё])", re.I), 1e9),
    (re.compile(r"(?:trillion|трлн\.?|триллион\w*)(?![a-zа-яё])", re.I), 1e12),
]
#: "$5m", "£2bn": a scale glued to the digits
_GLUED_SCALE = re.compile(r"\d(m|bn|k)(?![a-z])", re.I)
_GLUED_FACTOR = {"m": 1e6, "bn": 1e9, "k": 1e3}
#: a far end written without a scale of its own: digits or number words, a currency sign, a
#: qualifier the extractor put inside the span
_ANY_SCALE = re.compile(
    r"thousand|million|billion|trillion|\dbn|\dm\b|\dk\b|\bmn\b|\bbn\b|"
    r"тыс|млн|млрд|трлн|миллион|миллиард|триллион",
    re.I,
)
#: the near end opens the pair: "from", "between", «с», «со», «от», «между»
_OPENER_BEFORE = re.compile(r"(?<![\w])(?:from|between|с|со|от|между)\s+$", re.I)
_OPENER_INSIDE = re.compile(r"(?:from|between|с|со|от|между)\s", re.I)
#: what joins the ends: "to", "and" after "between", «до», «и» after «между»; a short aside on
#: the near end may stand before it ("from 5 million a year earlier to 7")
_JOIN = re.compile(r"(?:,?\s*[a-zа-яё]+(?:\s+[a-zа-яё]+){0,2}\s*,?\s+)?(?:to|and|до|и)", re.I)
_CLAUSE = re.compile(
    r"(?<![\w])(?:and|or|but|while|which|that|who|when|where|if|as|"
    r"или|а|но|который|которая|которое|которые|что|где|когда|если)(?![\w])",
    re.I,
)


def _scale_of(text: str) -> float | None:
    """The one scale ``text`` states, if it states one."""
    glued = _GLUED_SCALE.search(text)
    if glued:
        return _GLUED_FACTOR[glued.group(1).lower()]
    found = [factor for pattern, factor in _SCALE_WORDS if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def _opener(sentence: str, p: Quantity) -> str | None:
    """The word that opens the pair at ``p`` ("from", "between", «с», «от», «между»), if any."""
    m = _OPENER_BEFORE.search(sentence, max(0, p.start - 10), p.start) or _OPENER_INSIDE.match(
        sentence, p.start
    )
    return m.group(0).strip().lower() if m else None


#: the word that closes each opener's pair: "from … to", "between … and", «с/от … до»,
#: «между … и» ("from 5 million and 7 stores" is no pair: its "and" joins two clauses)
_CLOSER = {"from": "to", "between": "and", "с": "до", "со": "до", "от": "до", "между": "и"}


def _joined(sentence: str, p: Quantity, q: Quantity, opener: str) -> bool:
    between = sentence[p.end : q.start].strip()
    if not _JOIN.fullmatch(between) or between.split()[-1].lower() != _CLOSER.get(opener):
        return False
    aside = between.rsplit(None, 1)[0] if " " in between else ""
    return not _CLAUSE.search(aside)


def scale_far_ends(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bare far end of a scaled "from N … to M" pair given the scale."""
    for p, q in zip(found, found[1:], strict=False):
        if p.relative or q.relative or p.value_high is not None or q.value_high is not None:
            continue
        if q.unit is not None and p.unit is not None and q.unit != p.unit:
            continue  # "from 5 million to 7 percent": two things
        factor = _scale_of(sentence[p.start : p.end])
        if factor is None or _ANY_SCALE.search(sentence[q.start : q.end]):
            continue
        opener = _opener(sentence, p)
        if not (0 < q.value < 1000 and opener and _joined(sentence, p, q, opener)):
            continue
        scaled = q.value * factor
        # as written the far end is a thousandth of the near one or less; scaled, the two are
        # of one size (a change rarely goes beyond ten times)
        if p.value > 0 and q.value / p.value < 1e-2 and 0.1 <= scaled / p.value <= 10:
            q.value = scaled
    return found


#: what introduces a part of the figure before it: «из них», «из которых», «в том числе», «в т. ч.»,
#: "of which", "of whom", "including"
_PART_OF = re.compile(
    r"\s*[,(:—–-]?\s*(?:из\s+(?:них|которых)|в\s+том\s+числе|в\s+т\.\s*ч\.|"
    r"of\s+(?:which|whom|them)|including)\s*:?\s*",
    re.I,
)


def share_whole_units(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bare figure that is a part of the figure before it given that
    figure's unit (a part is no larger than its whole)."""
    for p, q in zip(found, found[1:], strict=False):
        if q.unit is not None or q.relative or p.unit is None or p.relative:
            continue
        if p.value_high is not None or q.value_high is not None and q.value_high > p.value:
            continue
        if q.value <= p.value and _PART_OF.fullmatch(sentence[p.end : q.start]):
            q.unit = p.unit
    return found
