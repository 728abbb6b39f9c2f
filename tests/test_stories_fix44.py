"""Stories, forty-fourth session (fix-stories): a count given again read from a headline that
gives it in words ("three hurt") or without a counted noun ("Five now injured", "412 were
aboard"): the claims stage's number words, and the state of a happening's people beside the
figure (``revised._state_beside``)."""

from __future__ import annotations

import pytest

from newsprism.claims import extract
from newsprism.stories import match, revised
from newsprism.stories.features import fingerprints
from newsprism.stories.revised import headline_counts, may_count

THURSDAY_9 = 1_791_457_200.0  # Thursday 2026-10-08 09:00 UTC
HOUR = 3600.0

# Written for these tests: a gas blast at a block of flats told on Thursday morning, its count of
# injured given again on Friday in words; a quarry flood whose trapped workers are counted again
BLAST_EN = (
    "Gas blast rips through Sheffield flats, two hurt",
    "Two residents were taken to hospital after a gas explosion tore through a block of flats in "
    "the Park Hill area of Sheffield on Thursday morning, South Yorkshire Fire and Rescue said. "
    "Forty households were moved out while engineers made the building safe.",
)
BLAST_AGAIN_EN = (
    "Six now injured after Sheffield flats gas explosion, fire service says",
    "South Yorkshire Fire and Rescue said six people had been treated for injuries after the gas "
    "explosion at the Park Hill flats in Sheffield, four more than first reported. Engineers from "
    "the gas network are still checking the block's supply pipes.",
)
BLAST_FEWER_EN = (
    "One still in hospital after Sheffield flats gas explosion",
    "One resident remains in hospital after the gas explosion at the Park Hill flats in Sheffield, "
    "South Yorkshire Fire and Rescue said. Engineers from the gas network are still checking the "
    "block's supply pipes.",
)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Gas blast rips through Sheffield flats, two hurt", (("hurt", 2.0),)),
        ("Six now injured after Sheffield flats gas explosion", (("injured", 6.0),)),
        ("Ferry operator says 230 were aboard when engine caught fire", (("aboard", 230.0),)),
        ("Twelve feared dead as boat capsizes off Lampedusa", (("dead", 12.0),)),
        ("Quarry flood: nine trapped, 14 rescued", (("rescued", 14.0), ("trapped", 9.0))),
        ("Взрыв газа в Самаре: пострадали трое", (("people", 3.0),)),
        ("В Липецке после взрыва газа эвакуированы 140", (("эвакуировать", 140.0),)),
        ("Под Тверью перевернулся автобус, ранены 11", (("ранить", 11.0),)),
    ],
)
def test_a_count_in_words_or_without_a_noun_is_read(
    headline: str, expected: tuple[tuple[str, float], ...]
) -> None:
    assert headline_counts(headline) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "One year on, Sheffield remembers the Park Hill blast",  # a measure of time
        "Four hours in a stuck lift: residents describe their ordeal",  # a measure
        "Three charged after Sheffield flats gas explosion",  # an aftermath
        "Two sold as council auctions Park Hill garages",  # a state of no happening's people
        "Sheffield flats blast: residents return home",  # no figure at all
        "Три часа в лифте: жильцы рассказали о взрыве",  # a measure
    ],
)
def test_no_count_of_a_happening_s_people(headline: str) -> None:
    assert headline_counts(headline) == ()


def test_the_cheap_test_reads_number_words() -> None:
    assert may_count("Gas blast rips through Sheffield flats, two hurt")
    assert may_count("Взрыв газа в Самаре: пострадали трое")
    assert may_count("Flood in Leeds: 40 homes evacuated")
    assert not may_count("Sheffield flats blast: residents return home")
    assert not may_count("Жильцы вернулись в дом после взрыва газа")
    assert not may_count(None)


def test_a_headline_without_a_figure_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The claims stage's parse is costly: a headline with neither a digit nor a number word
    never reaches it."""

    def refuse(*_: object) -> list[object]:
        raise AssertionError("parsed")

    monkeypatch.setattr(extract, "find_quantities", refuse)
    assert headline_counts("Sheffield flats blast: residents return home") == ()


def test_a_count_in_words_given_again_says_nothing_against_the_first_day() -> None:
    first, again, fewer = fingerprints(
        [BLAST_EN, BLAST_AGAIN_EN, BLAST_FEWER_EN],
        [THURSDAY_9, THURSDAY_9 + 26 * HOUR, THURSDAY_9 + 26 * HOUR],
    )
    assert match.day_evidence(first, again) == 0
    assert match.day_evidence(again, first) == 0
    # fewer a day later is not the count given again
    assert match.day_evidence(first, fewer) == -1


def test_without_the_states_the_days_part_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before this session the same pair was parted by its days: the state is what counts."""
    monkeypatch.setattr(revised, "STATES", False)
    first, again = fingerprints([BLAST_EN, BLAST_AGAIN_EN], [THURSDAY_9, THURSDAY_9 + 26 * HOUR])
    assert match.day_evidence(first, again) == -1
