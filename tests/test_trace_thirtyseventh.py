"""The thirty-seventh session's trace changes, each on invented English and Russian text in
wording no benchmark story uses: a speaker's name with a description set beside it keys by the
name (:func:`newsprism.trace.mentions.name_part`); a quote cut to a few words, or at a colon or
a comma before a clause of its own, is a part of the longer quote
(:func:`newsprism.trace.identity.contained`, :func:`~newsprism.trace.identity.quote_sentences`);
a round figure is no rounding of one far from it (:data:`newsprism.trace.rounding.ROUNDED_SHARE`);
a rival's figure given by any verb of saying or believing bonds with the count before it
(:data:`newsprism.trace.bonds.SPOKEN_RIVALS`)."""

from __future__ import annotations

import dataclasses

import pytest
from test_trace_bonds import _bonded_values as _bonded

from newsprism.trace import drift, identity, rounding
from newsprism.trace.mentions import ClaimMention, Source, same_speaker, speaker_key


@pytest.mark.parametrize(
    ("described", "plain"),
    [
        (
            "Marta Lindqvist, head of the harbour master's office at the port authority",
            "Марта Линдквист",
        ),
        ("the harbour master, Marta Lindqvist", "Marta Lindqvist"),
        ("Pyotr Garin (chief engineer of the depot)", "Пётр Гарин"),
    ],
)
def test_a_described_speaker_is_keyed_by_the_name(described: str, plain: str) -> None:
    assert speaker_key(described) == speaker_key(plain)
    assert same_speaker(described, plain)


def test_two_described_people_stay_two() -> None:
    assert not same_speaker(
        "Marta Lindqvist, head of the harbour master's office", "Olaf Brand, harbour master"
    )


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        # three content words: too few for the share of words, but in a row
        (
            "It was a deliberate fire",
            "The alarms were cut first. It was a deliberate fire: the doors were chained",
        ),
        ("Мы не сдадим дамбу", "Мы не сдадим дамбу, даже если вода поднимется ещё на метр"),
    ],
)
def test_a_few_words_in_a_row_are_a_part_of_the_quote(part: str, whole: str) -> None:
    assert identity.contained(part, whole) == 1.0


def test_the_same_few_words_out_of_order_are_not() -> None:
    """Three content words, not in a row: too few for the share of words to say anything."""
    whole = "Draining the canal is pointless, it fills again within a day."
    assert identity.contained("Draining the canal is pointless", whole) == 1.0
    assert identity.contained("Pointless is draining canal", whole) == 0.0


@pytest.mark.parametrize(
    ("quote", "clause"),
    [
        (
            "The lock gates are shut: nothing moves before Friday. We warned them.",
            "The lock gates are shut",
        ),
        (
            "Draining the canal is pointless, it fills again within a day. We need pumps.",
            "Draining the canal is pointless",
        ),
        (
            "Откачивать воду бесполезно, она возвращается за сутки. Нужны насосы.",
            "Откачивать воду бесполезно",
        ),
    ],
)
def test_a_colon_and_a_clause_of_its_own_part_a_quote(quote: str, clause: str) -> None:
    assert clause in identity.quote_sentences(quote)


def _figure(value: float, hedge: str = "=", source: str | None = None) -> ClaimMention:
    return ClaimMention(
        source=Source(1, "a.example", None, None, "en", None),
        claim_id=0,
        text=str(value),
        sentence="",
        value=value,
        value_high=None,
        unit="bus",
        hedge=hedge,
        qualifier=None,
        about=None,
        period=None,
        speaker=source,
        asserted_by=source,
        confidence=None,
    )


def test_a_hundred_is_no_rounding_of_68_but_of_96() -> None:
    hundred = _figure(100.0, "~")
    assert not rounding.restated(_figure(68.0), hundred)
    assert rounding.restated(_figure(96.0), hundred)
    # "about 400" for 410 as before
    assert rounding.restated(_figure(410.0), _figure(400.0, "~"))


def test_68_against_close_to_a_hundred_is_a_changed_figure() -> None:
    a = _figure(68.0, "=", "the inspectorate")
    b = dataclasses.replace(_figure(100.0, "~", "the parents' committee"), claim_id=1)
    b = dataclasses.replace(b, source=Source(2, "b.example", None, None, "en", None))
    kinds = {f.kind for f in drift.claim_flags(a, b)}
    assert kinds & {drift.FIGURE_CHANGED, drift.SOURCES_DIFFER}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "Some 1,150 sheep drowned when the river burst its banks, the farmers' cooperative "
            "said on Monday. The county veterinary office believes the real figure is nearer "
            "1,600.",
            "en",
            (1150.0, 1600.0),
        ),
        (
            "По данным управления, без газа остались 730 квартир; в товариществе жильцов "
            "уверены, что их не меньше 900.",
            "ru",
            (730.0, 900.0),
        ),
    ],
)
def test_a_rival_by_a_verb_of_saying_bonds(text: str, lang: str, pair: tuple[float, float]) -> None:
    assert _bonded(text, lang) == [pair]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the second figure counts something it names: another count, not a rival's
        (
            "Some 1,150 sheep drowned when the river burst its banks, the farmers' cooperative "
            "said. The county veterinary office believes 40 cattle died too.",
            "en",
        ),
        # a figure seen, not stated
        (
            "Some 1,150 sheep drowned, the farmers' cooperative said. Carcasses were seen in 12.",
            "en",
        ),
    ],
)
def test_a_figure_of_its_own_does_not_bond(text: str, lang: str) -> None:
    assert _bonded(text, lang) == []
