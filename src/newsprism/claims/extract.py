"""Find the figures in sentences, in English or Russian.

Part-of-speech tags are only needed near a figure (for the counted noun and what the figure is
about), so English sentences are tagged in windows of a few words around each candidate number,
all windows of an article in one batch: the tagger then reads a fraction of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import numbers_en as num
from . import quantities_en
from .ages_en import thing_ages
from .figure_score import kept
from .headlines_en import reading_text, refused, says_when
from .nlp import batch_taggers, taggers
from .quantity import Quantity, Tag
from .range_scale import scale_far_ends, share_whole_units
from .suspended_en import or_two, suspended_hyphens

#: the words a figure can open with, from the numeral lexicon itself (so "seventeen" or
#: "tenfold" is never missed because a hand-kept list forgot it), and the change words read
#: as multiples ("doubled", "halved")
_NUMBER_WORDS = sorted(
    {*num.SMALL, *num.SCALES, *num.MULTIPLIERS, *num.FRACTIONS, *num.VAGUE, *num.MULTIPLES}
    | {"twice", "double", "doubled", "tripled", "halved", "fold", "scores", "once", "couple"}
    # a decade of life: "in her thirties"
    | {
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    },
    key=len,
    reverse=True,
)


def _trie_pattern(words: Sequence[str]) -> str:
    """One regular expression for ``words`` as a letter trie ("t(?:en|hree|wo)…"): Python's
    engine tries an alternation's branches one by one at every position, so a flat list of a
    hundred words cost a sixth of the English stage; the trie tries one branch per letter."""
    if not words:
        return ""
    if "" in words:
        rest = [w for w in words if w]
        return f"(?:{_trie_pattern(rest)})?" if rest else ""
    firsts: dict[str, list[str]] = {}
    for w in words:
        firsts.setdefault(w[0], []).append(w[1:])
    branches = [re.escape(c) + _trie_pattern(tails) for c, tails in sorted(firsts.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_HAS_NUMBER_EN = re.compile(
    r"\d|[\u00bc-\u00be\u2150-\u215e]|\b"
    + _trie_pattern(sorted({w.lower() for w in _NUMBER_WORDS if len(w) > 2 and w.isalpha()}))
    + r"\b",
    re.IGNORECASE,
)
#: characters of context tagged on each side of a candidate number
WINDOW_BEFORE = 70
WINDOW_AFTER = 60

Analysis = tuple[list[Quantity], dict[int, Tag] | None]


def find_quantities(sentence: str, language: str | None) -> list[Quantity]:
    """Every figure ``sentence`` states; offsets are relative to the sentence."""
    return analyse_sentence(sentence, language)[0]


def analyse_sentence(sentence: str, language: str | None) -> Analysis:
    """The figures in ``sentence`` and the POS tags read to find them (``None``: no figure)."""
    return analyse_sentences([sentence], language)[0]


def analyse_sentences(sentences: Sequence[str], language: str | None) -> list[Analysis]:
    """:func:`analyse_sentence` for many sentences of one language, tagged in one batch."""
    if language == "ru":
        return [_russian(s) for s in sentences]
    # a title-case headline is tagged case-folded (its counted nouns are no names), but read
    # as written: the capitals still mark addresses, acronyms and names
    tagged = [reading_text(s) for s in sentences]
    windows: list[tuple[int, int, int]] = []  # (sentence index, start, end)
    for k, s in enumerate(sentences):
        windows.extend((k, a, b) for a, b in candidate_windows(s))
    if not windows:
        return [([], None) for _ in sentences]
    results = batch_taggers.get("en")([tagged[k][a:b] for k, a, b in windows])
    tags: dict[int, dict[int, Tag]] = {}
    for (k, a, _), window_tags in zip(windows, results, strict=True):
        tags.setdefault(k, {}).update({a + off: tag for off, tag in window_tags.items()})
    out: list[Analysis] = []
    for k, s in enumerate(sentences):
        if k not in tags:
            out.append(([], None))
        else:
            # a title-case line is read case-folded only when it is a headline (a clause with
            # a verb); a line of names, an address or an event's title keeps its capitals
            text = tagged[k] if tagged[k] != s and _has_verb(tags[k]) else s
            found = scale_far_ends(s, refused(s, quantities_en.find(text, tags[k])))
            found = thing_ages(s, found, tags[k])
            found = or_two(s, suspended_hyphens(s, found))
            found = kept(s, _people_as_one_unit(share_whole_units(s, found)), tags[k], "en")
            out.append((found, tags[k]))
    return out


def _people_as_one_unit(found: list[Quantity]) -> list[Quantity]:
    """ "a 200-person team", "a four-person office", "12 persons": one unit ``people``, as the
    unit conventions of docs/claims.md have it (the hyphened compound kept "person")."""
    for q in found:
        if q.unit in ("person", "persons"):
            q.unit = "people"
    return found


def _has_verb(tags: dict[int, Tag]) -> bool:
    return any(pos == "VERB" for pos, _ in tags.values())


def candidate_windows(sentence: str) -> list[tuple[int, int]]:
    """Merged character windows around each possible number, snapped to spaces."""
    spans: list[tuple[int, int]] = []
    for m in _HAS_NUMBER_EN.finditer(sentence):
        a = max(0, m.start() - WINDOW_BEFORE)
        b = min(len(sentence), m.end() + WINDOW_AFTER)
        if a > 0:
            space = sentence.find(" ", a)
            a = space + 1 if 0 <= space < m.start() else a
        if b < len(sentence):
            space = sentence.rfind(" ", m.end(), b)
            b = space if space > m.end() else b
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
        else:
            spans.append((a, b))
    return spans


def _russian(sentence: str) -> Analysis:
    from . import quantities_ru

    if not quantities_ru.may_hold_number(sentence):
        return [], None
    tags = taggers.get("ru")(sentence)
    # «два года назад» says when, as "two years ago" does
    found = [
        q
        for q in quantities_ru.find(sentence, tags)
        if not says_when(sentence, q, _RU_AGO, _RU_TIME_UNITS)
    ]
    found = share_whole_units(sentence, scale_far_ends(sentence, found))
    return kept(sentence, found, tags, "ru"), tags


_RU_AGO = re.compile(r"\s*назад\b", re.IGNORECASE)
#: a time unit a Russian figure can carry before «назад»
_RU_TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second"])
