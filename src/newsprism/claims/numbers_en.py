"""English numerals: words ("twenty-five", "4 hundred million", "two-thirds"), multipliers
("2.5 thousand", "£240m", "$3bn") and vague amounts ("dozens of", "tens of thousands of").

Vague amounts become a range of one order of magnitude ("hundreds of" → 100–1000, "dozens of"
→ 12–120), the convention of the NewsQuant annotation, so that they can be compared and sorted.
"""

from __future__ import annotations

from .things_data import THING_NOUNS
from .tokens import Token
from .units import lookup_en

SMALL: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
#: written after a number, spaced or glued ("3 bn", "£240m"); "m" only counts after money
MULTIPLIERS: dict[str, float] = {
    **SCALES,
    **{k + "s": v for k, v in SCALES.items()},
    "dozen": 12,
    "k": 1e3,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
FRACTIONS: dict[str, float] = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "eighth": 1 / 8,
    "eighths": 1 / 8,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
#: "dozens of" … → the low end of the range; the high end is ten times more
VAGUE: dict[str, float] = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
#: relative words: "twice as many", "doubled"
MULTIPLES: dict[str, float] = {
    "twice": 2,
    "double": 2,
    "doubled": 2,
    "doubling": 2,
    "triple": 3,
    "tripled": 3,
    "threefold": 3,
    "thrice": 3,
    "quadrupled": 4,
    "fourfold": 4,
    "fivefold": 5,
    "tenfold": 10,
    "halved": 0.5,
}


#: the fraction words a mixed number ends in after "and a"/"and one": "two and a quarter"
_UNIT_FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4}
#: the scale words "and half" may stand before with its article left out ("two and half million")
_HALF_SCALES = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})


def mixed_fraction(words: list[str], glued: bool = False) -> tuple[float, int] | None:
    """The proper fraction after a whole number's "and", read from ``words`` (lower case, the
    "and" first): ``(fraction, words used)``.  One grammar for every mixed number, whether its
    whole part is a digit, a word or a unit ("3 and a half", "one and a quarter", "a year and
    three quarters", "two and half inch"), spaced or hyphenated (``glued``: "five-and-a-half",
    "two-and-half")."""
    if len(words) < 2 or words[0] != "and":
        return None
    w1 = words[1]
    w2 = words[2] if len(words) > 2 else ""
    if w1 in ("a", "an", "one") and w2 in _UNIT_FRACTIONS:
        return _UNIT_FRACTIONS[w2], 3
    if w1 == "half" and (glued or lookup_en(w2) is not None or w2 in _HALF_SCALES):
        # "a two and half inch ribbon": the article left out, before a unit or a scale only;
        # spaced, "half" is a share of its own too ("rose to 40 and half were women")
        return 1 / 2, 2
    count = SMALL.get(w1)
    if count and count >= 2 and w2 in FRACTIONS and w2.endswith("s") and count * FRACTIONS[w2] < 1:
        return count * FRACTIONS[w2], 3  # "and three quarters", "and two thirds"
    if "-" in w1:  # "and three-quarters"
        head, _, tail = w1.partition("-")
        count = SMALL.get(head)
        if count and count >= 2 and tail in FRACTIONS and count * FRACTIONS[tail] < 1:
            return count * FRACTIONS[tail], 2
    return None


def hyphenated_mixed(rest: str) -> tuple[float, str] | None:
    """ "and-a-half", "and-a-half-year", "and-three-quarters-mile": the fraction a hyphenated
    mixed number adds and what follows it ("" or the measured word)."""
    parts = rest.split("-")
    for used in (3, 2):
        found = mixed_fraction(parts[:used], glued=True)
        if found and found[1] == used:
            return found[0], "-".join(parts[used:])
    return None


def word_value(word: str) -> float | None:
    """Value of one number word, hyphenated compounds included ("twenty-five" → 25)."""
    w = word.lower()
    if w in SMALL:
        return SMALL[w]
    if "-" in w:
        head, _, tail = w.partition("-")
        if head in SMALL and tail in SMALL and SMALL[head] >= 20 and SMALL[tail] < 10:
            return SMALL[head] + SMALL[tail]
        mixed = hyphenated_mixed(tail) if head in SMALL else None
        if mixed and not mixed[1]:
            return SMALL[head] + mixed[0]  # "five-and-a-half points", "two-and-a-quarter"
    return None


def parse_words(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A cardinal written in words starting at ``tokens[i]``: ``(value, next index)``.

    Handles "three", "twenty-five", "one hundred and twenty", "a million", "4 hundred million"
    (a digit followed by scale words is handled by the caller through :data:`MULTIPLIERS`).
    """
    total = 0.0
    current = 0.0
    seen = False
    j = i
    n = len(tokens)
    while j < n and tokens[j].kind == "word":
        w = tokens[j].lower
        v = word_value(w)
        if v is not None:
            if seen and current and current % 100 and v < 100 and current % 10 == 0 and v >= 10:
                break  # "twenty thirty" is two numbers, not one
            current += v
            seen = True
        elif (
            w in ("a", "an")
            and not seen
            and j + 1 < n
            and (tokens[j + 1].lower in SCALES or tokens[j + 1].lower == "dozen")
        ):
            current = 1
        elif w == "dozen" and (seen or current):
            current = max(current, 1) * 12  # "a dozen", "two dozen"
            seen = True
        elif w == "hundred" and (seen or current):
            current = max(current, 1) * 100
            seen = True
        elif w in SCALES and (seen or current):
            total += max(current, 1) * SCALES[w]
            current = 0
            seen = True
        elif (
            w == "and"
            and seen
            and j + 1 < n
            and word_value(tokens[j + 1].lower) is not None
            # "one hundred and twenty", "two thousand and five": "and" joins the parts of one
            # number only after a scale ("between two and three" is two numbers)
            and tokens[j - 1].lower in ("hundred", "thousand", *SCALES)
            and (total + current) > (word_value(tokens[j + 1].lower) or 0.0)
        ):
            pass
        elif w == "and" and seen and (mixed := mixed_at(tokens, j)):
            return total + current + mixed[0], mixed[1]  # "two and a half", "one and a quarter"
        else:
            break
        j += 1
    if not seen:
        return None
    return total + current, j


def mixed_at(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """:func:`mixed_fraction` at ``tokens[j]`` (an "and"): ``(fraction, next index)``; not
    before "of", where the fraction is a share of its own ("between two and a third of them")."""
    words = [t.lower for t in tokens[j : j + 3] if t.kind == "word"]
    found = mixed_fraction(words)
    if found is None or len(words) < found[1]:
        return None
    end = j + found[1]
    if end < len(tokens) and tokens[end].lower == "of":
        return None
    return found[0], end


#: words that bound "half" standing alone ("about half", "more than half", "nearly half")
_BOUNDS_BEFORE_HALF = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "approximately", "than", "over", "under"}
)


#: the scale words a fraction may stand before with no "of a": "a quarter million"
_FRACTION_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


def parse_fraction(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """ "a third", "two-thirds", "one quarter", "three quarters", "half" (before "of"/"the")."""
    n = len(tokens)
    w = tokens[i].lower
    if "-" in w:  # two-thirds
        head, _, tail = w.partition("-")
        if head in SMALL and tail in FRACTIONS and SMALL[head] > 0:
            return SMALL[head] * FRACTIONS[tail], i + 1
        return None
    if w == "half" and i + 1 < n and tokens[i + 1].lower in ("of", "the", "a", "its", "their"):
        return 0.5, i + 1
    if w == "half" and i > 0 and tokens[i - 1].lower in _BOUNDS_BEFORE_HALF:
        return 0.5, i + 1  # a bound makes "half" a share by itself: "about half came out"
    count = 1.0 if w in ("a", "one") else SMALL.get(w)
    if count and i + 1 < n and tokens[i + 1].lower in FRACTIONS:
        frac = tokens[i + 1].lower
        if i + 2 < n and tokens[i + 2].lower in _FRACTION_SCALES and count * FRACTIONS[frac] < 1:
            # "a quarter million employees", "a half million copies", "three quarters
            # billion": the fraction of a scale (the caller multiplies by the scale word)
            return count * FRACTIONS[frac], i + 2
        if frac == "half":
            return None
        if count * FRACTIONS[frac] >= 1:
            return None  # "two halves", "four quarters": parts named, not a share
        if i + 2 < n and tokens[i + 2].lower == "of":
            return count * FRACTIONS[frac], i + 2
        if i + 2 == n or tokens[i + 2].kind == "sym":
            return count * FRACTIONS[frac], i + 2  # "one sixth.", "rose by a fifth,"
        if i > 0 and tokens[i - 1].lower == "by":
            return count * FRACTIONS[frac], i + 2  # "fell by a third last year"
    return None


#: words after which "dozens", "hundreds" … stand alone as a figure
_VAGUE_ALONE = frozenset(
    [
        "injured",
        "killed",
        "wounded",
        "dead",
        "died",
        "more",
        "were",
        "are",
        "have",
        "had",
        "arrested",
        "missing",
        "displaced",
        "detained",
        "evacuated",
        "hurt",
    ]
)


def _stands_alone(tokens: list[Token], i: int) -> bool:
    """A plural scale word ("thousands", "dozens") that is a noun phrase of its own: what
    follows it cannot continue a noun phrase (the sentence's or clause's end, a function word,
    a verb's past form), so the writer counts with it, the counted noun left unsaid ("thousands
    marched", "forced hundreds to flee", "in the thousands")."""
    from .lexicon_en import STOP

    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    if nxt.kind != "word":
        return nxt.text in ".,;:!?)—–"
    if nxt.lower in ("and", "or") and i + 2 < len(tokens) and tokens[i + 2].lower in VAGUE:
        return False  # "thousands and thousands of years": one amount, said twice
    return nxt.lower != "of" and (nxt.lower in STOP or nxt.lower.endswith("ed"))


#: indefinite counts that a scale word after them makes a vague amount: "several hundred"
_INDEFINITE = frozenset({"several", "few"})
_SCALE_WORDS = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, **SCALES}
#: the plurals a writer also puts after them ("several hundreds kilometers", "several dozens
#: stitches"), each read as its singular
_SCALE_WORDS |= {w + "s": v for w, v in _SCALE_WORDS.items()}


def vague_scale(tokens: list[Token], i: int) -> tuple[float, float, int] | None:
    """ "several hundred", "a few thousand", "several dozen", "a few hundred thousand":
    ``(low, high, next)``, low the scale(s) named and high ten times more."""
    n = len(tokens)
    j = i
    if tokens[j].lower == "a" and j + 1 < n and tokens[j + 1].lower == "few":
        j += 1
    if tokens[j].lower not in _INDEFINITE or (tokens[j].lower == "few" and j == i):
        return None  # a bare "few hundred" keeps "a"; "few" alone is "not many"
    j += 1
    low = 1.0
    while j < n and tokens[j].lower in _SCALE_WORDS:
        low *= _SCALE_WORDS[tokens[j].lower]
        j += 1
    if low == 1.0:
        return None
    if j < n and tokens[j].lower == "of" and tokens[j - 1].lower.endswith("s"):
        return None  # "several hundreds of thousands of": the plural's own reading, read next
    return low, low * 10, j


#: what may open "couple of": an article, or an owner's word before "first/last/past/next"
#: ("my first couple of weeks", "their last couple of games")
_COUPLE_DETERMINERS = frozenset({"a", "the", "my", "our", "your", "his", "her", "its", "their"})


def _couple_without_of(tokens: list[Token], k: int) -> tuple[float, int] | None:
    """ "a couple weeks", "a couple hundred people", "a couple dumbbells": the "of" left out, as
    speech and blogs write it.  Only before a scale word or a plural the lexicons know as a
    measure, a period or a made thing (a verb after "a couple" — "a couple lives next door",
    "a couple says" — is the pair of people, no figure)."""
    t = tokens[k]
    if t.kind != "word":
        return None
    w = t.lower
    scale = _SCALE_WORDS.get(w)
    if scale is not None and not w.endswith("s"):
        return 2 * scale, k + 1  # "a couple hundred people"
    if not w.endswith("s") or w.endswith("ss") or len(w) < 4:
        return None
    stem = w[:-2] if w.endswith("ies") else w[:-1]
    stem = stem + "y" if w.endswith("ies") else stem
    if w == "times" or lookup_en(w) is not None or stem in THING_NOUNS:
        return 2.0, k
    return None


def parse_couple(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """ "a couple of weeks", "the last couple of years" → 2, "a couple of hundred people" → 200,
    read at "couple" (next: the word after "of" or after the scale, where a unit or a counted
    noun is read as after a digit): English's word for two of a thing; not a couple of people
    ("the couple married", "a married couple", "a couple of them" refers, it does not count)."""
    n = len(tokens)
    # "a couple" opening a clause is the subject, most often the pair of people ("A couple
    # returns to …"): the "of"-less count is read inside a clause only
    if (
        tokens[i].lower == "couple"
        and i > 1
        and i + 1 < n
        and tokens[i - 1].lower == "a"
        and tokens[i - 2].kind == "word"
    ):
        bare = _couple_without_of(tokens, i + 1)
        if bare is not None:
            return bare
    if not (
        tokens[i].lower == "couple"
        and i > 0
        and i + 2 < n
        and tokens[i + 1].lower == "of"
        and tokens[i + 2].kind == "word"
        and tokens[i + 2].lower not in ("them", "us", "you", "those", "these")
    ):
        return None
    before = tokens[i - 1].lower
    if before in ("last", "next", "past", "first") and i > 1:
        before = tokens[i - 2].lower
    if before not in _COUPLE_DETERMINERS:
        return None
    scale = _SCALE_WORDS.get(tokens[i + 2].lower)
    if scale is not None and not tokens[i + 2].lower.endswith("s"):
        return 2 * scale, i + 3
    return 2.0, i + 2


def parse_vague(tokens: list[Token], i: int) -> tuple[float, float, int] | None:
    """ "dozens of", "hundreds of thousands of", "tens of millions of" → (low, high, next);
    "several hundred", "a few thousand", "several hundred thousand" the same way: an
    indefinite count of a scale word is one order of magnitude of it, as "hundreds" is."""
    n = len(tokens)
    w = tokens[i].lower
    few = vague_scale(tokens, i)
    if few:
        return few
    if w == "tens" and i + 2 < n and tokens[i + 1].lower == "of" and tokens[i + 2].lower in VAGUE:
        low = VAGUE[tokens[i + 2].lower] * 10
        return low, low * 10, i + 3
    if w in VAGUE and i + 1 < n and tokens[i + 1].lower in _VAGUE_ALONE:
        return VAGUE[w], VAGUE[w] * 10, i + 1  # "dozens injured", "hundreds more"
    if w in VAGUE and w != "tens" and _stands_alone(tokens, i):
        return VAGUE[w], VAGUE[w] * 10, i + 1  # "thousands marched", "in the thousands."
    if w in VAGUE and i + 1 < n and tokens[i + 1].lower == "of":
        low = VAGUE[w]
        if i + 2 < n and tokens[i + 2].lower in ("thousands", "millions", "billions"):
            low *= VAGUE[tokens[i + 2].lower]
            return low, low * 10, i + 3
        return low, low * 10, i + 1
    return None
