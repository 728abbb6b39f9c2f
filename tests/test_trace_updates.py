"""An owner's own later figure is an update, not drift: the health ministry's toll of 23 on
Monday and its 41 on Wednesday are shown as "updated", while an outlet that restates the toll
with another number and no source, or on the same day, still gets "figure changed"."""

from __future__ import annotations

import pytest
from trace_samples import claim_mention, flag_kinds

from newsprism.trace import drift, identity

DAY = 86400.0


_claim = claim_mention
_kinds = flag_kinds


@pytest.mark.parametrize(
    ("earlier", "later", "lang"),
    [
        ("the health ministry", "the health ministry", "en"),
        ("the health ministry", "министерство здравоохранения", "ru"),
        ("Mayor Anna Kessler", "Кесслер", "ru"),
    ],
)
def test_one_sources_figure_on_a_later_day_is_an_update(
    earlier: str, later: str, lang: str
) -> None:
    monday = _claim(1, 23, 0.0, asserted_by=earlier)
    wednesday = _claim(2, 41, 2 * DAY, lang, asserted_by=later)
    kinds = _kinds(monday, wednesday)
    assert drift.UPDATED in kinds
    assert drift.FIGURE_CHANGED not in kinds and drift.SOURCES_DIFFER not in kinds
    detail = next(f.detail for f in drift.claim_flags(monday, wednesday) if f.kind == drift.UPDATED)
    assert "23" in detail and "41" in detail


def test_a_fall_is_an_update_too() -> None:
    """Homes without water: 41,000 on Monday, about 9,000 on Friday, both from the city."""
    monday = _claim(1, 41000, 0.0, asserted_by="the city administration")
    friday = _claim(
        2, 9000, 4 * DAY, "ru", hedge="~", asserted_by="администрация города", qualifier="около"
    )
    kinds = _kinds(monday, friday)
    assert drift.UPDATED in kinds and drift.FIGURE_CHANGED not in kinds
    assert drift.HEDGE_ADDED in kinds  # what else changed is still said


def test_not_an_update() -> None:
    ministry = _claim(1, 23, 0.0, asserted_by="the health ministry")
    # the same day: two outlets' readings of one announcement, one of them wrong
    same_day = _claim(2, 32, 3 * 3600.0, asserted_by="the health ministry")
    assert drift.FIGURE_CHANGED in _kinds(ministry, same_day)
    assert drift.UPDATED not in _kinds(ministry, same_day)
    # a later outlet's own statement: no source gives the new figure
    own = _claim(3, 41, 2 * DAY)
    assert drift.FIGURE_CHANGED in _kinds(ministry, own) and drift.UPDATED not in _kinds(
        ministry, own
    )
    # another source's count later on: two sources, not an update
    parents = _claim(4, 60, 2 * DAY, asserted_by="the parents' association")
    kinds = _kinds(ministry, parents)
    assert drift.SOURCES_DIFFER in kinds and drift.UPDATED not in kinds
    # the same figure again: nothing changed
    again = _claim(5, 23, 2 * DAY, asserted_by="the health ministry")
    assert not _kinds(ministry, again) & {drift.UPDATED, drift.FIGURE_CHANGED}
    # an earlier figure is no update of a later one (the order is the mentions')
    assert drift.UPDATED not in _kinds(
        _claim(6, 41, 2 * DAY, asserted_by="the health ministry"),
        _claim(7, 23, 0.0, asserted_by="the health ministry"),
    )


def test_updates_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity, "UPDATES", False)
    monday = _claim(1, 23, 0.0, asserted_by="the health ministry")
    wednesday = _claim(2, 41, 2 * DAY, asserted_by="the health ministry")
    kinds = _kinds(monday, wednesday)
    assert drift.UPDATED not in kinds and drift.FIGURE_CHANGED in kinds


def test_a_slipped_magnitude_is_no_update() -> None:
    """14,200 inmates printed as 142,000 a day later, still the justice ministry's: a copying
    slip (the same digits at another magnitude), so "figure changed", not an update."""
    monday = _claim(1, 14200, 0.0, asserted_by="the justice ministry")
    tuesday = _claim(2, 142000, DAY, asserted_by="the justice ministry")
    kinds = _kinds(monday, tuesday)
    assert drift.FIGURE_CHANGED in kinds and drift.UPDATED not in kinds
    # a revision with other digits stays an update
    assert drift.UPDATED in _kinds(monday, _claim(3, 15100, DAY, asserted_by="the ministry"))
