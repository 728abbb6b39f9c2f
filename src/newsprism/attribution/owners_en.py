"""A person who speaks for, works for or belongs to another person named in their words.

"A lawyer for Mark Jensen said", "The wife of footballer Tom Baker said", "Ivan Petrov's
spokesman said", "A spokesman for Defence Secretary Ben Wallace, Tom Hardy, said": the words
name two people.  The speaker is the one the head noun names (the lawyer, the wife, the
spokesman); the name in its "of X" / "for X" / "to X" / "X's" dependent is whom they act for or
belong to — the owner, never the speaker; a name set off after the owner by a comma (or, after
a possessive, any name after the head noun) is the speaker's own.  Shown under the owner's name,
the lawyer's words would be read as the client's (issue 12: the thirty-sixth session's review,
"the wife of footballer Tom Baker said" shown confident as Baker's).

The head noun is a noun of a person who stands in a relation to another person
(:data:`ACTING_NOUNS`: kin, and those who act for, work for or stand beside someone), not an
office held over a domain ("the president of the club" is the club's president and the
speaker).  The English counterpart of :mod:`.owners_ru`.

The speaker that is the description itself ("The wife of footballer Tom Baker") is scored by
the calibrated scorer like any other: nothing caps an unnamed speaker's confidence.

Translated news writes the speaker's own name after the owner's description ("The lawyer of
the former deputy mayor Nodar Jghenti told …", from a Russian nominative): a name after "of" and
a determined description is left to the readers that handle that ("the X of the Y NAME" is
NAME), only a name right after "of" — or after bare title words, "of footballer Tom Baker" — is
the owner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .model import SourceRef
from .name_runs import ROLE_NOUNS
from .person_nouns_data import PERSON_NOUNS
from .roles import ROLE_SYNONYMS

#: kin, and people who act for, work for or stand beside another person (the relation nouns,
#: not offices held over a place or a body: "minister", "governor", "president")
ACTING_NOUNS = frozenset(
    ["wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "parent",
     "brother", "sister", "sibling", "child", "stepson", "stepdaughter", "stepfather",
     "stepmother", "grandson", "granddaughter", "grandmother", "grandfather", "grandchild",
     "uncle", "aunt", "nephew", "niece", "cousin", "relative", "fiancee", "fiancée", "fiance",
     "fiancé", "girlfriend", "boyfriend", "partner", "spouse", "lawyer", "attorney", "counsel",
     "solicitor", "barrister", "advocate", "defender", "spokesman", "spokeswoman",
     "spokesperson", "secretary", "representative", "aide", "adviser", "advisor", "assistant",
     "agent", "manager", "publicist", "bodyguard", "driver", "friend", "colleague", "ally",
     "associate", "confidant", "supporter", "biographer", "coach", "trainer", "mentor",
     "neighbour", "neighbor", "successor", "predecessor", "heir", "guardian"]
)  # fmt: skip

#: the relation nouns of those who speak or work for another's office (not kin, not counsel):
#: "the spokesperson", "the aide", "the adviser" is never the one they serve
SERVING_HEADS = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "adviser", "advisor",
     "assistant", "representative", "publicist", "staffer"]
)  # fmt: skip
#: heads that serve only with "press" before them ("the press secretary", "the press officer")
_PRESS_HEADS = frozenset(["secretary", "officer", "attache", "attaché", "agent"])
#: a serving description's keys are read from its own words only ("the press secretary of the
#: deputy prime minister" names a press secretary, not the deputy prime minister): a switch
SERVING_OWN_WORDS = True


def serving(text: str, head: str) -> bool:
    """Whether English description words ``text`` with head noun ``head`` name one who speaks
    or works for another ("the press secretary", "a spokeswoman for the ministry")."""
    head = head.lower()
    if head in SERVING_HEADS:
        return True
    return head in _PRESS_HEADS and "press" in text.lower().replace("-", " ").split()


#: the serving nouns that name one office ("the spokeswoman" calls back "a spokesperson for …")
_SERVING_SAME = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokespeople": "spokesperson",
    "advisor": "adviser",
}


def holds_serving(head: str, role: str) -> bool:
    """Whether the English ``role`` stated for a person ("an adviser to the governor", "press
    secretary of the president") holds the serving office ``head`` names: the role's head is the
    one served ("governor"), so its words are read, not its head."""
    words = {_SERVING_SAME.get(w, w) for w in re.findall(r"[a-z]+", role.lower())}
    return _SERVING_SAME.get(head.lower(), head.lower()) in words


def serving_own_words(text: str, head: str) -> str:
    """A serving description's words up to its head noun: what follows ("of the minister",
    "for the governor") names the one served, whose office is not the speaker's."""
    if not SERVING_OWN_WORDS or not serving(text, head):
        return text
    m = re.search(rf"\b{re.escape(head)}(?:s|es)?\b", text, re.IGNORECASE)
    return text[: m.end()] if m is not None else text


#: words that may stand between a determiner and the head noun ("the longtime family lawyer")
_WORD = r"[A-Za-z][\w’'.-]*"
#: a possessor's "'s" and up to three words before the relation noun ("Tom Baker's former
#: wife"): the name before it is the owner (NER's span stops before the "'s")
_POSSESSIVE_LEAD = re.compile(r"['’]s?\s+(?:" + _WORD + r"\s+){0,3}$")


@dataclass(frozen=True, slots=True)
class Acting:
    """What the source words say of someone acting for another: the owner's span and, when
    the words name the speaker too, the span of the speaker's own name (absolute offsets)."""

    owner: tuple[int, int]
    own_name: tuple[int, int] | None


def acting_for(src: SourceRef, people: list[tuple[int, int]], text: str) -> Acting | None:
    """The owner the English source words ``src`` name their speaker through, when the head of
    the words is an :data:`ACTING_NOUNS` noun and its dependent holds a person's name
    (``people``: the spans of person names inside the words, in text order); ``None``
    otherwise (no relation noun, no name in its dependent, or the translated order "the X of
    the Y NAME", whose NAME is the speaker's)."""
    head = (src.head or "").lower()
    if head not in ACTING_NOUNS or not people or not text:
        return None
    words = text[src.start : src.end]
    m = re.search(rf"\b{re.escape(head)}(?:s|es)?\b", words, re.IGNORECASE)
    if m is None:
        return None
    head_start, head_end = src.start + m.start(), src.start + m.end()
    before = [p for p in people if p[1] <= head_start]
    after = [p for p in people if p[0] >= head_end]
    # "Ivan Petrov's lawyer(, Maria Kovacs)": the name before the possessive is the owner; a
    # name after the head noun is the speaker's own
    if before and _POSSESSIVE_LEAD.match(text, before[-1][1], head_start) is not None:
        return Acting(before[-1], after[0] if after else None)
    if not after:
        return None
    rest = text[head_end : after[0][0]]
    prep = re.match(r"\s+(of|for|to)\s+(.*)$", rest, re.DOTALL)
    if prep is None:
        return None
    between = prep.group(2)
    if not _bare_title(between):
        # "the lawyer of the former deputy mayor Nodar Jghenti", "The assistant to the President
        # of Azerbaijan Hikmet Hajiyev": in translated news the name is the relation noun's own
        return None
    owner = after[0]
    # "…, Tom Hardy, said": the name set off after the owner; "The press secretary of
    # Alexander Lukashenko Natalia Eismont": a second name right after it (translated order)
    own = next((p for p in after[1:] if re.fullmatch(r"\s*,?\s*", text[owner[1] : p[0]])), None)
    return Acting(owner, own)


def owner_lead(lead: str) -> str | None:
    """The words before a name that are the owner's own when they end in a relation noun and
    its preposition: "A spokesman for Defence Secretary " → "Defence Secretary " (Ben Wallace's
    office, not the spokesman's); "The wife of footballer " → "footballer "; ``None`` when the
    words do not end so (or end "the X of the Y", the translated order where the name after
    is the relation noun's own)."""
    m = _RELATION_LEAD.search(lead)
    if m is None or not _bare_title(m.group(3)):
        return None
    return m.group(3)


#: a relation noun (the longest first) and the preposition of its dependent
_RELATION_NOUN = r"\b(" + "|".join(sorted(ACTING_NOUNS, key=len, reverse=True)) + r")(?:s|es)?"
#: a relation noun, its preposition and the words after it up to the end of an introduction
_RELATION_LEAD = re.compile(
    _RELATION_NOUN + r"\s+(of|for|to)\s+((?:[\w’'.-]+\s+){0,3})$", re.IGNORECASE
)


def _bare_title(words: str) -> bool:
    """Whether the words between "of" and a name are none, or title words with no determiner
    and no number, ending in a noun for a person ("footballer", "Defence Secretary"): the name
    is then the owner's in any English.  Not "Gazprom", "Georgia", "three children", "the
    former deputy mayor" (a body's or a place's name, a count, a determined description: the
    translated order whose name is the relation noun's own)."""
    tokens = [t.strip(".,'’\"") for t in words.split()]
    if not tokens:
        return True
    if (
        len(tokens) > 3
        or tokens[0].lower() in _DETERMINERS
        or any(t.isdigit() or t.lower() in _NUMBER_WORDS for t in tokens)
    ):
        return False
    return _person_noun(tokens[-1].lower())


_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "one", "his", "her", "their", "its"])
_NUMBER_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "several"]
)


def office_words(introduction: str) -> str:
    """An introduction without the person its relation noun acts for: "the press secretary of
    the president" → "the press secretary" (the president is someone else: a later "the
    president said" does not call back the press secretary).  Unchanged when the dependent is a
    body ("the representative of the regional committee" is that committee's) or a name."""
    m = _RELATION.search(introduction)
    if m is None:
        return introduction
    dependent = re.split(r"\s(?:of|for|from|in|at|on|who|which)\s|,", introduction[m.end() :])[0]
    words = dependent.split()
    last = words[-1].strip(".'’\"") if words else ""
    if not last.islower() or not _person_noun(last.removesuffix("s")):
        return introduction
    return introduction[: m.end(1)]


#: a relation noun and the preposition of its dependent
_RELATION = re.compile(_RELATION_NOUN + r"\s+(?:of|for|to)\s", re.IGNORECASE)


def _person_noun(word: str) -> bool:
    return word in ROLE_NOUNS or word in ROLE_SYNONYMS or word in PERSON_NOUNS


def relation_head(noun: Any) -> Any:
    """The relation noun whose owner ``noun`` (a spaCy token) is, when ``noun`` is a common
    noun for a person in the relation noun's "of/for/to" dependent ("The daughter of the late
    president, Maria Lopez": the parse hangs the name on "president"; the name is the
    daughter's, whatever adjectives and determiners the owner carries); ``noun`` otherwise."""
    prep = noun.head
    relation = prep.head
    if (
        noun.dep_ != "pobj"
        or noun.ent_type_ not in ("", "ORDINAL")
        or not noun.text.islower()
        or not _person_noun(noun.lower_)
        or prep.lower_ not in ("of", "for", "to")
        or relation.pos_ != "NOUN"
        or relation.lower_.removesuffix("s") not in ACTING_NOUNS
        and relation.lower_ not in ACTING_NOUNS
    ):
        return noun
    return relation


def relation_role(first: Any) -> str | None:
    """The role of a name written right after a relation noun's owner with no comma between
    ("Adviser to President Volodymyr Zelensky Mykhailo Podolyak"): the relation noun phrase with
    its owner, "Adviser to President Volodymyr Zelensky" — never the owner's own title and name
    alone.  ``first``: the name's first spaCy token; ``None`` when no owner's name stands right
    before it, or no relation noun and its preposition before the owner's title words."""
    doc = first.doc
    i = first.i - 1
    while i >= 0 and doc[i].ent_type_ == "PERSON" and not doc[i].is_punct:
        i -= 1  # the owner's name: another person's, right before this one
    if i == first.i - 1:
        return None
    k = i
    while k >= 0 and first.i - 1 - k <= 6 and doc[k].lower_ not in ("of", "for", "to"):
        k -= 1
    if k < 1 or not _bare_title(doc[k + 1 : i + 1].text):
        return None
    noun = doc[k - 1]
    if noun.lower_ not in ACTING_NOUNS and noun.lower_.removesuffix("s") not in ACTING_NOUNS:
        return None
    start = noun.i
    # the relation noun's own modifiers ("Senior adviser", "A longtime family lawyer"), no article
    while start > 0 and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].i < noun.i:
        start -= 1
    return str(doc[start : first.i].text).strip()
