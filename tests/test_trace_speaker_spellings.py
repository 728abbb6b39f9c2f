"""One person whose name two outlets spell two ways is no change of speaker (twenty-eighth
session, ``mentions.same_speaker``): a name's consonant key loses or changes one letter between
spellings (a silent final letter, an "h" written «г», a German "ch" written «х»), two people of
one story differ by more.  Invented names."""

from __future__ import annotations

import pytest

from newsprism.trace import drift, mentions
from newsprism.trace.mentions import QuoteMention, Source, same_speaker


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Karl Lindgaard", "Карл Линдгор"),  # a silent final letter
        ("Pavel Hordiyenko", "Павел Гордиенко"),  # Ukrainian "h", Russian «г»
        ("Olena Hrytsenko", "Олена Грыценко"),
        ("Ivan Petrov", "Петрова"),  # one key: the same as before
    ],
)
def test_one_person_spelt_two_ways(a: str, b: str) -> None:
    assert same_speaker(a, b) and same_speaker(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Oleg Markov", "Oleg Markin"),  # short keys one letter apart: two people
        ("Maria Kovalenko", "Maria Kovalchuk"),
        ("Taras Shevchenko", "Ivan Shevchuk"),  # one letter apart, two first names
        ("Karl Lindgaard", "Линдгор"),  # no first name to agree: the keys alone
        ("Pavel Hordiyenko", "Pavel Horbenko"),
        ("Ivan Petrov", None),
        (None, None),
    ],
)
def test_two_people(a: str | None, b: str | None) -> None:
    assert not same_speaker(a, b)


def _quote(article_id: int, speaker: str) -> QuoteMention:
    source = Source(article_id, f"o{article_id}.example", None, None, "en", None)
    return QuoteMention(source, 0, "direct", "We will rebuild the pier.", speaker, None, None, None)


def test_a_respelt_speaker_is_not_flagged_and_another_is(monkeypatch: pytest.MonkeyPatch) -> None:
    first = _quote(1, "Karl Lindgaard")
    assert drift.quote_flags(first, _quote(2, "Карл Линдгор")) == []
    (flag,) = drift.quote_flags(first, _quote(3, "Oleg Markin"))
    assert flag.kind == drift.SPEAKER_CHANGED
    monkeypatch.setattr(mentions, "SPELLINGS_MIN", None)  # keys alone, as before
    (flag,) = drift.quote_flags(first, _quote(2, "Карл Линдгор"))
    assert flag.kind == drift.SPEAKER_CHANGED
