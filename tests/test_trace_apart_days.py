"""Two mentions of one trace weeks apart are flagged only when they are one claim on their own
evidence: a trace's average can hold a figure of another event beside one it does not resemble
(twenty-fifth session).  Invented sentences."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsprism.trace import drift, identity
from newsprism.trace.mentions import ClaimMention, Source

DAY = 86400.0
MAY_2031 = datetime(2031, 5, 12, tzinfo=UTC).timestamp()


def _claim(article: int, value: float, at: float, sentence: str, **kw: object) -> ClaimMention:
    fields: dict[str, object] = {
        "claim_id": 0, "text": f"{value:,.0f}", "sentence": sentence, "value": value,
        "value_high": None, "unit": "resident", "hedge": "=", "qualifier": None,
        "about": "residents", "period": None, "speaker": None, "asserted_by": "article",
        "confidence": None,
    }  # fmt: skip
    fields.update(kw)
    src = Source(article, f"outlet{article}.example", None, None, "en", at)
    return ClaimMention(source=src, **fields)  # type: ignore[arg-type]


FLOOD = "The river authority said 1,400 residents of Brenholm had left their homes."
FIRE = "Firefighters moved 900 residents of the Ostvale hills to a school gym."


def _evidence(a: ClaimMention, b: ClaimMention, what: float, context: float) -> dict[str, float]:
    return identity.claim_features(a, b, what, context, None)


def _kinds(a: ClaimMention, b: ClaimMention, evidence: dict[str, float]) -> set[str]:
    return {f.kind for f in drift.claim_flags(a, b, None, evidence)}


def test_weeks_apart_and_unlike_is_no_changed_figure() -> None:
    flood = _claim(1, 1400, MAY_2031, FLOOD, names=("brnhlm",))
    fire = _claim(2, 900, MAY_2031 + 40 * DAY, FIRE, names=("stvl",))
    weak = _evidence(flood, fire, what=0.45, context=0.3)
    assert identity.pair_score(weak) < identity.SAME_CLAIM
    assert _kinds(flood, fire, weak) == set()
    # the same pair two days apart: the trace's company still counts, the figure is compared
    near = _claim(2, 900, MAY_2031 + 2 * DAY, FIRE, names=("stvl",))
    assert drift.FIGURE_CHANGED in _kinds(flood, near, _evidence(flood, near, 0.45, 0.3))


def test_weeks_apart_and_one_claim_is_still_flagged() -> None:
    first = _claim(1, 1400, MAY_2031, FLOOD, names=("brnhlm",))
    later = _claim(2, 1900, MAY_2031 + 30 * DAY, FLOOD.replace("1,400", "1,900"))
    later = _claim(2, 1900, MAY_2031 + 30 * DAY, later.sentence, names=("brnhlm",))
    strong = _evidence(first, later, what=0.95, context=0.9)
    assert identity.pair_score(strong) >= identity.SAME_CLAIM
    assert drift.FIGURE_CHANGED in _kinds(first, later, strong)


def test_the_check_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drift, "APART_DAYS", None)
    # the flag confidence reads the days apart too since the thirty-fourth session's refit,
    # and would hold this pair back on its own: asked for no confidence here
    monkeypatch.setattr(identity, "FLAG_SAME", None)
    flood = _claim(1, 1400, MAY_2031, FLOOD, names=("brnhlm",))
    fire = _claim(2, 900, MAY_2031 + 40 * DAY, FIRE, names=("stvl",))
    assert drift.FIGURE_CHANGED in _kinds(flood, fire, _evidence(flood, fire, 0.45, 0.3))
