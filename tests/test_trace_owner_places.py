"""Whose count a figure is when no subject or possessor says it: a name joined to the subject
("the Brask fleet"), a Russian genitive name tagged as an adjective, and the place (or holder)
the figure's verb puts it in.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.trace import owners
from newsprism.trace.owners import counted_owner, owners_agree, owners_differ


def _owner(sentence: str, figure: str, language: str) -> tuple[str, ...]:
    at = sentence.index(figure)
    return counted_owner(sentence, at, at + len(figure), language)


def test_a_name_joined_to_the_subject_owns_the_count() -> None:
    brask = _owner("In October the Brask fleet landed 9,300 tonnes.", "9,300 tonnes", "en")
    helm = _owner("The Helmvik fleet landed 6,100 tonnes in October.", "6,100 tonnes", "en")
    assert brask and helm and owners_differ(brask, helm)


def test_a_russian_genitive_name_tagged_as_an_adjective_is_a_possessor() -> None:
    ru = _owner(
        "Трамвай Вельмара перевёз в 2025 году около 64 млн пассажиров.",
        "около 64 млн пассажиров",
        "ru",
    )
    en = _owner("Velmar's trams carried 64 million passengers in 2025.", "64 million", "en")
    assert ru and en and owners_agree(ru, en)


@pytest.mark.parametrize(
    ("sentence", "first", "second", "language"),
    [
        # two places' prices of one thing, each figure with its own place
        ("A kilo of apples costs €2.40 in Dornhall and €1.95 in Kessa.", "€2.40", "€1.95", "en"),
        (
            "В 2025 году через порт Ольвин прошли 8,3 тыс. судов, через порт Варден — 5,1 тыс.",
            "8,3 тыс. судов",
            "5,1 тыс.",
            "ru",
        ),
    ],
)
def test_two_places_counts_in_one_sentence_have_two_owners(
    sentence: str, first: str, second: str, language: str
) -> None:
    a, b = _owner(sentence, first, language), _owner(sentence, second, language)
    assert a and b and owners_differ(a, b)


def test_the_place_of_a_count_meets_its_translation() -> None:
    ru = _owner("В сентябре в Тармон прибыли 8 тыс. туристов.", "8 тыс. туристов", "ru")
    en = _owner("8,000 tourists arrived in Tarmon in September.", "8,000 tourists", "en")
    assert ru and en and owners_agree(ru, en)


def test_a_month_is_no_place_and_the_switch_turns_places_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _owner("In March 4,200 flats were sold.", "4,200 flats", "en") == ()
    monkeypatch.setattr(owners, "PLACES", False)
    assert _owner("В сентябре в Тармон прибыли 8 тыс. туристов.", "8 тыс. туристов", "ru") == ()


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The number of people injured in the tram crash has risen to 17, police said.", "17"),
        ("The number of people hurt in Sunday's gas blast has reached 40.", "40"),
    ],
)
def test_the_number_of_people_injured_counts_the_injured(sentence: str, figure: str) -> None:
    from newsprism.trace.roles import counted_role

    role = counted_role(sentence, figure, "en")
    assert role is not None and ("injure" in role or "hurt" in role)
