"""A rival's figure whose unit the claims stage carried over from the figure before it still
bonds as a rival by a verb of saying (forty-second session): the Russian claims stage gives «их
не меньше 900» at its clause's end the unit of «730 квартир», and the trace stage reads that
back (the rival's words are an amount alone, its unit that figure's)."""

from __future__ import annotations

import pytest
from test_trace_bonds import _bonded_values as _bonded

import newsprism.trace.bonds as bonds_module

_BEFORE = "По данным управления, без газа остались 730 квартир; в товариществе жильцов уверены, "


def test_the_rival_with_a_carried_unit_bonds_for_the_carried_unit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _BEFORE + "что их не меньше 900."
    assert _bonded(text, "ru") == [(730.0, 900.0)]
    # it bonds because the unit is read as carried: without that reading, it would not
    monkeypatch.setattr(bonds_module, "_carried_unit", lambda c, rivalled: False)
    assert _bonded(text, "ru") == []


@pytest.mark.parametrize(
    "tail",
    [
        # a unit of its own, another thing counted
        "что пострадали 40 коров.",
        # a unit of its own, named in the rival's words: not carried
        "что их не меньше 900 квартир.",
    ],
)
def test_a_unit_of_its_own_is_not_carried(tail: str) -> None:
    assert _bonded(_BEFORE + tail, "ru") == []
