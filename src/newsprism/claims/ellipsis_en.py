"""A count whose noun the writer leaves out because an earlier count names it (noun-phrase
ellipsis): "26 people died in the strikes and five from artillery fire", "Republicans have 24
seats up, Democrats 10", "two terms, or even three", "12 goals last year and 15 this year".

English drops the head noun of a cardinal when the clause before has just counted it; the bare
number then counts the same thing.  The test is the grammar of the ellipsis, not a list of
sentences: the bare number stands where its noun would (what follows it ends the clause or
opens a prepositional or time phrase, never a noun), it is joined to the earlier clause by a
coordinator or a comma within a few words, and the nearest earlier figure counts a noun (a
percent sign or a currency is written again on every figure, an age is not a thing counted).
Until now such a number was read without its noun, or refused as counting nothing ("the two
met") or as a name's number ("Democrats 10").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .implicit_en import age as implicit_age
from .lexicon_en import is_numbered
from .numbers_en import SMALL
from .quantity import Quantity, Tag
from .sharing_en import gap_unit
from .tokens import Token
from .units import lookup_en

#: what may follow a number whose noun is left out: the clause's end, a preposition or a word
#: of time ("and five from artillery fire", "15 this year", "Democrats 10.")
_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$)"
    r"|\s+(?:from|in|on|at|for|with|by|during|over|after|before|this|last|next|apiece|each"
    r"|so far|to date|more|to|into)\b"
)
#: the words that join the clause of the bare number to the earlier one
_JOINERS = frozenset(
    {"and", "or", "but", "while", "whereas", "maybe", "perhaps", "even", ",", ";", "—", "–"}
)
#: units an ellipsis does not carry: an age, a share of a whole, a year of an age
_NOT_CARRIED = frozenset({"years old", "months old", "weeks old", "days old", "fraction"})
#: how far back (in tokens) the joiner may stand from the bare number
_REACH = 4
#: how many words may separate the earlier figure from the bare number
_SPAN = 12


def elided_unit(
    sentence: str,
    toks: list[Token],
    i: int,
    q: Quantity,
    out: list[Quantity],
    tags: Mapping[int, Tag] | None,
) -> str | None:
    """The unit the bare figure ``q`` (read at ``toks[i]``) shares with the count before it
    when its own noun is left out, else None.  The verb is left out with the noun (gapping:
    "Democrats 10", "and five from artillery fire"): a clause with a verb of its own between
    the joiner and the number counts what that verb says ("claimed 12 lives and injured
    40"), and a number between commas is an apposition, an age ("Thomas, 41, is")."""
    if q.unit is not None or q.relative or q.value_high is not None or not out:
        return None
    subject = _verb_follows(toks, i, q, tags)
    if q.qualifier and not subject:
        return None
    t = toks[i]
    if t.kind == "num":
        if not re.fullmatch(r"\d{1,3}(?:,\d{3})*", t.text) or t.glued:
            return None  # a year, a code, a decimal: no count left without its noun
    elif t.lower not in SMALL or t.lower == "one":
        return None  # "one" alone refers far more often than it counts ("one said")
    if not (_AFTER.match(sentence, q.end) or subject) or implicit_age(sentence, q) is not None:
        return None  # "three men, aged 19, 22 and 25": ages, read as ages
    last = out[-1]
    if (
        last.unit is None
        or last.unit in _NOT_CARRIED
        or last.relative
        or not gap_unit(last)
        # the earlier figure names its noun ("24 seats"), or shares it the same way ("7 cars
        # to Spain, 5 to Italy, 3 to Peru": a list goes on leaving the noun out)
        or (last.noun_start is None and not last.elided)
    ):
        return None
    between = sentence[last.end : q.start]
    if re.search(r"[.!?]\s", between) or len(between.split()) > _SPAN:
        return None
    before = [x for x in toks[max(0, i - _REACH) : i] if x.start >= last.end]
    # a spaced hyphen stands for a dash ("189 attempts -- 40 from three-point range")
    joins = [
        k for k, x in enumerate(before) if x.lower in _JOINERS or (x.text == "-" and not x.glued)
    ]
    if not joins:
        return None
    if before[-1].text == "," and sentence[q.end : q.end + 1] == ",":
        return None  # "Thomas, 41, is charged": an age in apposition
    clause = before[joins[-1] + 1 :]
    # a word after an article is no verb, whatever its ending ("and a staggering 290 finished")
    verbs = [
        x
        for m, x in enumerate(clause)
        if _is_verb(x, tags) and not (m > 0 and clause[m - 1].lower in ("a", "an", "the"))
    ]
    if verbs and not (
        len(verbs) == 1 and last.unit in _PERSONS and _casualty(verbs[0], tags) and not subject
    ):
        # a verb of its own counts what it says ("claimed 12 lives and destroyed 40"), except
        # a verb that only ever takes people after a count of people ("killing 12 people and
        # wounding 17")
        return None
    if any(x.lower in _PREPOSITIONS for x in clause) or (clause and is_numbered(clause[-1].text)):
        return None  # "and on Route 66", "but at 9 on Sunday": a name's number or a time
    # "on March 4 and 5", "in Ward 3 and 12": the bare number goes with the nearer number,
    # which is no count (a year between is a time phrase: "200 jobs in 2019, and 2,000"); the
    # scan stops at the earlier figure, so it stays short on a long sentence
    k = i - 1
    while k >= 0 and toks[k].start >= last.end:
        if _is_number(toks[k]):
            return None
        k -= 1
    return last.unit


def definite_elided(
    sentence: str, toks: list[Token], i: int, q: Quantity, out: list[Quantity]
) -> str | None:
    """ "will send 300 more nurses to join the roughly 1,200 already there", "ten new buses,
    adding to the 45 purchased in 2022": a bare number after "the" (a hedge between) with no noun of its own —
    an adverb, a participle, a preposition or the clause's end after it — is a definite noun
    phrase whose noun the writer left out, the noun an earlier count of the sentence names;
    words that set the earlier count apart from this one ("more", "additional") are not
    carried."""
    if q.unit is not None or q.relative or q.value_high is not None or not out:
        return None
    k = i - 1
    if k >= 0 and q.qualifier and toks[k].end > q.start:
        k -= len(q.qualifier.split())  # "the roughly 1,200": the hedge read before the number
    if k < 0 or toks[k].lower != "the":
        return None
    t = toks[i]
    if t.kind != "num" or not re.fullmatch(r"\d{1,3}(?:,\d{3})*", t.text) or t.glued:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.kind == "word":
        w = nxt.lower
        if not (w in _DEFINITE_AFTER or (w.endswith("ed") and w not in _NOT_PARTICIPLES)):
            return None
    elif nxt is not None and nxt.text not in ".,;:)!?":
        return None
    last = next((e for e in reversed(out) if e.noun_start is not None and e.unit), None)
    if last is None or last.unit is None or last.unit in _NOT_CARRIED or last.relative:
        return None
    words = last.unit.split()
    while len(words) > 1 and words[0] in _SETTING_APART:
        words = words[1:]
    return " ".join(words)


#: what may follow a definite bare number: an adverb of time, a preposition
_DEFINITE_AFTER = frozenset(
    {
        "already",
        "still",
        "now",
        "currently",
        "previously",
        "originally",
        "in",
        "on",
        "at",
        "from",
        "who",
        "that",
        "which",
        "left",
        "remaining",
    }
)
#: words in -ed that are no participle after a number
_NOT_PARTICIPLES = frozenset({"red", "bed", "shed", "hundred"})
#: modifiers that set one count apart from another ("4,000 additional troops")
_SETTING_APART = frozenset({"additional", "more", "extra", "further", "other", "new"})


#: a preposition before the bare number makes it the object of a phrase of place, time or
#: name ("in Ward 4", "at 5 this morning", "under Article 7"), not a remnant of the earlier
#: count, which stands bare after its joiner or after its own subject ("Democrats 10")
#: (those of a comparison carry the count on: "up from 250", "against 250 a year earlier",
#: "and his brother for five")
_PREPOSITIONS = frozenset(
    {"on", "at", "in", "under", "until", "till", "since", "during", "near", "inside", "outside"}
)


#: a figure set against the one before it: "40 euros rather than 25", "12 weeks, not 8",
#: "14 races, compared with 9", "from the age of 16 rather than from 18"
_CONTRAST = re.compile(
    r"\s*,?\s*(?:rather than|instead of|not|compared (?:with|to)|as against|against|versus|vs\.?"
    r"|as opposed to)(?:\s+(?:before|after|at|in|by|to|from|for|over|under|with))?\s*"
)


def share_contrasted(sentence: str, out: list[Quantity]) -> None:
    """A bare figure set against the one before it ("rather than", "not", "compared with")
    takes its unit: a contrast weighs two amounts of one thing, so the second leaves the unit
    out — a measure, a sum or an age as much as a counted noun (gapping keeps only nouns).
    Run last, when ages read from their frame have their unit."""
    for last, q in zip(out, out[1:], strict=False):
        if q.unit is not None or q.relative or last.unit in (None, "fraction") or last.relative:
            continue
        text = sentence[q.start : q.end]
        if not re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?", text) or re.fullmatch(
            r"(?:19|20)\d\d", text
        ):
            continue  # a year, a code: no amount left without its unit
        if _CONTRAST.fullmatch(sentence, last.end, q.start):
            q.unit = last.unit


#: a count out of a group written with the group's size after it: "9 out of the 14 players",
#: "87 out of a possible 100 points", "three of a total of 40 stores"
_OUT_OF_GROUP = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our|a\s+(?:possible|maximum|total\s+of))\s+"
)


def share_group(sentence: str, out: list[Quantity]) -> None:
    """A bare count out of a group takes the group's noun or unit ("9 out of the 14 players":
    nine players; "87 out of a possible 100 points": 87 points): the count and the group
    count one thing, which the writer names once, after the group."""
    for q, whole in zip(out, out[1:], strict=False):
        if q.unit is not None or q.relative or q.value_high is not None:
            continue
        if whole.unit in (None, "fraction") or whole.relative or whole.value_high is not None:
            continue
        if whole.value > q.value and _OUT_OF_GROUP.fullmatch(sentence, q.end, whole.start):
            q.unit = whole.unit


#: the sign between the sides of a dimension: "13x9-inch", "12 x 14 feet", "10 by 12 foot"
_BY = re.compile(r"\s*(?:x|×|by)\s*")


def _measure(unit: str) -> bool:
    head = unit.split("/")[0]
    return head == "pixel" or lookup_en(head) is not None


def share_dimension(sentence: str, out: list[Quantity]) -> None:
    """The sides of a dimension share the unit written after the last ("a 13x9-inch pan": 13
    inches by 9 inches; "a 10 by 12 foot shed"): a writer names the unit once."""
    for k in range(len(out) - 2, -1, -1):
        side, last = out[k], out[k + 1]
        if side.unit is not None or side.relative or side.value_high is not None:
            continue
        if last.unit is None or last.relative or not _measure(last.unit):
            continue  # a measure's unit only: "4 by 6 cards" counts, "2 x 3" multiplies
        if _BY.fullmatch(sentence, side.end, last.start):
            side.unit = last.unit


#: what joins the items of a list of figures: "3 and 4", "3, 4 or 5", "3, and 4"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def share_listed(sentence: str, out: list[Quantity]) -> None:
    """The bare items of a list take the unit written after its last item ("3 and 4 per cent",
    "20 and 40 mg", "3, 4 and 5 children"): a writer names the unit once, and a change written
    before the first item holds for every item ("rose by 3 and 4 per cent")."""
    for k in range(len(out) - 2, -1, -1):
        item, last = out[k], out[k + 1]
        if item.unit is not None or item.relative or item.value_high is not None:
            continue
        if last.unit in (None, "fraction") or last.relative or last.value_high is not None:
            continue
        text = sentence[item.start : item.end]
        if re.fullmatch(r"(?:19|20)\d\d", text) or last.value <= 0:
            continue  # "in 2019 and 2020 …": years, not items
        if not _LIST_JOIN.fullmatch(sentence, item.end, last.start):
            continue
        item.unit = last.unit
        if last.change == "=" and item.change in ("up", "down"):
            last.change = item.change


#: counts of people whose noun a casualty verb's object leaves out
_PERSONS = frozenset({"people", "person"})
#: verbs whose object is a person, by their stem ("wounding", "injured", "rescues")
_CASUALTY_STEMS = (
    "wound",
    "injur",
    "hurt",
    "kill",
    "arrest",
    "detain",
    "rescu",
    "evacuat",
    "hospitali",
    "infect",
    "displac",
    "abduct",
    "kidnap",
)


def _casualty(tok: Token, tags: Mapping[int, Tag] | None) -> bool:
    # the tagger gives a verb's form as its lemma ("wounding"): the stem is compared
    return any(tok.lower.startswith(stem) for stem in _CASUALTY_STEMS)


def _verb_follows(toks: list[Token], i: int, q: Quantity, tags: Mapping[int, Tag] | None) -> bool:
    """The bare number is the subject of a verb right after it ("and nine were hurt", "and
    about 60 wounded", "and 45 stayed on"): it stands where its noun would, so it counts the
    noun the clause before counted."""
    k = i + 1
    while k < len(toks) and toks[k].end <= q.end:
        k += 1
    if k >= len(toks) or tags is None or toks[k].kind != "word":
        return False
    return tags.get(toks[k].start, ("X", ""))[0] in ("VERB", "AUX") and not toks[k].lower.endswith(
        "ing"
    )


def _is_number(tok: Token) -> bool:
    if tok.kind == "num":
        return not re.fullmatch(r"(?:19|20)\d\d", tok.text)
    return tok.lower in SMALL


def _is_verb(tok: Token, tags: Mapping[int, Tag] | None) -> bool:
    tag = tags.get(tok.start) if tags else None
    if tag is not None:
        return tag[0] in ("VERB", "AUX")
    return tok.kind == "word" and tok.lower.endswith("ed")


#: a casualty verb's own form: "killing", "wounded", "injures", "kidnapped" (not a noun such as
#: "killings" or "injuries")
_CASUALTY_VERB = re.compile(
    r"(?:kill|wound|injur|hurt|arrest|detain|rescu|evacuat|hospitali[sz]|abduct|kidnapp?)"
    r"(?:e|es|ed|ing|s)?"
)
_COORDINATOR_AFTER = re.compile(r"\s+(?:and|or|but|while)\b")
#: words between a casualty verb and its bare object: "wounding another 17", "injuring a
#: further 12"
_CASUALTY_BRIDGE = frozenset({"another", "a", "further", "an", "additional"})


def casualty_object(
    sentence: str, toks: list[Token], i: int, q: Quantity, out: list[Quantity]
) -> str | None:
    """``people`` when the bare figure ``q`` (read at ``toks[i]``) is the object of a verb that
    only ever takes people and a count of people comes before it in the sentence ("killing three
    people and hurting at least 40", "shot two people and hurt more than 200"):
    :func:`elided_unit` reads the plain case, this one the figure a bound or "another" opens.
    Without a count of people before, the figure stays bare ("the fever killed 300": the convention in
    docs/claims.md; the older golds write no unit there).  A noun after the figure is read as its
    noun ("killed 30 sheep"), so only a bare one with nothing but a clause end, a coordinator,
    a preposition or a time word after it is read here."""
    if q.unit is not None or q.relative or q.value_high is not None:
        return None
    if not any(o.unit in _PERSONS for o in out):
        return None
    t = toks[i]
    if t.kind == "num" and (not re.fullmatch(r"\d{1,3}(?:,\d{3})*", t.text) or t.glued):
        return None  # a year, a decimal, a code
    if not (_AFTER.match(sentence, q.end) or _COORDINATOR_AFTER.match(sentence, q.end)):
        return None
    k = i - 1
    while k >= 0 and toks[k].end > q.start:
        k -= 1  # before the qualifier the figure's span holds ("at least 90")
    while k >= 0 and toks[k].lower in _CASUALTY_BRIDGE:
        k -= 1
    if k < 0 or not _CASUALTY_VERB.fullmatch(toks[k].lower):
        return None
    return "people"
