"""An age belongs to a living being; a thing's "age" is how long it has stood.

"A 24-year-old woman", "the 3-year-old dog", "a 300-year-old oak tree" state an age; "a
25-year-old record", "the 400-year-old manuscript", "a chapel, possibly 800 years old" state a
duration, the unit of the figure is ``year`` — as the Russian reading has it since the twentieth
session («10-летний контракт» → 10 ``year``).  Which noun the age describes: the head after an
attributive "N-year-old" (its modifiers read through), or the noun a predicative "N years old"
stands after ("the building is 300 years old", "a chapel, possibly 800 years old").  Whether
it names a thing is a fact about the word (WordNet, :mod:`.things_data`); a name (a capitalised
word), a word WordNet does not know, a possessive ("the 41-year-old's car") or no noun at all
("the 24-year-old said") keeps the age.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .nlp import singular
from .quantity import Quantity, Tag
from .things_data import THING_NOUNS
from .tokens import words

#: the age units and the duration each becomes for a thing
_DURATION = {"years old": "year", "months old": "month", "weeks old": "week", "days old": "day"}
_POSSESSIVE = re.compile(r"\s?['’]s\b")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: "the building is 300 years old", "a chapel, possibly 800 years old": the noun before
_PREDICATE = re.compile(
    r"\b([a-z]{3,})(?:\s*,\s*|\s+(?:is|was|are|were|be|been|being|now|are\s+now|is\s+now)\s+)"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|at\s+least|some|possibly|probably|"
    r"perhaps|roughly|just|only|already)\s+)*$"
)


def thing_ages(sentence: str, found: list[Quantity], tags: Mapping[int, Tag]) -> list[Quantity]:
    """``found`` with each age of a thing read as a duration."""
    for q in found:
        duration = _DURATION.get(q.unit or "")
        if duration is None or q.relative:
            continue
        noun = _described(sentence, q, tags)
        if noun is not None and _a_thing(noun):
            q.unit = duration
    return found


def _described(sentence: str, q: Quantity, tags: Mapping[int, Tag]) -> str | None:
    """The noun an age describes, as written, or ``None`` when none is written (a person
    referred to by the age alone, "the 24-year-old said") or the age is framed otherwise
    ("aged 12", "in her 30s")."""
    written = sentence[q.start : q.end].lower().rstrip("'’s")
    if _POSSESSIVE.match(sentence, q.end) or written != sentence[q.start : q.end].lower():
        return None  # "the 41-year-old's car": the case is the person's
    if re.search(r"-olds?$", written):  # attributive: "a 25-year-old record"
        # the last word of the noun phrase after the age is its head, whatever the tagger says
        # of it ("a 30-year-old record" is read with "record" an adjective); a noun ends the
        # phrase before any adjective after it
        run: list[str] = []
        noun_seen = False
        for m in _WORD.finditer(sentence, q.end):
            if m.start() - q.end > 40:
                break
            pos = tags.get(m.start(), ("X", ""))[0]
            if pos in ("NOUN", "PROPN"):
                if noun_seen and m.group().lower().endswith("s"):
                    break  # "a 30-year-old Leeds man denies theft": a verb after the head
                run.append(m.group())
                noun_seen = True
            elif pos == "ADJ" and not noun_seen:
                run.append(m.group())
            elif pos == "VERB" and not noun_seen and _noun_read_as_verb(m.group().lower()):
                run.append(m.group())  # a noun the tagger read as a verb
            else:
                break
        return run[-1] if run else None
    if written.endswith(" old"):  # predicative: "a chapel, possibly 800 years old"
        before = _PREDICATE.search(sentence, max(0, q.start - 60), q.start)
        return before.group(1) if before else None
    return None


#: what follows an age standing for a person ("the 24-year-old said"): a verb, never its noun
_PERSON_VERBS = words(
    "was is has had said says told will would could can did does died won lost made became left "
    "took ran came went got gave began fell faces remains appeared admitted denied pleaded "
    "wrote needs wants"
)


def _noun_read_as_verb(word: str) -> bool:
    """Whether a word the tagger read as a verb right after an attributive age is its noun: not
    a past tense ("the 24-year-old escaped") nor a verb a person's age stands before."""
    return not word.endswith(("ed", "s")) and word not in _PERSON_VERBS


def _a_thing(noun: str) -> bool:
    """Whether ``noun`` is known to name a thing (WordNet, :mod:`.things_data`); a name (a
    capitalised word) or a word WordNet does not know ("midfielder") keeps the age: news gives
    the ages of people far more often than of things."""
    if noun[:1].isupper():
        return False
    word = noun.lower()
    return word in THING_NOUNS or singular(word) in THING_NOUNS
