"""The denominator of a rate and how often: "$4.99 a month", "per gallon", "twice a week".

:func:`_per` reads a denominator right after the unit, :func:`_rate_within_reach` and
:func:`_rate_across_verb` one a few words on ("$300,000 in salary a year"), :func:`_multiple`
a count of times ("three times a day").  Part of :mod:`.quantities_en`, split out so each reads in
one sitting.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import numbers_en as num
from .lexicon_en import STOP
from .nouns_en import counted_noun
from .number_unit_en import _multiplier, _unit_at
from .quantity import Quantity, Tag
from .tokens import Token, number_value, words


def _per(
    sentence: str, toks: list[Token], j: int, tags: Mapping[int, Tag] | None
) -> tuple[str, int] | None:
    """ "per gallon", "a month", "an ounce", "/kg": the denominator of a rate."""
    n = len(toks)
    if j + 1 < n and toks[j].lower in ("every", "each") and toks[j + 1].lower in _PERIODS:
        return toks[j + 1].lower, j + 2
    if j + 1 < n and toks[j].text == "-" and toks[j].glued and toks[j + 1].glued:
        # "$4.99-a-month", "$10-a-day": the rate written as one hyphenated word
        head, _, period = toks[j + 1].lower.partition("-")
        if head in ("a", "an", "per") and period in _PERIODS:
            return period, j + 2
    if j + 1 >= n or toks[j].lower not in ("per", "a", "an", "/"):
        return None
    if toks[j].lower in ("a", "an") and toks[j + 1].lower not in (
        "year", "month", "week", "day", "hour", "barrel", "ounce", "share", "gallon", "litre",
        "liter", "head", "kilo", "pound", "tonne", "ton", "minute", "night", "person", "game",
        "season",
    ):  # fmt: skip
        return None
    if (
        j + 2 < n
        and toks[j + 1].lower in _PERIODS
        and toks[j + 2].lower in ("earlier", "ago", "before", "later", "after")
    ):
        return None  # "a year earlier" dates a figure, it is not a rate ("an ounce before" is)
    if toks[j + 1].lower in ("pound", "pounds"):
        return "lb", j + 2  # "$3.40 a pound": below a price a pound is a weight, not money
    unit = _unit_at(sentence, toks, j + 1)
    if unit:
        return unit
    t = toks[j + 1]
    if t.kind == "word" and t.lower not in STOP:
        lemma = tags.get(t.start, ("", t.lower))[1] if tags else t.lower.rstrip("s")
        if toks[j].lower == "per" and tags:
            phrase = _per_phrase(toks, j + 1, tags)
            if phrase:
                return phrase
        return lemma.lower(), j + 2
    return None


def _per_phrase(toks: list[Token], k: int, tags: Mapping[int, Tag]) -> tuple[str, int] | None:
    """ "per diluted share", "per covered employee": the modifiers before the noun a rate is
    counted over belong to it (a period stays the period: "per calendar month" → month)."""
    kept: list[str] = []
    for m in range(k, min(k + 3, len(toks))):
        t = toks[m]
        if t.kind != "word" or t.lower in STOP:
            return None
        pos, lemma = tags.get(t.start, ("X", t.lower))
        if pos == "NOUN" and (
            m + 1 >= len(toks) or tags.get(toks[m + 1].start, ("X",))[0] != "NOUN"
        ):
            if lemma.lower() in _PERIODS:
                return lemma.lower(), m + 1
            return " ".join([*kept, lemma.lower()]), m + 1
        if pos not in ("ADJ", "NOUN", "VERB") or (pos == "VERB" and not t.lower.endswith("ed")):
            return None
        kept.append(t.lower)
    return None


def _per_count(
    sentence: str, toks: list[Token], j: int, tags: Mapping[int, Tag] | None
) -> tuple[str, int] | None:
    """ "per 100,000 residents", "per million inhabitants", "per capita", "for every 1,000
    people": the population a rate is counted over, as ``("100000 resident", next index)``."""
    n = len(toks)
    k = j + 1
    if j + 2 < n and toks[j].lower == "for" and toks[j + 1].lower == "every":
        k = j + 2
    elif j + 1 >= n or toks[j].lower != "per":
        return None
    if toks[k].lower in ("capita", "head"):
        return "capita", k + 1
    if toks[k].kind == "num":
        size, k = number_value(toks[k], "en"), k + 1
    elif toks[k].lower in num.SCALES:
        size = 1.0
    else:
        return None
    factor, k = _multiplier(toks, k, money=False)
    noun = counted_noun(toks, k, tags)
    if noun is None:
        return None
    size *= factor
    return f"{int(size) if size.is_integer() else size} {noun[0]}", noun[2]


def _per_after_of(toks: list[Token], j: int) -> tuple[str, int] | None:
    """ "2.5 petabytes of data every day", "2 litres of water a day": a rate reaching over what
    is measured (a few words after "of", no figure or punctuation between)."""
    n = len(toks)
    if j >= n or toks[j].lower != "of":
        return None
    for k in range(j + 1, min(j + 5, n - 1)):
        t = toks[k]
        if t.kind != "word":
            return None
        if (
            t.lower in ("a", "an", "every", "each", "per")
            and toks[k + 1].lower in _PERIODS
            and k > j + 1
        ):
            return toks[k + 1].lower, k + 2
    return None


def _rate_within_reach(
    toks: list[Token], j: int, tags: Mapping[int, Tag] | None
) -> tuple[str, int] | None:
    """ "2.5 mg Levoxan daily", "40,000 cars in Europe each year", "300 tonnes of CO2
    every year": a period that makes a figure a rate may stand after the phrases that say what
    or where it is — names, nouns, adjectives and prepositions, a few words, with no verb,
    figure, punctuation or clause word between (the verb's own adverb is the clause's, not the
    figure's: "was paid 5 million and works daily").  A period after "in", "for", "within" or
    "over" is a span ("in a year"), one before "earlier", "ago" or "later" a date."""
    if tags is None or j >= len(toks):
        return None
    opener = toks[j]
    if not (
        opener.lower in _PHRASE_OPENERS
        or opener.text[:1].isupper()
        or opener.lower in _RATE_ADVERBS
    ):
        # a plain word after the figure's phrase is most often its verb ("30 buses leave the
        # depot each day"), whose adverb the period is
        return None
    n = len(toks)
    for k in range(j, min(j + _RATE_REACH, n)):
        t = toks[k]
        if t.kind != "word" or t.lower in _CLAUSE_WORDS:
            return None
        if t.lower in _RATE_ADVERBS:
            return _adverb_rate(toks, k)
        if (
            t.lower in ("a", "an", "each", "every", "per")
            and k + 1 < n
            and toks[k + 1].lower in ("day", "week", "month", "year", "night", "hour")
        ):
            if k > j and (toks[k - 1].lower in _SPAN_PREPOSITIONS or toks[k - 1].lower in STOP):
                return None  # "in a year", "20 minutes to an hour"
            after = toks[k + 2] if k + 2 < n else None
            if after is not None and after.kind == "word" and after.lower not in _AFTER_A_RATE:
                return None  # "a year earlier", "each year's budget"
            return toks[k + 1].lower, k + 2
        if tags.get(t.start, ("X", ""))[0] in ("VERB", "AUX", "PRON", "NUM"):
            return None
    return None


def _adverb_rate(toks: list[Token], k: int) -> tuple[str, int] | None:
    """The period the adverb at ``toks[k]`` ("annually", "weekly") gives; ``None`` when it is
    the adjective of the noun after it ("a weekly injection")."""
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is not None and after.kind == "word" and after.lower not in STOP:
        return None
    return _RATE_ADVERBS[toks[k].lower], k + 1


def _rate_across_verb(toks: list[Token], j: int) -> tuple[str, int] | None:
    """ "8,000 tonnes of fishing gear is lost off the coast every year", "$40 million in fees
    will be paid to the city annually": an amount of a measure or of money (not a count: "30 buses leave the depot each
    day" is how often they do it) is a rate when its clause ends in "every"/"each" and a period
    or in an adverb of period, whatever verb stands between."""
    n = len(toks)
    for k in range(j, min(j + _VERB_RATE_REACH, n)):
        t = toks[k]
        if t.kind != "word" or t.lower in _CLAUSE_WORDS:
            return None
        if t.lower in _RATE_ADVERBS:
            return _adverb_rate(toks, k)
        if (
            t.lower in ("each", "every")
            and k + 1 < n
            and toks[k + 1].lower in ("day", "week", "month", "year", "night", "hour")
        ):
            after = toks[k + 2] if k + 2 < n else None
            if after is not None and after.kind == "word" and after.lower not in _AFTER_A_RATE:
                return None  # "each year's budget"
            return toks[k + 1].lower, k + 2
    return None


#: how many words a measure's clause may run before the period that makes it a rate
_VERB_RATE_REACH = 10
#: prepositions that open the phrase a rate's period may reach over ("in Europe each year")
_PHRASE_OPENERS = frozenset({"in", "of", "from", "at", "on", "for", "to", "across"})
#: how many words a rate's period may stand after the figure's own phrase
_RATE_REACH = 6
#: words that open another clause or conjunct: a period after them is theirs
_CLAUSE_WORDS = frozenset(
    {"and", "or", "but", "that", "which", "who", "when", "while", "if", "than", "as", "because"}
)
#: prepositions before a period that make it a span or a time, not a rate
_SPAN_PREPOSITIONS = frozenset({"in", "for", "within", "over", "after", "once", "twice", "of"})
#: what may follow a rate's period: the clause goes on with a preposition or ends
_AFTER_A_RATE = frozenset({"in", "on", "at", "for", "to", "from", "across", "around", "since"})


#: adverbs that name the period of a rate: "470 million tonnes annually"
_RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "hourly": "hour", "nightly": "night"}  # fmt: skip


#: bounds written after a figure, before its period: "$50,000 or less yearly"
_BOUNDS_AFTER = frozenset({"less", "more", "fewer", "so"})


def _per_adverb(toks: list[Token], j: int) -> tuple[str, int] | None:
    """ "470 million tonnes annually", "$5 billion in trial costs annually": an adverb of
    period right after a measure or an amount of money, or after a short phrase of "in" or
    "of" saying what it is (no verb, figure or punctuation between), makes it a rate."""
    n = len(toks)
    k = j
    if (
        k + 2 < n
        and toks[k].lower == "or"
        and toks[k + 1].lower in _BOUNDS_AFTER
        and toks[k + 2].lower in _RATE_ADVERBS
        and (k + 3 == n or toks[k + 3].kind != "word" or toks[k + 3].lower in STOP)
    ):
        # "$50,000 or less yearly": the period after a bound written after the figure; the
        # figure ends where it did, so that the bound is still read after it
        return _RATE_ADVERBS[toks[k + 2].lower], j
    if k < n and toks[k].lower in ("in", "of"):
        k += 1
        while (
            k < n and k - j <= 4 and toks[k].kind == "word" and toks[k].lower not in _RATE_ADVERBS
        ):
            k += 1
    if k < n and toks[k].lower in _RATE_ADVERBS and (k == j or k - j >= 2):
        after = toks[k + 1] if k + 1 < n else None
        if after is not None and after.kind == "word" and after.lower not in STOP:
            return None  # "a 2.4mg weekly injection": the adjective of the noun after it
        return _RATE_ADVERBS[toks[k].lower], k + 1
    return None


_MODALS = words("would could will can may might should must to shall")
_THINK = words("think thinks thought thinking")


def _how_often(toks: list[Token], j: int) -> str | None:
    """ "a week", "per year", "every day" after "once" or "twice": the period of a rate."""
    if (
        j + 1 < len(toks)
        and toks[j].lower in ("a", "an", "per", "every", "each")
        and toks[j + 1].lower in _PERIODS
        # "twice a year ago": "a year ago" dates it
        and not (j + 2 < len(toks) and toks[j + 2].lower in ("earlier", "ago", "before", "later"))
    ):
        return toks[j + 1].lower
    return None


def _multiple(toks: list[Token], i: int) -> tuple[Quantity, int] | None:
    """ "twice as many", "double the", "doubled", "halved"."""
    t = toks[i]
    w = t.lower
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    prev = toks[i - 1].lower if i > 0 else ""
    if (w.startswith("doubl") and nxt == "down") or (w == "twice" and prev in _THINK):
        return None  # idioms, not multiples: "doubled down on the idea", "think twice"
    if w in ("twice", "thrice") and nxt not in ("as", "the", "that", "what", "over"):
        period = _how_often(toks, i + 1)
        if period is not None:  # "twice a week": how often, a rate
            end = toks[i + 2].end
            return Quantity(t.start, end, num.MULTIPLES[w], unit=f"times/{period}"), i + 3
        # "was twice denied a visa", "won it twice": a count of times, as «дважды» is
        return Quantity(t.start, t.end, num.MULTIPLES[w], unit="times"), i + 1
    if w in ("double", "triple") and nxt not in ("as", "the", "that", "what"):
        return None
    if w in ("double", "triple") and i > 0 and toks[i - 1].lower in _MODALS:
        return None  # "vans that would double as offices": the verb
    if w in ("threefold", "fourfold", "fivefold", "tenfold") and nxt in ("", "."):
        pass
    q = Quantity(t.start, t.end, num.MULTIPLES[w], unit="times", relative=True)
    if w.endswith("ed"):
        q.change = "down" if w == "halved" else "up"
    return q, i + 1


_PERIODS = frozenset({"year", "month", "week", "day", "night", "hour", "minute", "second"})
