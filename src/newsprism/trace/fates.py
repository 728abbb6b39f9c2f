"""What happened to the people a figure counts: killed, injured, missing, ill, trapped, rescued or
detained — read from a small bilingual lexicon, so that two counts of one event stay apart.

A disaster or an outbreak is told in several counts of people at once ("146 people were trapped",
"rescuers brought 112 down"; "27 were injured", «погибли трое»), often with the same noun
("people", «человек») and close values.  The sentence vectors and the counted role
(:mod:`.roles`) see two counts of people in one story and call them alike; a fact-checker reads
the predicate — *trapped* is not *rescued*, *injured* is not *killed* — and never joins the two.

The lexicon is of word stems in English and Russian (lemmas of the counted role first, else the
words around the figure), one list per fate.  A figure of a measure (money, a share, tonnes) has
no fate.  Two figures of two different known fates are two claims (:func:`apart`); a figure with
no fate read says nothing either way.  Being in hospital is left out: it is how the injured and
the ill are counted ("38 children in hospital" for the poisoned), not a fate of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .mentions import ClaimMention

#: the fates in the order they are read: the first that matches is the figure's ("bringing the
#: death toll to 11": killed, though "bring" may be a rescue's verb)
_FATES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "killed",
            r"\b(kill|dead\b|death|died|dies\b|dying|fatalit|погиб|гибел|скончал|умер(?!ен)|смерт)",
        ),
        ("missing", r"\b(missing|unaccounted|пропа[лв]|без вести)"),
        # "wound up" is ended, not injured
        ("injured", r"\b(injur|wound(?!\s+up\b)|hurt|ранен|ранил|травм|пострадав|пострадал)"),
        ("ill", r"\b(ill\b|sick|infected|заболе|заразил|заражен|инфицир)"),
        ("trapped", r"\b(trapped|stranded|stuck|on board|aboard|заблокир|застрял|под завал)"),
        (
            "rescued",
            r"\b(rescued|evacuat|brought (down|ashore|out)|pulled|taken off|спасен|спасён|спасли"
            r"|эвакуир|извлек|извлеч|спустил|сняли|снят)",
        ),
        ("detained", r"\b(arrest|detain|задержа|арестова)"),
    )
)

#: the claims stage's units that count people (every other unit of its list is a measure)
_PEOPLE = frozenset({"people"})

#: words either side of the figure read when its counted role names no fate
WINDOW = 4


def _nearest(sentence: str, figure: str) -> str | None:
    """The fate named nearest the figure within :data:`WINDOW` words either side ("12 killed
    and 35 wounded": 35 wounded; «погибли 3 человека, ранены 12»: 3 killed)."""
    at = sentence.find(figure)
    if at < 0:
        return None
    left = " ".join(sentence[:at].split()[-WINDOW:])
    right = " ".join(sentence[at + len(figure) :].split()[:WINDOW])
    text = f"{left} {figure} {right}"
    lo, hi = len(left) + 1, len(left) + 1 + len(figure)
    best: tuple[int, str] | None = None
    for name, pattern in _FATES:
        for found in pattern.finditer(text):
            distance = lo - found.end() if found.end() <= lo else max(0, found.start() - hi)
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def fate(m: ClaimMention) -> str | None:
    """The fate of the people ``m`` counts (``killed``, ``injured``…): a word of the lexicon in
    its counted role (the first fate in :data:`_FATES` order), else the one nearest the figure;
    ``None`` when there is none, or when ``m`` is a measure (money, %, tonnes)."""
    return _fate(m.unit, m.role, m.sentence, m.text)


# a pure function of the figure's words, asked for both figures of every pair a link compares
@lru_cache(maxsize=65536)
def _fate(unit: str | None, role: str | None, sentence: str, figure: str) -> str | None:
    from .identity import _measure

    if unit is not None and unit not in _PEOPLE and _measure(unit):
        return None
    for name, pattern in _FATES:
        if role and pattern.search(role):
            return name
    return _nearest(sentence, figure)


def apart(a: ClaimMention, b: ClaimMention) -> bool:
    """Two figures that count people of two different fates: two claims."""
    fa = fate(a)
    if fa is None:
        return False
    fb = fate(b)
    return fb is not None and fa != fb
