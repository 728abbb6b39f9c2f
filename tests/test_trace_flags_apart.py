"""Two counts in one trace are not a changed figure: two measures of two kinds ("12%" and "8
tonnes"), or a named past year's count beside one of the story's own time ("In 2019 the old pier
was rebuilt for €3.9 million" and this week's €4.8 million).  Invented sentences."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsprism.trace import drift, periods
from newsprism.trace.mentions import ClaimMention, Source

DAY = 86400.0
MARCH_2027 = datetime(2027, 3, 8, tzinfo=UTC).timestamp()


def _claim(article: int, value: float, at: float, **kw: object) -> ClaimMention:
    fields: dict[str, object] = {
        "claim_id": 0, "text": str(value), "sentence": "…", "value": value, "value_high": None,
        "unit": "EUR", "hedge": "=", "qualifier": None, "about": "repair cost",
        "period": None, "speaker": None, "asserted_by": "article", "confidence": None,
    }  # fmt: skip
    fields.update(kw)
    src = Source(article, f"outlet{article}.example", None, None, "en", at)
    return ClaimMention(source=src, **fields)  # type: ignore[arg-type]


def _kinds(a: ClaimMention, b: ClaimMention) -> set[str]:
    return {f.kind for f in drift.claim_flags(a, b)}


def test_two_measures_of_two_kinds_are_no_changed_figure() -> None:
    share = _claim(1, 12, MARCH_2027, unit="%", about="salt in the samples")
    tonnes = _claim(2, 8, MARCH_2027 + DAY, unit="tonne", about="salt spread")
    assert not _kinds(share, tonnes) & {drift.FIGURE_CHANGED, drift.SOURCES_DIFFER}
    # one measure in two units is still compared: 8 tonnes against 9,500 kg changed
    kilos = _claim(3, 9500, MARCH_2027 + DAY, unit="kg", about="salt spread")
    assert drift.FIGURE_CHANGED in _kinds(tonnes, kilos)


def test_a_past_years_count_is_no_changed_figure() -> None:
    now = _claim(1, 4_800_000, MARCH_2027)
    then = _claim(2, 3_900_000, MARCH_2027 + DAY, period="2019")
    assert drift.FIGURE_CHANGED not in _kinds(now, then)
    assert drift.FIGURE_CHANGED not in _kinds(then, now)
    # the story's own year, or two named years (a "period changed" instead), are compared
    this_year = _claim(3, 3_900_000, MARCH_2027 + DAY, period="2027")
    assert drift.FIGURE_CHANGED in _kinds(now, this_year)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("2019", None, True),
        (None, "2025 H1", True),
        ("2027", None, False),  # the articles' own year
        ("2019", "2027", False),  # two named years: "period changed" says it
        ("H1", None, False),  # no year named
        (None, None, False),
    ],
)
def test_past_against_now(a: str | None, b: str | None, apart: bool) -> None:
    assert periods.past_against_now(a, b, 2027, 2027) is apart
    assert periods.past_against_now(a, b, None, 2027) is False


def test_the_rules_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drift, "UNITS_APART", False)
    monkeypatch.setattr(drift, "PAST_APART", False)
    share = _claim(1, 12, MARCH_2027, unit="%")
    tonnes = _claim(2, 8, MARCH_2027 + DAY, unit="tonne")
    assert drift.FIGURE_CHANGED in _kinds(share, tonnes)
    now = _claim(3, 4_800_000, MARCH_2027)
    then = _claim(4, 3_900_000, MARCH_2027 + DAY, period="2019")
    assert drift.FIGURE_CHANGED in _kinds(now, then)
