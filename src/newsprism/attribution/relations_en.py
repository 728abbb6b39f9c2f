"""People introduced by their kinship: "his son, the member of the national team Nurlan D.",
"The forward Artyom B. and his father, the doctor of the team Yuri B." — then "The son said …".

A description by kinship ("the son", "the widow", "the father") calls back the person the
article introduced so, not the one named last: the father is usually named last, beside his
son.  The relation is written two ways: the relative named in apposition to "his/her/their
REL" (Nurlan is the son), and the one the possessive stands for, named just before "and
his/her REL" (Artyom, whose father Yuri is, is a son).  Each person so introduced gets the
relation noun among the words that describe them (:attr:`.clusters.Cluster.heads`), which the
description reader (:func:`.coref.description`) asks first.  English only; read off the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .clusters import Cluster

#: kinship nouns, and for each the relation of the other person by the possessive's gender
#: ("X and his father Y": X is Y's son; "X and her husband Y": X is Y's wife)
_CONVERSE: dict[str, dict[str, str]] = {
    "father": {"his": "son", "her": "daughter"},
    "mother": {"his": "son", "her": "daughter"},
    "son": {"his": "father", "her": "mother"},
    "daughter": {"his": "father", "her": "mother"},
    "husband": {"her": "wife"},
    "wife": {"his": "husband"},
    "brother": {"his": "brother", "her": "sister"},
    "sister": {"his": "brother", "her": "sister"},
    "widow": {},
    "widower": {},
    "grandson": {"his": "grandfather", "her": "grandmother"},
    "granddaughter": {"his": "grandfather", "her": "grandmother"},
    "grandfather": {"his": "grandson", "her": "granddaughter"},
    "grandmother": {"his": "grandson", "her": "granddaughter"},
    "nephew": {"his": "uncle", "her": "aunt"},
    "niece": {"his": "uncle", "her": "aunt"},
}
_RELATION = re.compile(
    r"\b(?P<owner>his|her|their)\s+(?:(?:elder|older|younger|eldest|youngest|late|adult|"
    r"teenage|\d+-year-old)\s+)?(?P<rel>" + "|".join(_CONVERSE) + r")\b",
    re.IGNORECASE,
)
#: how far after the relation noun the relative's name may stand ("his son, the member of the
#: national team Nurlan D.": the apposition's own words come first)
_REACH = 90


def relate(text: str, people: Mapping[tuple[int, int], Cluster]) -> None:
    """Add the kinship nouns of ``text`` to the people they introduce (see the module
    docstring); ``people`` maps each person's mention span to that person."""
    spans = sorted((s, e, c) for (s, e), c in people.items() if c.kind == "person")
    if not spans:
        return
    for m in _RELATION.finditer(text):
        rel, owner = m.group("rel").lower(), m.group("owner").lower()
        after = text[m.end() : m.end() + _REACH]
        stop = re.search(r"[.;:!?\n]|\band\b|\bwho\b|\bwhose\b|\bwith\b", after)
        window_end = m.end() + (stop.start() if stop else len(after))
        named = [(s, e, c) for s, e, c in spans if m.end() <= s and e <= window_end and e > s]
        if len(named) != 1:
            continue  # none, or two people after it: whose relative it is is not clear
        relative = named[0][2]
        relative.heads.add(rel)
        converse = _CONVERSE[rel].get(owner)
        before = [(s, e, c) for s, e, c in spans if e <= m.start() and c is not relative]
        if converse is None or not before:
            continue
        s, e, c = before[-1]
        # "Artyom B. and his father, …": the owner is the person named right before "and"
        if re.fullmatch(r"[\s,]*(?:and|,)\s*", text[e : m.start()]):
            c.heads.add(converse)
