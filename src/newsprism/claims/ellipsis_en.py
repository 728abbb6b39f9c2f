"""Units an English writer leaves out because the sentence already gave them.

News prose names a unit once and lets parallel figures share it: "the DAX rose by 2 percent but
the Nasdaq fell by 1" (1 percent), "ended at 1,463.78 points, while the TA-125 ended at 1,334.20"
(points), "from about 14-18 mpg to 24" (mpg).  A bare number takes the unit of an earlier figure
only in these parallel frames — the same preposition before both, or the far end of a
"from … to …" — never from mere proximity: "rose 8% to 3.65" is a change and a new level whose
unit the sentence does not say, so 3.65 stays bare.
"""

from __future__ import annotations

import re

from .quantity import Quantity
from .units import CURRENCY_PREFIXES, EN_UNITS

#: units proper (not counted nouns): these can be shared by a parallel figure
MEASURES = frozenset(EN_UNITS.values()) | frozenset(CURRENCY_PREFIXES.values())
#: prepositions that frame a figure in a parallel clause
_FRAMES = frozenset({"by", "at", "to", "on"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_BARE_DIGITS = re.compile(r"[-−]?\d[\d,.]*")


def _word_before(sentence: str, pos: int) -> str:
    m = _WORD_BEFORE.search(sentence, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def _measured(q: Quantity) -> bool:
    return q.unit is not None and not q.relative and q.unit.split("/")[0] in MEASURES


def share_units(sentence: str, found: list[Quantity]) -> None:
    """Give a bare figure the unit of the earlier figure it parallels (in place)."""
    for k, q in enumerate(found):
        bare = _BARE_DIGITS.fullmatch(sentence[q.start : q.end])
        if q.unit is not None or q.relative or not bare:
            continue
        frame = _word_before(sentence, q.start)
        earlier = found[:k]
        if not earlier:
            continue
        last = earlier[-1]
        between = sentence[last.end : q.start].strip().lower()
        if between == "to" and _measured(last) and _word_before(sentence, last.start) == "from":
            q.unit = last.unit  # "from about 14-18 mpg to 24"
            continue
        if frame not in _FRAMES:
            continue
        for p in reversed(earlier):
            if _SENTENCE_END.search(sentence, p.end, q.start):
                break  # a figure of another sentence ("… EUR=. The dollar index was up at 96.088")
            if _measured(p) and _word_before(sentence, p.start) == frame:
                q.unit = p.unit  # "by 2 percent … by 1", "at 1,463.78 points … at 1,334.20"
                break
