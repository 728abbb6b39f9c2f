"""Qualifiers and changes around an English figure: "more than 5%", "20 or more", "aged 12 and
over", and the change verb before it ("rose 5%", "cut the price of its vaccine by 70%").

The qualifier lexicon and the hand-kept change verbs are in :mod:`.lexicon_en`; WordNet's verbs
of a change in amount in :mod:`.changes_data`.  Used by :mod:`.quantities_en`.
"""

from __future__ import annotations

from .changes_data import DOWN_VERBS, UP_VERBS
from .lexicon_en import BRIDGE, DOWN, MAX_QUAL, PHRASAL, QUALIFIERS, UP
from .numbers_en import word_value
from .quantity import Quantity
from .tokens import Token, words

#: words before "over"/"under" and a duration that make it a bound, not the period something
#: is spread over: a preposition that takes the duration ("for over 10 years", "in under two
#: hours", "after over a year"), a degree word ("a little over three hours"), a verb of being or
#: lasting ("has been over 400 days", "lasted over an hour")
_BOUND_BEFORE_OVER = frozenset(
    [
        "for",
        "in",
        "after",
        "within",
        "since",
        "little",
        "slightly",
        "well",
        "way",
        "far",
        "been",
        "is",
        "was",
        "are",
        "were",
        "be",
        "being",
        "lasted",
        "lasts",
        "lasting",
        "took",
        "take",
        "takes",
        "taking",
        "spent",
        # what someone has: "with over 35 years in the business", "has over 20 years of it"
        "with",
        "has",
        "have",
        "had",
    ]
)


#: the adjectives a measure takes after its unit ("4 feet tall", "2 metres deep")
_DIMENSIONS = frozenset({"tall", "high", "long", "wide", "deep", "thick", "heavy", "across"})


def is_change_verb(w: str) -> bool:
    return w in UP or w in DOWN or w in UP_VERBS or w in DOWN_VERBS


def _verb_before_object(toks: list[Token], b: int) -> int:
    """The change verb whose object lies between it and "by X": "reduce an astronaut's basic
    metabolic rate by 75%".  Up to eight words back, not across punctuation, a figure or
    another clause; ``b`` itself when there is none."""
    for k in range(b, max(-1, b - 8), -1):
        t = toks[k]
        if t.kind == "num" or t.text in ",;:.()—–" or t.lower in _CLAUSE_WORDS:
            return b
        if is_change_verb(t.lower):
            return k
    return b


_CLAUSE_WORDS = words("and but or which that who while when as if because")


def qualify(sentence: str, toks: list[Token], i: int, j: int, q: Quantity) -> None:
    """Qualifier before ("more than"), after ("or more"), and a change verb ("rose 5%")."""
    k = i
    if k > 0 and toks[k - 1].lower in ("from", "between"):
        k -= 1
    if (
        k > 1
        and toks[k - 1].lower in ("additional", "further", "extra")
        and toks[k - 2].lower
        in (
            "a",
            "an",
        )
    ):
        k -= 2  # "up to an extra 12 per cent": the qualifier bounds the added amount
    for width in range(MAX_QUAL, 0, -1):
        a = k - width
        if a < 0:
            continue
        phrase = " ".join(t.lower for t in toks[a:k])
        if phrase in QUALIFIERS:
            q.qualifier = sentence[toks[a].start : toks[k - 1].end]
            q.change = QUALIFIERS[phrase]
            q.start = min(q.start, toks[a].start)
            if phrase in _AS_MUCH_AS:
                q.change = _as_much_as(toks, a, phrase)
            k = a
            break
    if q.qualifier is None and (bound := _age_bound(toks, k)) is not None:
        # "riders under the age of sixteen", "patients below age 40": the age is an upper bound
        # (the figure's span stays the number, so the age is still read from "the age of")
        a, q.change = bound
        q.qualifier = toks[a].text
    if (
        q.qualifier
        and q.qualifier.lower() in ("over", "under")
        and q.unit in _DURATIONS
        and not (k > 0 and toks[k - 1].lower in _BOUND_BEFORE_OVER)
    ):
        q.qualifier, q.change = None, "="  # "tax credits over 15 years": a period, not a bound
    after = {"more": ">", "so": "~", "less": "<", "over": ">", "older": ">", "above": ">"}
    after |= {"under": "<", "younger": "<", "below": "<", "fewer": "<"}
    # "10% or greater", "scores of 90 or higher", "ages 12 and up"
    after |= {"greater": ">", "higher": ">", "larger": ">", "lower": "<", "smaller": "<"}
    after |= {"up": ">"}
    if (
        q.unit is not None
        and j + 2 < len(toks)
        and toks[j].lower in _DIMENSIONS
        and toks[j + 1].lower == "or"
        and toks[j + 2].lower in ("more", "less", "fewer", "higher", "longer", "taller", "over")
    ):
        j += 1  # "4 feet tall or more": the bound reaches over the measure's adjective
    if (
        j + 1 < len(toks)
        and toks[j].lower in ("or", "and")
        and toks[j + 1].lower in after
        and (toks[j].lower == "or" or toks[j + 1].lower not in ("more", "so", "less", "fewer"))
        and (
            toks[j + 1].lower != "up"
            or (toks[j].lower == "and" and (j + 2 == len(toks) or toks[j + 2].kind == "sym"))
        )
        and not (j + 2 < len(toks) and toks[j + 2].lower == "than")
        and not _figure_at(toks, j + 2)
    ):
        # "20 or more", "aged 12 and over", "children five and under"; not "after 10 years
        # and over 500 recordings", where the bound is the next figure's
        q.qualifier = f"{toks[j].text} {toks[j + 1].text}"
        q.change = after[toks[j + 1].lower]
    elif j < len(toks) and toks[j].text in ("+",) and toks[j].glued:
        q.qualifier, q.change = "+", ">"
    elif (
        q.qualifier is None
        and q.unit in ("%", "pp")
        and j < len(toks)
        and toks[j].lower in _LESSER
        and not (j > 0 and toks[j - 1].lower in ("or", "and"))
    ):
        # "was 30% lower than", "0.8 per cent weaker", "a 47% lower risk": a share less than
        # the figure it is weighed against is a fall by it
        q.change = "down"
        return
    # a change verb right before: "rose 5%", "was down 19 cents", "increased by $27.1 billion".
    # A range ("climbed from 310 to 352") is two levels, and a qualifier says more than the verb
    # ("up about 19 per cent" is approximate), so neither takes the verb's direction.
    opened = i > 0 and toks[i - 1].lower in ("from", "between")
    b = k - 1
    while b >= 0 and toks[b].lower in BRIDGE and b > k - 3:
        b -= 1
    # a multiple takes a verb's direction only when it is the whole change: "risen tenfold"
    bare_multiple = (
        q.relative
        and q.end == toks[j - 1].end
        and sentence[q.start : q.end].lower().endswith("fold")
    )
    if b < 0 or (q.relative and not bare_multiple) or opened or q.qualifier is not None:
        return
    if toks[k - 1].lower == "by" and b >= 0 and not is_change_verb(toks[b].lower):
        b = _verb_before_object(toks, b)  # "cut the price of its vaccine by 70%"
    w = toks[b].lower
    if w in ("up", "down") and b > 0 and toks[b - 1].lower in PHRASAL:
        return  # "gave up 517 yards", "set up"
    if w in _NEEDS_BY and toks[k - 1].lower != "by" and q.unit not in _SHARES:
        # "raised 280 million" (funds), but "raised rates by 25 basis points"; a share or an
        # index's points is the change itself ("the Nasdaq added 20.72 points", "cut 5%")
        return
    if w in UP:
        q.change = "up"
    elif w in DOWN:
        q.change = "down"
    elif (w in UP_VERBS or w in DOWN_VERBS) and (
        toks[k - 1].lower == "by" or q.unit in ("%", "pp", "bp", "point")
    ):
        # WordNet's verbs of a change in amount (changes_data.py): after "by", or before a
        # share, the figure is the change; before a plain amount it may be a total ("amassed")
        q.change = "up" if w in UP_VERBS else "down"


#: the words that bound an age named by "the age of" ("over" is left out: the golds write "="
#: for "members over the age of 30", a description more than a bound)
_AGE_BOUNDS = {"under": "<", "below": "<"}


def _age_bound(toks: list[Token], k: int) -> tuple[int, str] | None:
    """ "under the age of 16", "below the age of fifty", "under age 3": the first token of the
    bound and its change, or ``None``."""
    m = k - 1
    if m >= 0 and toks[m].lower == "of":
        m -= 1
    if m < 0 or toks[m].lower != "age":
        return None
    m -= 1
    if m >= 0 and toks[m].lower == "the":
        m -= 1
    if m < 0 or toks[m].lower not in _AGE_BOUNDS:
        return None
    return m, _AGE_BOUNDS[toks[m].lower]


_AS_MUCH_AS = frozenset(
    f"as {w} as" for w in ("many", "much", "high", "large", "great", "long", "far")
)


def _as_much_as(toks: list[Token], a: int, phrase: str) -> str:
    """The change an "as much as" bound gives, ``a`` its first word: equality after a comma,
    where it compares ("use 300 megawatts, as much as 250,000 homes"); an amount ("much",
    "many") after a change verb is the change ("slid as much as 9%"); else a bound, a level
    included ("the river rose as high as 30ft": the most it reached)."""
    if a > 0 and toks[a - 1].text == ",":
        return "="
    if phrase not in ("as much as", "as many as"):
        return "<"
    b = a - 1
    while b >= 0 and toks[b].lower in BRIDGE and b > a - 3:
        b -= 1
    w = toks[b].lower if b >= 0 else ""
    if w in UP or w in UP_VERBS:
        return "up"
    if w in DOWN or w in DOWN_VERBS:
        return "down"
    return "<"


_SHARES = frozenset({"%", "pp", "bp", "point"})
_LESSER = frozenset({"lower", "weaker", "cheaper", "smaller"})
_DURATIONS = frozenset({"year", "month", "week", "day", "decade", "century", "hour", "minute"})
_NEEDS_BY = frozenset({"raised", "raise", "raises", "cut", "cuts", "added", "boosted", "lowered"})


#: words that open a figure's noun phrase after a bound: "over a dozen", "under the 500 mark"
_OPENS_A_FIGURE = words("a an the some about around nearly almost")


def _figure_at(toks: list[Token], k: int) -> bool:
    """Whether a figure starts at ``toks[k]``: a number, a number word, a currency sign or a
    word that opens a figure's phrase.  A bound after "and"/"or" before one is that figure's."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.kind == "num" or t.text in "$£€¥₹":
        return True
    return t.kind == "word" and (t.lower in _OPENS_A_FIGURE or word_value(t.lower) is not None)
