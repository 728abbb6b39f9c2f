"""A figure restated in round numbers (``trace/rounding.py``): "about 400" for 410 is the same
figure, read by the hedge and the digits the rounder one keeps — not a changed figure."""

from __future__ import annotations

import pytest

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.trace import drift, rounding
from newsprism.trace.mentions import ClaimMention, Source


def _claim(article: int, value: float, unit: str | None, hedge: str = "=") -> ClaimMention:
    src = Source(article, f"outlet{article}.example", None, None, "en", 86400.0 * article)
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence="…", value=value, value_high=None,
        unit=unit, hedge=hedge, qualifier=None, about="farmland", period=None, speaker=None,
        asserted_by="article", confidence=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("value", "expected"), [(400, 100), (1_500_000, 100_000), (4.8, 0.1), (30, 10), (0, 0)]
)
def test_the_precision_is_the_last_significant_digit_as_written(
    value: float, expected: float
) -> None:
    assert rounding.step(value) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("rounded", "precise"),
    [
        ((400, "ha"), (410, "ha")),  # about 400 hectares: good to the hundred
        ((1_500_000, None), (1_460_000, None)),
        ((90_000_000, "EUR"), (86_000_000, "EUR")),  # nearly 90 million
        ((30, "mile/hour"), (48, "km/hour")),  # about 30 mph for 48 km/h, read in miles
        ((5, "cm"), (4.8, "cm")),
    ],
)
def test_about_a_round_number_covers_the_precise_figure(
    rounded: tuple[float, str], precise: tuple[float, str]
) -> None:
    r, p = _claim(1, *rounded, hedge="~"), _claim(2, *precise)
    assert rounding.restated(r, p) and rounding.restated(p, r)
    flags = {f.kind for f in drift.claim_flags(p, r)}
    assert drift.FIGURE_CHANGED not in flags


@pytest.mark.parametrize(
    ("rounded", "precise", "hedge"),
    [
        (40, 46, "~"),  # about 40 is 35-45: 46 is another figure
        (410, 400, "~"),  # as many digits as the other: not its rounding
        (200, 240, ">"),  # "more than 200" is a bound, not a rounding
        (20, 14, "<"),  # "up to 20" is a bound
        (400, 410, "="),  # no hedge: the outlet says 400, not about 400
    ],
)
def test_a_figure_outside_its_stated_precision_or_without_a_hedge_is_changed(
    rounded: float, precise: float, hedge: str
) -> None:
    r, p = _claim(1, rounded, None, hedge=hedge), _claim(2, precise, None)
    assert not rounding.restated(r, p)
    assert drift.FIGURE_CHANGED in {f.kind for f in drift.claim_flags(p, r)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials said about 400 hectares of farmland would be taken for the new road.", "en"),
        ("Под строительство дороги изымут около 400 гектаров сельскохозяйственных земель.", "ru"),
    ],
)
def test_the_claims_stage_hedge_reaches_the_rounding(text: str, lang: str) -> None:
    """The hedge the claims stage reads ("about", «около») is what marks the rounding."""
    article = analyse(article_from_text(text, lang))
    claim = next(c for c in article.claims if c.value == 400)
    src = Source(1, "a.example", None, None, lang, 0.0)
    rounded = ClaimMention(
        source=src, claim_id=claim.id, text=claim.text, sentence=text, value=claim.value,
        value_high=None, unit=claim.unit, hedge=claim.change, qualifier=None, about=None,
        period=None, speaker=None, asserted_by="article", confidence=None,
    )  # fmt: skip
    assert rounding.restated(rounded, _claim(2, 410, "ha"))
