"""Units an English writer leaves out because the sentence already says them.

News prose names a unit once and lets parallel figures share it: "the DAX rose by 2 percent but
the Nasdaq fell by 1" (1 percent), "ended at 1,463.78 points, while the TA-125 ended at 1,334.20"
(points), "from about 11-15 mpg to 21" (mpg).  A bare number takes the unit of an earlier figure
only in these parallel frames — the same preposition before both, or the far end of a
"from … to …" — never from mere proximity: "rose 8% to 3.65" is a change and a new level whose
unit the sentence does not say, so 3.65 stays bare.

An age is the other unit English leaves out: "he will be 35", "she turned 90", "aged 18", "life
expectancy is around 73" state years of age with no word for them.
"""

from __future__ import annotations

import re

from .nlp import singular
from .nouns_en import _INVARIANT_PLURALS, plural_form
from .quantity import Quantity
from .tokens import words
from .units import CURRENCY_PREFIXES, EN_UNITS

#: units proper (not counted nouns): these can be shared by a parallel figure
MEASURES = frozenset(EN_UNITS.values()) | frozenset(CURRENCY_PREFIXES.values())
#: prepositions that frame a figure in a parallel clause
_FRAMES = frozenset({"by", "at", "to", "on"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_BARE_DIGITS = re.compile(r"[-−]?\d[\d,.]*")
#: a number in words ("eighteen", "twenty-one"): an age may be written so
_SPELLED = re.compile(r"[A-Za-z]+(?:[- ][A-Za-z]+)*")
#: "he will be 35", "she turned 90", "I was 12": an age (the pronoun says a person is 35)
_AGE = re.compile(
    r"\b(?:(?:he|she|i|who)(?:['’]s|['’]m|\s+(?:(?:will|would|could|might)\s+be|is|was|am|turns|"
    r"turned|turning|becomes|became))"
    # "if you are over 25", "once you're 18": a reader addressed by an age
    r"|you(?:['’]re|\s+(?:(?:will|would|could|might)\s+be|are|were|turn|turned|reach)))"
    r"\s+(?:now\s+|over\s+|under\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_LIFE_EXPECTANCY = re.compile(r"\blife expectancy\b[^.;:!?\d]{0,60}$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?$|\baged\s+between\s+$", re.I)
_AGED_RANGE = re.compile(r"\b(?:aged|ages|age)\s+(?:of\s+)?(?:between\s+|from\s+)?$", re.I)
#: "aged 18", "over the age of 21", "at age 7"
_AGED = re.compile(r"\b(?:aged|age of|ages of|at age|age to|age|ages)\s+$", re.IGNORECASE)
#: "the mean age at first diagnosis was 42 years", "the average age of the fleet is 11": an
#: age as the subject of a copula, the figure its complement
_AGE_IS = re.compile(
    r"\bages?\b[^.;:!?\d()]{0,50}?\b(?:is|was|were|are|will\s+be|would\s+be|rose\s+to|fell\s+to|"
    r"stood\s+at|reached)\s+(?:about\s+|around\s+|approximately\s+|nearly\s+|almost\s+|"
    r"roughly\s+|just\s+|over\s+|under\s+)?$",
    re.IGNORECASE,
)
#: "adults 65 years", "women between 50 and 74 years", "children under five years": years
#: counted right after a noun for people are those people's age
_PEOPLE_YEARS = re.compile(
    r"\b(?:adults|people|persons|men|women|children|kids|patients|residents|those|girls|boys|"
    r"individuals|participants|youths|teens|teenagers|seniors|infants|babies|pupils|students)"
    r"\s+(?:aged\s+|between\s+|from\s+|over\s+|under\s+|above\s+|below\s+|older\s+than\s+|"
    r"younger\s+than\s+)*$",
    re.IGNORECASE,
)
#: "our son (almost 3)", "his daughter (7)": an age in brackets after one person's noun
_PERSON_BRACKET = re.compile(r"\b([a-z]{3,})\s?\(\s*(?:almost\s+|nearly\s+|just\s+)?$")


def _word_before(sentence: str, pos: int) -> str:
    m = _WORD_BEFORE.search(sentence, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def _measured(q: Quantity) -> bool:
    return q.unit is not None and not q.relative and q.unit.split("/")[0] in MEASURES


def implicit_units(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bare figure given the unit the sentence implies, if any; the two ends
    of "between the ages of 16 and 19" become one range."""
    out: list[Quantity] = []
    for q in found:
        if q.unit == "year" and (
            _AGED_RANGE.search(sentence, 0, q.start)
            or _AGED.search(sentence, 0, q.start)
            or _AGE_IS.search(sentence, max(0, q.start - 80), q.start)
            or _PEOPLE_YEARS.search(sentence, max(0, q.start - 40), q.start)
        ):
            # "aged 6–9 years", "at age 12 years"; "women between 50 and 74 years": years
            # told of people are their age
            q.unit = "years old"
        elif q.unit in ("year", "years old") and _paired_age(sentence, q, out) and not q.relative:
            # "between the ages of 6 and 12 years": the far end of a pair of ages, its unit
            # written on it; the pair becomes one range below, as a bare far end does
            q.unit = "years old"
            if _joins_range(sentence, q, out):
                out[-1].value_high, out[-1].end = q.value, q.end
                continue
        if q.unit is not None or q.relative:
            out.append(q)
            continue
        number = sentence[q.start : q.end]
        if q.qualifier and number.startswith(q.qualifier):
            number = number[len(q.qualifier) :].strip()
        if q.value_high is not None and _AGED_RANGE.search(sentence, 0, q.start):
            q.unit = "years old"  # "aged between 18 and 65", "ages 5-11"
        if q.value_high is not None or not (
            _BARE_DIGITS.fullmatch(number) or _SPELLED.fullmatch(number)
        ):
            q.unit = q.unit or _numbered(sentence, q)  # "defectors number in the hundreds"
            out.append(q)
            continue
        paired = _paired_age(sentence, q, out)
        if paired and _joins_range(sentence, q, out):
            out[-1].value_high, out[-1].end = q.value, q.end  # "between the ages of 16 and 19"
            continue
        if out and gapped(sentence, out[-1], q):
            q.unit = out[-1].unit  # "He was 30 and his wife 28"
            out.append(q)
            continue
        q.unit = age(sentence, q) or _shared(sentence, q, out) or paired or _numbered(sentence, q)
        out.append(q)
    return out


def age(sentence: str, q: Quantity) -> str | None:
    """``"years old"`` when the sentence frames the bare figure ``q`` as an age."""
    if q.value_high is not None or not (q.value.is_integer() and 0 < q.value < 125):
        return None
    if _RECORD_NEXT.match(sentence, q.end):
        return None  # "who was 5 for 5 from the line", "he was 12 of 15": a record, not an age
    head = sentence[max(0, q.start - 80) : q.start]
    if (
        _AGE.search(head)
        or _LIFE_EXPECTANCY.search(head)
        or _AGED.search(head)
        or _AGE_IS.search(head)
    ):
        return "years old"
    bracket = _PERSON_BRACKET.search(head)
    if bracket and sentence[q.end : q.end + 1] == ")" and _one_person(bracket.group(1)):
        return "years old"
    # a bound on people is an age: "adults over 65", "children under five", "those over 80"
    bound = (q.qualifier or "").lower() in ("over", "under", "above", "below", "older than")
    if bound and _PEOPLE_BOUND.search(head):
        return "years old"
    # "At 16, he went to university": an age opening the clause, a person its subject
    if _AT_AGE.search(head) and _PERSON_NEXT.match(sentence, q.end):
        return "years old"
    # after any noun, between commas, before the verb: "the former star, 42, was voted off"
    noun = _NOUN_COMMA.search(head)
    if noun and _VERB_NEXT.match(sentence, q.end):
        return "years old"
    # before any past tense or "from" only after one person (a singular noun, or a given name
    # and a surname in lower-cased text) or a noun for people: "the driver, 52, escaped",
    # "students, 12, from", but not "paintings, 120, collected over a century" or "games, 3,
    # played away": things are counted in the same frame
    if noun and _LIFE_NEXT.match(sentence, q.end) and _one_or_people(head, noun):
        return "years old"
    # news style gives a person's age between commas after the name: "Murray, 37, said"
    if (
        _NAME_COMMA.search(head)
        and sentence[q.end : q.end + 2].lstrip().startswith(",")
        and not _LIST_GOES_ON.match(sentence, q.end)  # "Windows Vista, 7, and 8": a list
    ):
        return "years old"
    # or after a full name at the sentence's end: "… photographer Christina Assi, 28."
    if _FULL_NAME_COMMA.search(head) and sentence[q.end :].strip() in ("", ".", "!"):
        return "years old"
    return None


#: what follows a figure of a record, never an age: "5 for 5", "12 of 15", "3-for-4"
_RECORD_NEXT = re.compile(
    r"\s*(?:-\s*)?(?:for|of|out\s+of)(?:\s*-\s*|\s+)(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\b(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)",
    re.IGNORECASE,
)
_PEOPLE_BOUND = re.compile(
    r"\b(?:adults|people|persons|men|women|children|kids|pupils|patients|residents|those|"
    r"anyone|everyone|voters|drivers|players|girls|boys)\s+(?:aged\s+)?$",
    re.IGNORECASE,
)
# a comma may stand apart from its word ("Anna , 37 ,"): text tokenised for NLP, and pages that
# space their punctuation, write the same apposition
_NAME_COMMA = re.compile(r"\b[A-Z][\w'’.-]*\s?,\s*$")
_FULL_NAME_COMMA = re.compile(r"\b[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+\s?,\s*$")
_NOUN_COMMA = re.compile(r"\b([a-z]{3,})\s?,\s*$")
_VERB_NEXT = re.compile(
    r"\s?,\s+(?:was|is|has|had|said|says|told|died|pleaded|denied|denies|admitted|faces|will|"
    r"who|appeared|remains|wrote|and\s+(?:his|her|their))\b"
)
#: any past tense, regular or of the irregular verbs news tells a life with ("the retired
#: teacher, 64, won the lottery", "the driver, 52, escaped"), and "from" a place: read as an
#: age only after a person's noun, since things are counted in the same frame
_LIFE_NEXT = re.compile(
    r"\s?,\s+(?:[a-z]{2,}ed|won|lost|made|became|left|took|spent|ran|came|went|got|gave|began|"
    r"fell|from)\b"
)


def _one_or_people(head: str, noun: re.Match[str]) -> bool:
    """Whether the word ``noun`` matched in ``head`` is singular, a plural whose singular's
    first sense is a person (WordNet, :mod:`..attribution.person_nouns_data`), or a surname
    after a given name in lower-cased text ("chloe owens, 27, from")."""
    from ..attribution.given_names import is_given_name
    from ..attribution.person_nouns_data import PERSON_NOUNS
    from .lexicon_en import STOP
    from .nlp import singular

    word = noun.group(1)
    one = singular(word)
    if one == word or one in PERSON_NOUNS:
        return True
    before = _LAST_WORD.search(head, 0, noun.start())
    return (
        before is not None
        and before.group(1).lower() not in STOP
        and is_given_name(before.group(1).capitalize())
    )


def _one_person(word: str) -> bool:
    """Whether ``word`` is one person's noun: a singular whose first sense is a person
    (WordNet, :mod:`..attribution.person_nouns_data`): "son", "wife", "patient"."""
    from ..attribution.person_nouns_data import PERSON_NOUNS
    from .nlp import singular

    return singular(word) == word and word in PERSON_NOUNS


_LAST_WORD = re.compile(r"\b([A-Za-z]+)\s+$")
_AT_AGE = re.compile(r"(?:^|[.;:!?]\s+|\b(?:and|but)\s+)[Aa]t\s+(?:age\s+)?$")
_PERSON_NEXT = re.compile(r"\s?,\s+(?:he|she|i|they|we)\b", re.IGNORECASE)


def _paired_age(sentence: str, q: Quantity, earlier: list[Quantity]) -> str | None:
    """ "between the ages of 16 and 19": the second age of a pair is an age too; so is every
    bare number of a list of ages ("aged 19, 22 and 25", "between 7 years old and 10 or 12"):
    a list shares the unit its first member states.  A comma joins a list only when "and" or
    "or" closes it later ("Murray, 37, 12 times champion" is no list)."""
    if not earlier or earlier[-1].unit != "years old":
        return None
    between = sentence[earlier[-1].end : q.start].strip().lower()
    if between in ("and", "to", "or", "-", "–") and earlier[-1].value_high is None:
        return "years old"
    if between in (", and", ", or", ",and", ",or") or (
        between in ("and", "or") and earlier[-1].value_high is not None
    ):
        return "years old"  # the last member of a list of ages
    if between == "," and _LIST_GOES_ON.match(sentence, q.end):
        return "years old"
    return None


def _joins_range(sentence: str, q: Quantity, earlier: list[Quantity]) -> bool:
    """Whether ``q`` closes "between (the ages of) N and M" with the age before it."""
    last = earlier[-1]
    return (
        last.value_high is None
        and bool(_BETWEEN.search(sentence, 0, last.start))
        and sentence[last.end : q.start].strip().lower() == "and"
        and q.value > last.value
    )


#: the rest of a list of bare numbers after one of its members: more members, then "and"/"or"
#: and the last ("19, 22 and 25": after 22)
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*\d{1,3})*\s*,?\s+(?:and|or)\s+\d{1,3}\b(?!\s*[%.,]\d)")


#: what stands between two figures of one verb when the second clause leaves the verb and the
#: noun out (gapping): a conjunction and the second subject, a name or "the" and a word
_GAPPED = re.compile(
    r",?\s*(?:and|but|while|whereas)\s+(?:(?:the|its|their|his|her)\s+[\w'’-]+|[A-Z][\w'’.&-]*)"
    r"(?:\s+[A-Z][\w'’.&-]*){0,2}",
)
#: the gapped figure ends its clause
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def gapped(sentence: str, last: Quantity, q: Quantity) -> bool:
    """ "Kalvia registered 41,000 arrivals and Doran 34,000", "Sales rose 5% and Apple 3%": the
    second clause leaves out the verb (and the noun) of the first, so ``q`` shares ``last``'s
    unit and change."""
    return (
        last.unit is not None
        and not last.relative
        and last.value_high is None
        and q.value_high is None
        and bool(_GAPPED.fullmatch(sentence[last.end : q.start].strip()))
        and bool(_CLAUSE_END.match(sentence, q.end))
    )


#: what stands between the two ends of "from N unit … to M": "to" alone, or after a short aside
#: on the near end ("on average", ", at most,", "a year earlier")
_FROM_TO = re.compile(r"(?:,?\s*[a-z]+(?:\s+[a-z]+){0,2}\s*,?\s+)?to")
#: an aside that opens a clause of its own: its "to" begins another phrase
_FROM_TO_CLAUSE = re.compile(r"\b(?:and|or|but|while|which|that|who|when|where|if|as)\b")


def _shared(sentence: str, q: Quantity, earlier: list[Quantity]) -> str | None:
    """The unit of the earlier figure ``q`` parallels, if it parallels one."""
    if not earlier:
        return None
    last = earlier[-1]
    between = sentence[last.end : q.start].strip().lower()
    if (
        _FROM_TO.fullmatch(between)
        and _measured(last)
        and _word_before(sentence, last.start) == "from"
        and not _FROM_TO_CLAUSE.search(between)
    ):
        # "from about 11-15 mpg to 21", "from 38 minutes on average to 25": the far end of
        # the "from … to …" the figure's own phrase opened (a few words may qualify its near end)
        return last.unit
    if (
        between == "to"
        and last.unit is not None
        and last.noun_start is not None
        and (_word_before(sentence, last.start) in ("by", "from") or q.value < last.value)
    ):
        return last.unit  # a tally of counted things: "by 312 votes to 179"
    frame = _word_before(sentence, q.start)
    if frame not in _FRAMES:
        return _same_verb(sentence, q, earlier)
    for p in reversed(earlier):
        if _SENTENCE_END.search(sentence, p.end, q.start):
            return None  # a figure of another sentence ("… JPY=. The yen index was down at 88")
        if _measured(p) and _word_before(sentence, p.start) == frame:
            return p.unit  # "by 2 percent … by 1", "at 1,463.78 points … at 1,334.20"
    return None


#: "defectors number in the hundreds", "the protesters numbered about 5,000": the verb
#: "number" says its subject is what the figure counts
_NUMBERED = re.compile(
    r"\b([A-Za-z]{3,})\s+(?:now\s+|still\s+|already\s+|probably\s+|may\s+|could\s+|to\s+)?"
    r"number(?:s|ed|ing)?\s+(?:in\s+the\s+|at\s+|around\s+|about\s+|some\s+|roughly\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+|over\s+|fewer\s+than\s+|less\s+than\s+|up\s+to\s+|"
    r"close\s+to\s+|just\s+|only\s+)*$"
)


def _numbered(sentence: str, q: Quantity) -> str | None:
    """The counted noun a verb "number" names before a bare figure, if it does."""
    m = _NUMBERED.search(sentence, max(0, q.start - 80), q.start)
    if m is None:
        return None
    subject = m.group(1).lower()
    if subject in ("the", "and", "who", "which", "that", "they", "these", "those", "whose"):
        return None
    if not plural_form(subject) and subject not in _INVARIANT_PLURALS:
        return None  # "a phone number of 5": a noun "number", not the verb after a plural
    return "people" if subject in ("people", "persons") else singular(subject)


#: what opens the second of two parallel clauses: "adults need 2,000 calories, while children need 1,400"
_PARALLEL = re.compile(r"(?:,|;|\b(?:and|but|while|whereas|compared\s+with))", re.IGNORECASE)
#: words before a figure that are no verb of their own
_NOT_A_VERB = words(
    "the a an of and or but than about around nearly almost over under some just only with "
    "from into per each every more less while whereas"
)


def _same_verb(sentence: str, q: Quantity, earlier: list[Quantity]) -> str | None:
    """ "The average adult needs about 2,000 calories a day, while children need 1,400": a bare
    figure after the same verb as an earlier figure with a word unit, in a parallel clause,
    shares that unit (the writer repeats the verb and leaves out the unit, as gapping leaves
    out both)."""
    verb = _word_before(sentence, q.start)
    if len(verb) < 3 or verb in _NOT_A_VERB:
        return None
    for p in reversed(earlier):
        if _SENTENCE_END.search(sentence, p.end, q.start):
            return None
        if not _worded(p) or not _PARALLEL.search(sentence, p.end, q.start):
            continue
        before = _word_before(sentence, p.start)
        if before and _one_verb(before, verb):
            return p.unit
    return None


def _worded(p: Quantity) -> bool:
    """A unit English writes as a word, which a parallel clause may leave out; a percent sign
    or a currency English writes on every figure ("rose 5% while wages rose 3" keeps 3 bare)."""
    if not _measured(p) or p.unit is None:
        return False
    head = p.unit.split("/")[0]
    return head not in ("%", "pp") and not (len(head) == 3 and head.isupper())


def _one_verb(a: str, b: str) -> bool:
    """Two forms of one verb as a clause repeats it: "needs"/"need", "costs"/"cost"."""
    return a == b or a.removesuffix("s") == b or b.removesuffix("s") == a
