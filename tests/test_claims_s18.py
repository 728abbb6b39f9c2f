"""The eighteenth session's claims mechanisms, on invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def read(sentence: str) -> list[tuple[float, float | None, str | None, str]]:
    return [(q.value, q.value_high, q.unit, q.change) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a number above one agrees with a plural head: a singular word before modifiers that
        # end in a plural noun is one more modifier, not what is counted
        (
            "She lists her 7 favorite hiking trails in the park.",
            [(7, None, "favorite hiking trail", "=")],
        ),
        (
            "The book collects 20 quick and simple knitting patterns for beginners.",
            [(20, None, "quick and simple knitting pattern", "=")],
        ),
        ("The firm kept 40 loyal paying customers.", [(40, None, "loyal paying customer", "=")]),
        # nothing changes where the head comes straight after the number or its adjective
        ("They built 12 public housing units.", [(12, None, "public housing unit", "=")]),
        # a year's noun is dated, not counted, however long the phrase
        ("Members want to clear their 2021-2022 session to-do lists.", []),
        # one agrees with a singular: no plural head is looked for
        ("She named one favorite hiking spot.", []),
    ],
)
def test_plural_head_after_modifiers(
    sentence: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title cited in running prose: its number counts nothing
        ("She recommends 6 Reasons To Love Your Commute to every new hire.", []),
        ("She read 10 Reasons To Visit Leeds before the trip.", []),
        # a name in capitals has no word prose writes in lower case: the count stays
        (
            "Police said 5 New York Police officers were hurt.",
            [(5, None, "new york police officer", "=")],
        ),
        # a headline in title case is read as any sentence
        ("5 Ways To Sleep Better Tonight", [(5, None, "way", "=")]),
    ],
)
def test_titles_cited_in_prose(
    sentence: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert read(sentence) == expected
