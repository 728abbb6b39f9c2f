"""Names NER tagged as bodies or places that are words of a person's full name the article gives
(issue 12, thirty-third session): a given name used alone, one of two surnames, a surname or a
whole name in another spelling is that person; a family's man and woman, a place named like a
given name and a word two people share stay as they were.  Invented names."""

from __future__ import annotations

from newsprism.attribution.model import Entity
from newsprism.attribution.name_mentions import _relabel_people


def _per(start: int, text: str) -> Entity:
    words = text.split()
    return Entity(start, start + len(text), text, "PER", text, first=words[0], last=words[-1])


def _body(start: int, text: str, label: str = "ORG") -> Entity:
    return Entity(start, start + len(text), text, label, text)


def _relabelled(*entities: Entity) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.label, e.last) for e in _relabel_people(list(entities))]


def test_a_given_name_alone_tagged_a_body_is_the_person() -> None:
    got = _relabelled(_per(0, "Nurdaulet Sarsenov"), _body(200, "Nurdaulet"))
    assert got[1] == ("Nurdaulet", "PER", "Sarsenov")


def test_one_of_two_surnames_is_the_person() -> None:
    got = _relabelled(_per(0, "Rosa Quilla Apaza"), _body(300, "Quilla"))
    assert got[1] == ("Quilla", "PER", "Apaza")


def test_a_surname_in_another_spelling_is_the_person() -> None:
    got = _relabelled(_per(0, "Bakhodir Rustamov"), _body(150, "Baxodir Rustamov"))
    assert got[1][1] == "PER" and got[1][2] == "Rustamov"


def test_a_title_of_address_opens_no_body() -> None:
    (e,) = _relabel_people([_body(0, "Ms Tran Thi Mai Lan")])
    assert e.label == "PER" and e.normal == "Tran Thi Mai Lan" and e.last == "Lan"
    assert e.gender == "f"


def test_what_is_not_the_person_stays() -> None:
    # a man's surname and a woman's of one family
    got = _relabelled(_per(0, "Pavel Lozinsky"), _body(100, "Lozinskaya"))
    assert got[1][1] == "ORG"
    # a place named like the given name: only a body NER made of it is read as the person
    got = _relabelled(_per(0, "Jordan Pike"), _body(100, "Jordan", "LOC"))
    assert got[1][1] == "LOC"
    # a word two people of the article share settles nothing
    got = _relabelled(_per(0, "Inga Berzina"), _per(40, "Inga Ozola"), _body(100, "Inga"))
    assert got[2][1] == "ORG"
    # a body's own name
    got = _relabelled(_per(0, "Marek Novak"), _body(100, "Skoda Auto"))
    assert got[1][1] == "ORG"
