"""A figure its own sentence gives as the new level of a count that grew: "the number of
families moved has risen to 850", "the count reached 64", «число переселённых выросло до 120»,
«достигло 75».

An outlet that writes a count has *risen to* a figure tells its reader that the figure replaces
an earlier one of the same count; it does not change the earlier figure, it reports the count's
growth.  The trace reads such a later, larger figure of one claim as an update of that count
(:func:`.drift.updated`) even when the stages did not read its source as the earlier figure's
(an impersonal «сообщили во вторник в …» the stages miss, a body given by an abbreviation in
one outlet and in full in another): a reader shown "figure changed" there is told the story
changed when the text itself says the count grew (twenty-fourth session, docs/trace.md).

Only the words right before the figure are read — a verb of growth with "to" / «до», or a verb
of reaching — so "rose by 5%" (a change, not a level) and "fell to" are not taken.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HEDGE = (
    r"(?:(?:about|around|almost|nearly|roughly|some|more than|over|at least|около|почти|более"
    r"|свыше|примерно|порядка|не менее)\s+)?"
)
#: a verb of growth and "to" (a word or two may stand between: "has risen sharply to"), a verb
#: of reaching, or a new total, right before the figure (its hedge aside)
_RISEN_TO = re.compile(
    r"(?:\b(?:risen|rose|rises|climbed|climbs|grown|grew|grows|increased|increases|jumped"
    r"|soared|swelled|mounted|gone\s+up|went\s+up)\s+(?:[\w-]+\s+){0,2}?to"
    r"|\b(?:reached|reaches|now\s+stands\s+at|now\s+stood\s+at|to\s+a\s+total\s+of)"
    r"|\b(?:вырос\w*|возрос\w*|увеличил\w*|поднял\w*|подскочил\w*)\s+(?:[\w-]+\s+){0,2}?до"
    r"|\bдостиг\w*)\s+" + _HEDGE + r"$",
    re.IGNORECASE,
)
#: how far before the figure the words are read (characters)
_REACH = 60


@lru_cache(maxsize=65536)  # asked for both figures of every linked pair a timeline flags
def risen_to(figure: str, sentence: str) -> bool:
    """``sentence`` gives ``figure`` (its text as written) as the level a count grew to."""
    at = sentence.find(figure)
    return at >= 0 and bool(_RISEN_TO.search(sentence[max(0, at - _REACH) : at]))
