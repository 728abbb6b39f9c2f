"""When a small number word only determines a noun, and the article asserts no figure.

A fact-checker wants the figures an article asserts — "three people died", "at least one
hospital", "two mosques" — not the number words English uses as articles and pointers:

- **definite reference**: "the two men were arrested", "the two sides", "these three cases"
  point back at people or things the reader already knows; the count was asserted (if at all)
  where they were introduced, so repeating it is not a new claim.  A possessive is not treated
  so: "his six corporate bankruptcies" states a checkable fact in passing;
- **emphatic "one"**: "homes in one town", "she put one hand behind her head", "one proposal
  asks …" use "one" as a stressed "a"; it counts nothing a reader would check;
- **fractions as nouns**: "the city's two halves" names parts, it does not count.

The rule is deliberately narrow, so that no figure is lost to it.  It only applies to the number
words one to ten (a writer who means a figure for checking uses digits from 10 up, and any
number written in digits is kept) counting a noun (a unit — "two years", "five miles" — makes a
measure, which is kept), with no qualifier ("only one", "at least two", "nearly three" assert a
figure).  A definite count is never a new claim, even of victims: "the three people killed in the crash
have been named" repeats the toll the article gave when it reported the crash.  An emphatic "one"
is kept when it counts after all:

- harm and charges: "one soldier died", "pleaded guilty to one count of fraud" — a count of
  victims or of charges is always a figure;
- contrast: "one goal and two assists", "one man was killed and two others injured" — a "one"
  next to another count is counting, not an article.

Partitives and ratios ("one of the …", "one in five") are read elsewhere, never here.

NewsQuant annotates every spelled-out count, determiners included ("one hand", "the two sides"),
so this rule costs a few matches there; the benchmark reports the figures with it.
"""

from __future__ import annotations

from .nlp import singular
from .quantity import Quantity
from .tokens import Token, words
from .units import CURRENCY_PREFIXES, EN_UNITS

_SMALL_VALUES = {
    "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0,
    "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0,
}  # fmt: skip
_SMALL = frozenset(_SMALL_VALUES)
#: the article and demonstratives point back; a possessive often asserts ("his six bankruptcies")
_DEFINITE = words("the these those")
#: words before "one" that make it a figure: "only one", "just one", "a single"
STRESSED_ONE = words("only just single sole")
#: counts of harm, and of charges, are figures however they are written
_HARM = words(
    "killed killing kills died dead die dies dying injured wounded hurt murdered shot stabbed arrested "
    "detained missing abducted kidnapped drowned executed hospitalised hospitalized rescued "
    "evacuated fatalities casualties victims deaths guilty convicted charged charges count counts"
)
_FRACTION_NOUNS = words("half halve halves third thirds")
_MEASURES = frozenset(EN_UNITS.values()) | frozenset(CURRENCY_PREFIXES.values())
_NUMBER_WORDS = _SMALL | words("eleven twelve twenty thirty hundred thousand dozen dozens")
_JOINS = words("and or but while whereas against versus vs maybe perhaps possibly")


def only_determines(toks: list[Token], i: int, j: int, q: Quantity) -> bool:
    """True when the number word at ``toks[i]`` (the figure ``q`` ends before ``toks[j]``) is a
    determiner of its noun, not a figure (see the module comment for the rule and why)."""
    t = toks[i]
    if t.kind != "word" or t.lower not in _SMALL:
        return False
    if q.qualifier or q.relative or q.value_high is not None or q.unit in (None, "fraction"):
        return False
    if q.value != _SMALL_VALUES.get(t.lower):
        return False  # "one out of three", "two million": the word is part of a larger figure
    if q.unit is None or q.unit.split("/")[0] in _MEASURES or "/" in q.unit:
        return False  # "two years", "five miles", "three cents a share": measures
    if q.unit in _FRACTION_NOUNS:
        return True  # "two halves"
    prev = toks[i - 1].lower if i > 0 else ""
    if _definite_through_modifier(toks, i):
        # "the main five steps", "the last three releases", "the core seven laptops": one
        # modifier between the article and the number leaves the reference definite
        return True
    if prev in _DEFINITE and _ranked_after(toks, i):
        # "the three main kinds of kiln are", "the ten best kettles": the count says how many
        # make the ranked set, a figure (four golds of five count it; docs/claims.md)
        return False
    if prev == "all" and _all_of_known(toks, i, j) and not _near_harm(toks, i, j):
        # "all four of these kettles", "she toured all six lighthouses": the whole of a set
        # the reader knows; "all five basic tastes" (a modifier) still counts
        return True
    if prev in _DEFINITE or prev == "same":
        # "the two men", "the three people killed", "over those same three seasons", "the very
        # same seven principles": named again, not counted
        return True
    if t.lower != "one" or prev in STRESSED_ONE:
        return False
    return not _near_harm(toks, i, j) and not _near_other_count(toks, i, j)


#: words between "the" and a number word that make it a figure after all: a focus word ("the
#: only two survivors"), "other" or "remaining" (a count of the rest: "the other three
#: patients", "the remaining two hostages"), a rank
#: that states how many make it ("the top three clubs go up": the twenty-fourth session's
#: reading of "top N", kept)
_NOT_MODIFIERS = STRESSED_ONE | words(
    "other another remaining first second third few mere entire whole top bottom best worst"
)


#: words after a number that rank what it counts ("the two biggest", "the three main")
_RANKS = words(
    "best worst main key major primary basic essential top leading most least biggest largest "
    "greatest smallest highest lowest oldest newest latest longest strongest richest poorest "
    "fastest youngest busiest deadliest costliest wealthiest tallest finest hottest coldest"
)


def _ranked_after(toks: list[Token], i: int) -> bool:
    """A superlative or a rank word right after the number word at ``i``."""
    if i + 1 >= len(toks) or toks[i + 1].kind != "word":
        return False
    w = toks[i + 1].lower
    return w in _RANKS


def _definite_through_modifier(toks: list[Token], i: int) -> bool:
    if i < 2 or toks[i].lower == "one":
        return False  # "the last one": a pronoun, read elsewhere
    mod, det = toks[i - 1], toks[i - 2]
    return (
        det.lower in _DEFINITE
        and mod.kind == "word"
        and mod.text.isalpha()
        and mod.text.islower()
        and mod.lower not in _NOT_MODIFIERS
        and mod.lower not in _SMALL
    )


def _all_of_known(toks: list[Token], i: int, j: int) -> bool:
    """After "all": the number word then "of" ("all two of her tries"), or then the bare noun
    it counts and nothing more ("all six lighthouses", "all three bakers")."""
    if i + 1 < len(toks) and toks[i + 1].lower == "of":
        return True
    return j == i + 2 and toks[i + 1].kind == "word" and toks[i + 1].text.islower()


def _near_harm(toks: list[Token], i: int, j: int) -> bool:
    """A word of harm in the clause around the figure ("the three people killed")."""
    for k in range(max(0, i - 4), min(len(toks), j + 5)):
        if toks[k].text in (";", ".", ":") and k >= j:
            break
        if toks[k].lower in _HARM:
            return True
    return False


def _near_other_count(toks: list[Token], i: int, j: int) -> bool:
    """Another count joined to this one: "one goal and two assists", "two wins and one draw",
    "one man was killed and two others injured"."""

    def is_count(t: Token) -> bool:
        return t.kind == "num" or (t.lower in _NUMBER_WORDS and t.lower != "one")

    # the same noun counted by another figure anywhere in the sentence: "firing 36 shells …
    # the KPA fired one shell", "two goals … one goal"
    head = toks[j - 1].lower if j > i + 1 else ""
    for k, t in enumerate(toks[:-1]):
        if (i <= k < j) or not is_count(t) or toks[k + 1].kind != "word":
            continue
        if head and singular(toks[k + 1].lower) == singular(head):
            return True
    joined = False
    for t in toks[j : j + 6]:  # after: a conjunction, then a count
        joined = joined or t.lower in _JOINS
        if joined and is_count(t):
            return True
    joined = False
    for t in reversed(toks[max(0, i - 6) : i]):  # before: a count, then a conjunction
        joined = joined or t.lower in _JOINS
        if joined and is_count(t):
            return True
    return False


#: words before a bare number word that make it point back at a known set ("the two met",
#: "all three", "their five", "the other two", "those last three"), not count; after "a" it
#: names a face, a card or a hit ("the chance of a six")
_POINTERS = _DEFINITE | words(
    "a an all both each every any which what whose my your his her its our their this that other "
    "last next first past previous top"
)
#: nouns a number word after them names the member of a sequence: "day two", "week six"
_NAMING = words(
    "day week month year round game stage chapter page number no level season episode act "
    "part phase grade section step class category type size track heat leg test match hole "
    "world"
)
#: words before a bare number word that make it a time of day: "at seven", "ten past nine",
#: "after nine"
_CLOCK = words("at past after before until till")


def pronominal_count(toks: list[Token], i: int, j: int) -> bool:
    """A number word from two up with no noun after it that still counts: the noun is one the
    reader supplies from the sentence or the one before ("four impressed with their detail",
    "the toll has risen to seven", "Thomas is charged with three", "only two, as a wider
    massacre was stopped", "one regulator, maybe two").  English uses a cardinal as a pronoun
    this way, and the count is as checkable as "four of them".  It is no count when a word
    before it points back at a set the reader knows ("the two met", "all three", "the other
    two": definite reference, see the module comment), names a member of a sequence ("day
    two", "number eight"), tells a time of day ("at seven", "ten past nine", "ring after nine"), closes "a thing
    or two" (an idiom the golds do not count), or when it is glued to what follows ("twenty20"),
    capitalised inside the sentence (a name: "the Big Ten") — or when it is "one", which refers
    far more often than it counts ("one said"; the counting "one" is read in
    :func:`only_determines`).  Measured on every English development half: value F1 A 94.40 →
    94.67, B 92.36 → 92.93; value+change B 89.60 → 90.10."""
    t = toks[i]
    if t.kind != "word" or t.lower == "one" or t.lower not in _NUMBER_WORDS:
        return False
    if j < len(toks) and toks[j].glued and toks[j].kind != "sym":
        return False
    prev = toks[i - 1] if i > 0 else None
    if not t.text.islower() and not (prev is None or prev.kind != "word"):
        return False
    p = prev.lower if prev is not None else ""
    return p not in _POINTERS and p not in _NAMING and p not in _CLOCK and p != "or"
