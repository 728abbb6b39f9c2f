"""How figures of one English sentence share what is written once: a list's bound or change
("baskets over $40, $60 or $90"), a gapped figure's unit ("41,000 arrivals and Doran 34,000"),
and the two levels of "from X to Y" after a change ("rose from 53,000 to 61,000").  Kept apart
from :mod:`.quantities_en`, which reads each figure, so each reads in one sitting."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from .qualify_en import is_change_verb
from .quantity import Quantity, Tag
from .refusals_en import CURRENCIES
from .tokens import Token, words

#: words that say a thing went from one level to another ("went from 12% to 20%", "a rise
#: from 5 to 7", "shifted from"), beside the change verbs of the lexicons
_MOVES = words(
    "go goes went gone going move moves moved moving change changes changed changing shift "
    "shifts shifted shifting switch switched increase increases decrease decreases rise rises "
    "fall falls drop drops jump jumps climb climbs growth reduction cut cuts decline declines"
)


def gap_unit(last: Quantity) -> bool:
    """A gapped bare figure may share ``last``'s unit only when that unit is a word English
    leaves out with the verb ("41,000 arrivals and Doran 34,000"); a percent sign or a currency
    is written again on every figure ("rose 5% and Apple 3%"), so a bare number after one is a
    name's number ("fell 2% and the FTSE 100"), left to the refusals."""
    unit = last.unit or ""
    return unit != "%" and unit.split("/")[0] not in CURRENCIES


#: what joins the items of a list
_LIST_JOIN = re.compile(r",|,? ?(?:and|or)|,? ?and/or")


def listed_after(sentence: str, last: Quantity, q: Quantity) -> bool:
    """``q`` is the next item of a list that ``last`` opens with a bound or a change."""
    return (
        q.change == "="
        and not q.qualifier
        and last.change in (">", "<", "~", "up", "down")
        and last.unit is not None
        and q.unit == last.unit
        and last.value_high is None
        and q.value_high is None
        and bool(_LIST_JOIN.fullmatch(sentence[last.end : q.start].strip()))
        # a list, not a figure of its own after a comma: "and"/"or" joins it here or the next
        # item follows ("over $40, $60 or $90"; "over $50, $20 for children" is two claims)
        and bool(
            re.search(r"\b(?:and|or)\b", sentence[last.end : q.start])
            or _NEXT_ITEM.match(sentence, q.end)
        )
        # nor a figure with its own frame ("rose 5%, and 3% of analysts expect more")
        and not OWN_FRAME.match(sentence, q.end)
    )


#: another item of the list right after a figure: ", $100", " or 12%"
_NEXT_ITEM = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?[$€£]?\d")
#: what gives a figure a frame of its own: "3% of analysts", "2% less than", "5% more"
OWN_FRAME = re.compile(r"\s*(?:of|less|more|fewer|than|lower|higher)\b", re.I)


def levels(
    toks: list[Token], i: int, j: int, q: Quantity, tags: Mapping[int, Tag] | None = None
) -> list[Quantity]:
    """A range opened by "from" after a change is two levels, the one before and the one after
    ("rose from 53,000 to 61,000", "fell from $84 a barrel to $71.50"): each keeps the unit
    and the scale the range shares ("from 10 to 12 million euros" → 10 and 12 million).
    A pair joined by "to" that descends is two figures with or without a change: a writer's
    range ascends, so "leads by 48 percent to 41 percent" and "won 18,340 to 17,912 votes"
    compare two figures (a poll, a count of votes, a level before and after)."""
    if q.value_high is None or q.relative:
        return [q]
    to = next((k for k in range(i + 1, j - 1) if toks[k].lower in ("to", "through")), None)
    dash = next((k for k in range(i + 1, j - 1) if toks[k].text in _DASHES), None)
    if to is None and dash is not None and q.unit is not None and 0 <= q.value_high < q.value:
        # "edges Trump 47%-45%": a dash between a pair that descends joins two figures too
        # (tallies and scores, "220-212", "3-1", are masked before this reading)
        to = dash
    if to is None:
        return [q]
    descends = q.value_high < q.value and (
        (toks[to].lower == "to" and not toks[to].glued) or toks[to].text in _DASHES
    )
    if not descends and not _changes_from(toks, i, tags):
        return [q]
    before = replace(q, value_high=None, end=toks[to - 1].end)
    after = replace(q, value=q.value_high, value_high=None, start=toks[to + 1].start)
    if q.qualifier:  # "from about 900": the qualifier is the first level's
        after.qualifier, after.change = None, "="
    return [before, after]


def _changes_from(toks: list[Token], first: int, tags: Mapping[int, Tag] | None) -> bool:
    """ "rose from 53,000 to 61,000", "increase their investment in hedge funds from 25 percent
    to 30 percent": "from" after a change (its object between them, up to six words, no clause
    or figure in between) opens two levels, not a range; "range from $300 to $1,700" and "cost
    from $150 to $900" stay a range of values."""
    # "from" opens the range itself: at most a qualifier or a currency between them ("from
    # about 900", "from roughly $900"), never a clause ("rose from last year, with estimates of
    # 5 to 10 percent" is one range)
    k = first - 1
    while k >= 0 and toks[k].lower != "from":
        if first - k > 3 or toks[k].kind == "num" or toks[k].text in ",;:.()—–":
            return False
        k -= 1
    for b in range(k - 1, max(-1, k - 8), -1):
        t = toks[b]
        if t.kind == "num" or t.text in ",;:.()—–" or t.lower in _CLAUSE_WORDS:
            return False
        if t.lower in _MOVES or is_change_verb(t.lower):
            return True
        # a verb of its own between the change and "from" says what the range is: "cut taxes
        # for families earning from $50,000 to $100,000", "homes ranging from …", "aged from
        # 18 to 25" (a gerund object, "raised spending from …", is tagged a noun)
        tag = tags.get(t.start) if tags else None
        if t.lower in _RANGE_FRAMES or (tag is not None and tag[0] in ("VERB", "AUX")):
            return False
    return False


_CLAUSE_WORDS = words("and but or which that who while when as if because")
_DASHES = frozenset({"-", "–", "—"})
#: words that frame a range of values between a change and its "from" (read without tags too)
_RANGE_FRAMES = words(
    "range ranges ranged ranging vary varies varied varying aged ages age with between earning "
    "earn earns earned anywhere spanning"
)
