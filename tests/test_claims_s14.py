"""The fourteenth session's claims mechanisms, on invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def units(sentence: str, language: str = "en") -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plural number agrees with a plural head: the word in -s after a singular noun is
        # that head, not a verb
        (
            "Investigators seized 40,000 phone records from the carrier in March.",
            [(40000, "phone record")],
        ),
        (
            "The agency lost more than 3 million background check records last year.",
            [(3e6, "background check record")],
        ),
        # one thing: the verb in -s stays a verb
        ("One phone records every call in the building.", []),
    ],
)
def test_a_plural_head_after_a_singular_noun(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert units(sentence) == expected
