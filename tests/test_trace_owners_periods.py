"""Whose count a figure is (the parse), which periods contradict, and how the two can hold a
trace's "figure changed" flags apart.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.trace import drift, identity
from newsprism.trace.mentions import ClaimMention, Source, period_key
from newsprism.trace.owners import counted_owner, owners_differ
from newsprism.trace.periods import conflict


@pytest.mark.parametrize(
    ("a", "b", "contradict"),
    [
        ("2025", "2026 H1", True),
        ("2026 Q3", "2026 Q2", True),
        ("2025 H1", "2025", True),  # a half-year's count and the year's
        ("H1", "2026 H1", False),  # a part without its year: the same part of a named year
        ("since 2022", "2024", False),
        ("2024 M03", "M03", False),
        (None, "2025", False),
        ("W", "M03", True),  # a week's count is not the month's
        ("W", "2026 Q1", True),
        ("M", "2026 M03", False),  # "in its first month" may be March
        ("M", "2026 Q1", True),
        ("Y", "2025", False),  # "last year" may be 2025
        ("Y", "2025 H1", True),
        ("YTD", "W", False),
    ],
)
def test_which_periods_contradict(a: str | None, b: str | None, contradict: bool) -> None:
    assert conflict(a, b) is contradict
    assert conflict(b, a) is contradict


@pytest.mark.parametrize(
    ("when", "sentence", "key"),
    [
        ("in its first week", None, "W"),
        ("за первую неделю", None, "W"),
        ("last month", None, "M"),
        ("за месяц", None, "M"),
        ("last year", None, "Y"),
        ("в прошлом году", None, "Y"),
        ("a year earlier", None, None),  # a comparison, not the figure's period
        ("so far this year", None, "YTD"),
        ("the first three months", None, "Q1"),
        ("the first week of March", None, "W M03"),
        # a week that ends on a date: the claims stage gives the date, the sentence the week
        ("April 12", "In the week to April 12 the depot shipped 3,100 crates.", "W"),
        ("Friday", "Sales in the week ending Friday reached 870 units.", "W"),
        ("до 12 апреля", "За неделю до 12 апреля склад отгрузил 3,1 тыс. ящиков.", "W"),
        (
            "в пятницу",
            "За неделю, завершившуюся в пятницу, продано 870 штук.",
            "W",
        ),
        ("April 12", "The depot shipped 3,100 crates on April 12.", "M04"),
    ],
)
def test_weeks_months_and_years_without_a_date_are_periods(
    when: str, sentence: str | None, key: str | None
) -> None:
    assert period_key(when, sentence) == key


def _owner(sentence: str, figure: str, language: str) -> tuple[str, ...]:
    at = sentence.index(figure)
    return counted_owner(sentence, at, at + len(figure), language)


def test_whose_count_is_read_from_the_parse_in_both_languages() -> None:
    en = "Larsen Homes sold 12,000 houses in 2025, while Oddvik sold 9,000 houses."
    ru = "Продажи «Оддвика» составили 9 тыс. домов."
    larsen, oddvik = _owner(en, "12,000 houses", "en"), _owner(en, "9,000 houses", "en")
    assert larsen and oddvik and owners_differ(larsen, oddvik)
    # the genitive owner in Russian gives the same key as the English name
    oddvik_ru = _owner(ru, "9 тыс. домов", "ru")
    assert oddvik_ru and not owners_differ(oddvik, oddvik_ru)
    assert _owner("Its profit rose to 3 billion.", "3 billion", "en") == ()


def _claim(article: int, value: float, **kw: object) -> ClaimMention:
    fields: dict[str, object] = {
        "claim_id": 0, "text": str(value), "sentence": "…", "value": value, "value_high": None,
        "unit": None, "hedge": "=", "qualifier": None, "about": "houses sold", "period": None,
        "speaker": None, "asserted_by": "article", "confidence": None,
    }  # fmt: skip
    fields.update(kw)
    src = Source(article, f"outlet{article}.example", None, None, "en", float(article))
    return ClaimMention(source=src, **fields)  # type: ignore[arg-type]


def test_owners_and_periods_are_evidence_and_can_hold_back_a_changed_figure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    larsen, oddvik = _claim(1, 12000, owner=("lrsn",)), _claim(2, 9000, owner=("dvk",))
    f = identity.claim_features(larsen, oddvik, 0.8, 0.7)
    assert f["owner_differ"] == 1.0 and f["owner_same"] == 0.0
    f = identity.claim_features(larsen, _claim(3, 12500, owner=("lrsn",)), 0.8, 0.7)
    assert f["owner_same"] == 1.0 and f["owner_differ"] == 0.0
    year, half = _claim(1, 12000, period="2025"), _claim(2, 5000, period="2025 H1")
    assert identity.claim_features(year, half, 0.8, 0.7)["period_conflict"] == 1.0
    assert drift.PERIOD_CHANGED in {f.kind for f in drift.claim_flags(year, half)}
    # the gates: two owners' counts, or two periods', are not a changed figure
    for gate, (a, b) in (("OWNER_GATE", (larsen, oddvik)), ("PERIOD_GATE", (year, half))):
        monkeypatch.setattr(identity, gate, False)
        assert drift.FIGURE_CHANGED in {f.kind for f in drift.claim_flags(a, b)}
        monkeypatch.setattr(identity, gate, True)
        assert drift.FIGURE_CHANGED not in {f.kind for f in drift.claim_flags(a, b)}


def test_a_weeks_figure_against_the_months_is_a_changed_period_in_both_languages() -> None:
    en = "In the week to April 5 the fleet landed 4,100 tonnes."
    ru = "За неделю, завершившуюся в воскресенье, флот выловил 4,1 тыс. тонн."
    week_en = _claim(1, 4100, period=period_key("April 5", en))
    week_ru = _claim(2, 4100, period=period_key("в воскресенье", ru))
    month = _claim(3, 17400, period=period_key("in March 2026"))
    assert drift.PERIOD_CHANGED in {f.kind for f in drift.claim_flags(week_en, month)}
    assert drift.PERIOD_CHANGED in {f.kind for f in drift.claim_flags(week_ru, month)}
    assert drift.PERIOD_CHANGED not in {f.kind for f in drift.claim_flags(week_en, week_ru)}


def test_one_figure_per_trace_per_article_when_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``ONE_PER_ARTICLE`` (chosen by the cross-validation since this session), two figures of
    one article share a trace only when they are one figure; each gets the best trace left."""
    from newsprism.trace import index

    larsen, oddvik = _claim(5, 12000), _claim(5, 9000, claim_id=1)
    again = _claim(5, 12000, claim_id=2)  # the lede's figure repeated in the body
    scores = {0: {7: 0.9, 8: 0.5}, 1: {7: 0.8, 8: 0.6}, 2: {7: 0.85}}
    monkeypatch.setattr(
        index, "_trace_scores", lambda conn, kind, m, vecs, role=None, **kw: scores[m.claim_id]
    )
    claims, vecs = [larsen, oddvik, again], [[None, None]] * 3
    monkeypatch.setattr(index, "ONE_PER_ARTICLE", False)
    assert [j and j[0] for j in index._claim_traces(None, claims, vecs, [None] * 3)] == [7, 7, 7]
    monkeypatch.setattr(index, "ONE_PER_ARTICLE", True)
    assert [j and j[0] for j in index._claim_traces(None, claims, vecs, [None] * 3)] == [7, 8, 7]
