"""Whether an English source names a body (an organisation) rather than a person.

Translated news names a body by what it is — "the state enterprise", "the utility", "the
national energy company Ukrenergo", "the company Coral Shipping" — and puts the names of
companies in quotation marks ("Dagestanenergo" reported).  The source reader's default for a
head noun it does not know is an unnamed person ("the farmer"), and NER often tags a
transliterated company name as a person.  Here:

* a head noun is a body's when WordNet says so (:mod:`.org_nouns_data`, built from WordNet 3.0
  by :mod:`.org_nouns_build`) and it is not also a person noun;
* a name is a body's when the word right before it is such a noun ("the energy company
  Ukrenergo"; not "the company lawyer Andres Kull", where a person noun stands last) or when
  the whole name stands in quotation marks; never a name that starts with a given name ("the
  head of the city administration Andrii Besedin").
"""

from __future__ import annotations

from typing import Any

from .given_names import is_given_name
from .org_nouns_data import ORG_NOUNS
from .person_nouns_data import PERSON_NOUNS
from .roles import EN_ORGANIZATIONS

_QUOTES = '"“”«»„'


def body_noun(lemma: str) -> bool:
    """A singular head noun that names an organisation, not a person."""
    return (lemma in ORG_NOUNS or lemma in EN_ORGANIZATIONS) and lemma not in PERSON_NOUNS


def named_body(root: Any) -> bool:
    """Whether the proper-noun ``root`` of a source names a body: after a body noun, ending in
    one, or quoted."""
    if root.pos_ != "PROPN":
        return False
    doc = root.doc
    first = root
    while first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].pos_ == "PROPN":
        first = doc[first.i - 1]
    if is_given_name(first.text):
        return False  # "the head of the city administration Andrii Besedin": a person
    if first.i < root.i and root.is_title and body_noun(root.lower_):
        return True  # "The South Caucasus Railway": a name ending in a noun for a body
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.text in _QUOTES:
        after = doc[root.i + 1] if root.i + 1 < len(doc) else None
        return after is not None and after.text in _QUOTES
    return (
        before is not None
        and before.text.islower()
        and before.pos_ == "NOUN"
        and body_noun(before.lemma_.lower())
    )
