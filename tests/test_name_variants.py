"""One person spelt by two transliteration schemes is one speaker; two people of one family
name stay two.  Invented names only."""

from __future__ import annotations

import pytest

from newsprism.attribution.model import Entity
from newsprism.attribution.names import phonetic_key, same_name
from newsprism.attribution.speakers import People


def _person(start: int, name: str, gender: str | None = None) -> Entity:
    words = name.split()
    first, last = (words[0], words[-1]) if len(words) > 1 else (None, words[0])
    return Entity(start, start + len(name), name, "PER", name, first, None, last, gender)


def _clusters(*names: str | tuple[str, str]) -> int:
    people = People()
    pos = 0
    for n in names:
        name, gender = (n, None) if isinstance(n, str) else n
        people.add(_person(pos, name, gender))
        pos += 100
    return len(people.clusters)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Vasile Cioranu", "Vasily Choranu"),  # Romanian ci before a back vowel is ch
        ("Gheorghe Țăranu", "Georgy Taranu"),  # gh is a hard g; given name in two languages
        ("Gheorghe Dârțu", "Georgiy Durtsu"),  # ț is ts
        ("Victor Kolesnyk", "Viktor Kolesnik"),  # c is k before a consonant
        ("Pavlo Hrytsenko", "Pavel Gritsenko"),  # Ukrainian and Russian given names
        ("Oleksiy Chornovol", "Oleksii Tchornovol"),
    ],
)
def test_transliteration_variants_are_one_person(a: str, b: str) -> None:
    assert _clusters(a, b) == 1
    assert _clusters(b, a) == 1
    # a later bare surname joins the person too
    assert _clusters(a, b.split()[-1]) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ivan Petrenko", "Igor Petrenko"),  # brothers: given names share only an initial
        ("Oleg Marchuk", "Olga Marchuk"),  # a couple
        ("Mykola Petrenko", ("Nadiya Petrenkova", "f")),  # feminine form of the surname
        ("Serhiy Ivanov", ("Svitlana Ivanova", "f")),
        ("Taras Shevchenko", "Taras Shevchuk"),  # one consonant apart is another name
    ],
)
def test_different_people_stay_apart(a: str | tuple[str, str], b: str | tuple[str, str]) -> None:
    assert _clusters(a, b) == 2
    assert _clusters(b, a) == 2


def test_keys_fold_latin_spellings() -> None:
    assert phonetic_key("Ciobanu") == phonetic_key("Chobanu")
    assert phonetic_key("Marcu") == phonetic_key("Marku")
    # c before e / i stays ts: Tsibulko / Cibulko (Polish, Czech), not a k
    assert phonetic_key("Cibulko") == phonetic_key("Tsybulko")
    assert phonetic_key("Jackson") == phonetic_key("Jakson")
    assert not same_name("Marcu", "Martsu")


UKRAINIAN_PATRONYMIC = """The head of the State Service for Fisheries Resources Mykola Vasylovych \
Kravchenko said in an interview with a regional newspaper that the spawning ban would last until June.

Kravchenko added that inspectors had already found forty illegal nets this spring."""


def test_a_ukrainian_patronymic_after_an_office_is_part_of_the_name() -> None:
    from newsprism.attribution.stage import article_from_text
    from newsprism.pipeline import Pipeline

    article = Pipeline(["segment", "attribution"], strict=True)(
        article_from_text(UKRAINIAN_PATRONYMIC, "en")
    )
    named = {article.speaker(q.speaker).name for q in article.quotes if q.speaker is not None}
    assert named == {"Mykola Vasylovych Kravchenko"}
