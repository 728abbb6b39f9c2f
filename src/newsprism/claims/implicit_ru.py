"""Units a Russian writer leaves out because the sentence already says them.

A list of figures names its unit once, after the last one: «сыновей (10, 9 и 8 лет)», «им было
30, 20 и 19 лет», «на 5, 7 или 10 процентов»; each bare figure of the list takes that unit.  An
age needs no word at all after a person in the dative and a verb of age («ему исполнилось 90»,
«которому в этом месяце стукнет 73», «мне 94») or between commas after a name («Лаурентий, 27,
из города Фоксаны»), as in English ("Murray, 37, said").
"""

from __future__ import annotations

import re

from .quantity import Quantity

#: what joins the figures of one list
_LIST_GLUE = re.compile(r"^\s*(?:,|и|или|либо|,\s*и)\s*$")
#: a person in the dative, then a verb of age or nothing: «ему исполнилось», «мне», «ей уже»
_AGE_BEFORE = re.compile(
    r"(?:\b(?:ему|ей|мне|им|нам|тебе|вам|которому|которой|которым)\s+"
    r"(?:(?:было|будет|уже|тогда|сейчас|теперь|в\s+этом\s+(?:году|месяце))\s+)*"
    r"(?:исполнилось|исполнится|исполняется|стукнет|стукнуло|было|будет)?"
    r"|\b(?:исполнилось|исполнится|исполняется|стукнет|стукнуло))\s*"
    # «ему было за 30», «ему уже далеко за 80», «ей под 40»: a bound on the age
    r"(?:(?:далеко\s+|хорошо\s+)?за|под)?\s*$",
    re.IGNORECASE,
)
#: the comparatives of age: «старше 18», «моложе 23», «младше 14» compare ages only
_AGE_COMPARATIVES = frozenset(["старше", "младше", "моложе"])
#: a name, then the age between commas
_NAME_COMMA = re.compile(r"[А-ЯЁ][а-яё]+,\s*$")


def implicit_units(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bare figure given the unit its list or its frame implies."""
    for k in range(len(found) - 2, -1, -1):
        q, nxt = found[k], found[k + 1]
        if (
            q.unit is None
            and nxt.unit is not None
            and nxt.value_high is None
            and not nxt.relative
            and _LIST_GLUE.match(sentence[q.end : nxt.start])
            and nxt.noun_start is None  # a unit, not a counted noun read off one figure
        ):
            q.unit = nxt.unit
    for q in found:
        if q.unit is not None or q.value_high is not None or not _age_like(sentence, q):
            continue
        before = sentence[max(0, q.start - 60) : q.start]
        after = sentence[q.end : q.end + 2]
        if (
            _AGE_BEFORE.search(before)
            or (q.qualifier or "").lower() in _AGE_COMPARATIVES
            or (_NAME_COMMA.search(before) and after.startswith(","))
        ):
            q.unit = "years old"
    return found


def _age_like(sentence: str, q: Quantity) -> bool:
    text = sentence[q.start : q.end]
    if q.qualifier and text.startswith(q.qualifier):
        text = text[len(q.qualifier) :].strip()
    return text.isdigit() and 0 < q.value < 125 and q.value.is_integer()
