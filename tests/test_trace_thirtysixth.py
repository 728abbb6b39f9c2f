"""The thirty-sixth session's trace changes: «, а также» ("and also") adds a count and is no cut
before a rival's clause (:data:`newsprism.trace.bonds._CLAUSE_CUT`)."""

from __future__ import annotations

import pytest
from test_trace_bonds import _bonded_values as _bonded


@pytest.mark.parametrize(
    "text",
    [
        # a second count of another thing, given by the same body: «насчитали» after «а также»
        # is no rival's verb for the first figure
        "Спасатели эвакуировали 320 жителей, сообщили в МЧС, а также насчитали 250 домов без "
        "света.",
        "В порту задержаны 1240 контейнеров, сообщили в администрации порта, а также назвали 980 "
        "грузовиков в очереди.",
    ],
)
def test_and_also_adds_a_count_and_does_not_bond(text: str) -> None:
    assert _bonded(text, "ru") == []


def test_a_rival_after_a_plain_a_still_bonds() -> None:
    """«, а» before another body's verb of counting still opens a rival's clause."""
    text = "Без света остаются 420 домов, сообщили в энергокомпании, а в мэрии называют 300 домов."
    assert _bonded(text, "ru") == [(420.0, 300.0)]
