"""Figures in two units of one measure, and figures whose digits survived a changed magnitude or
unit (``trace/measures.py``): compared in one unit, flagged as changed, and linked."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism.trace import drift, identity, measures
from newsprism.trace.mentions import ClaimMention, Source


def _claim(article: int, value: float, unit: str | None, lang: str = "en") -> ClaimMention:
    src = Source(article, f"outlet{article}.example", None, None, lang, float(article))
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence="…", value=value, value_high=None,
        unit=unit, hedge="=", qualifier=None, about="grain", period=None, speaker=None,
        asserted_by="article", confidence=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("unit", "into", "expected"),
    [
        ("tonne", "kg", 1000.0),
        ("EUR/l", "EUR/m³", 1000.0),  # a denominator converts the other way
        ("km", "m", 1000.0),
        ("week", "day", 7.0),
        ("ha", "km²", 0.01),
    ],
)
def test_units_of_one_measure_convert(unit: str, into: str, expected: float) -> None:
    assert measures.factor(unit, into) == pytest.approx(expected)


@pytest.mark.parametrize(("a", "b"), [("tonne", "km"), ("EUR", "kg"), ("%", "%"), (None, "kg")])
def test_other_measures_do_not(a: str | None, b: str | None) -> None:
    assert measures.factor(a, b) is None
    assert measures.converted(5.0, a, b) == 5.0


def test_one_quantity_in_two_units_is_the_same_figure() -> None:
    a, b = _claim(1, 2.6, "tonne"), _claim(2, 2600, "kg", "ru")
    assert identity.value_agreement(a, b) == 1.0 and identity.unit_agreement(a, b) == 1.0
    assert drift.FIGURE_CHANGED not in {f.kind for f in drift.claim_flags(a, b)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ((2600, "tonne"), (2600, "kg")),  # the unit changed, the number kept
        ((2.37, "EUR/m³"), (2.37, "EUR/l")),  # per cubic metre became per litre
        ((14, "month"), (14, "week")),
        ((14200, None), (142000, None)),  # a digit too many
    ],
)
def test_a_kept_number_with_another_unit_or_magnitude_is_a_changed_figure(
    a: tuple[float, str | None], b: tuple[float, str | None]
) -> None:
    ma, mb = _claim(1, *a), _claim(2, *b)
    assert measures.same_digits(ma.value, ma.unit, mb.value, mb.unit)
    assert identity.value_agreement(ma, mb) < 0.3
    # as link evidence the shared digits count for more than the bare ratio
    assert identity.claim_features(ma, mb, 0.8, 0.6)["value"] == identity.SAME_DIGITS
    assert drift.FIGURE_CHANGED in {f.kind for f in drift.claim_flags(ma, mb)}


@pytest.mark.parametrize(("a", "b"), [(5.0, 50.0), (12.0, 13.0), (300.0, 2000.0), (7.0, 7.0)])
def test_digits_shared_by_chance_are_not_read(a: float, b: float) -> None:
    """One significant digit (5% and 50%) is shared by chance too often; one number in one
    unit is simply the same figure."""
    assert not measures.same_digits(a, "%", b, "%")


def test_a_slipped_magnitude_links_and_is_flagged(tmp_path: Path) -> None:
    """An outlet that wrote 142,000 for 14,200 inmates is found (outside the value span the
    index searches) and joins the claim's trace with "figure changed"."""
    from newsprism import api
    from newsprism.attribution.stage import article_from_text
    from newsprism.library import Library
    from newsprism.trace import catch_up, index
    from newsprism.trace.timeline import timeline

    texts = [
        "Prisons in Marvona held 14,200 inmates in October, the justice ministry said.",
        "The justice ministry says Marvona's prisons held 14,200 inmates in October.",
        "Marvona's prisons held 142,000 inmates in October, the justice ministry said.",
    ]
    with Library.open(tmp_path / "lib.sqlite") as lib:
        ids = []
        for n, text in enumerate(texts):
            article = api.analyse(article_from_text(text, "en"), stages=api.STORE_STAGES)
            meta = dataclasses.replace(
                article.metadata, site=f"s{n}.example", published=f"2026-11-0{n + 1}"
            )
            ids.append(lib.add(dataclasses.replace(article, metadata=meta)))
        catch_up(lib.conn)
        traces = [index.trace_of(lib.conn, "claim", i, 0) for i in ids]
        assert None not in traces and len(set(traces)) == 1
        trace = traces[0]
        assert trace is not None
        flags = timeline(lib.conn, trace).flags
    assert any(f.kind == drift.FIGURE_CHANGED and "142,000" in f.detail for f in flags)


def test_a_trace_is_matched_on_its_best_three_quarters() -> None:
    """One candidate of four that a figure matches badly (the other source's figure) does not
    keep it out of the trace; two of four do."""
    from newsprism.trace import index

    assert index.TOP_SHARE == 0.75
    assert index._top_mean([0.6, 0.5, 0.55, 0.0], index.TOP_SHARE) == pytest.approx(0.55)
    assert index._top_mean([0.6, 0.5, 0.0, 0.0], index.TOP_SHARE) < 0.4
    assert index._top_mean([0.3], index.TOP_SHARE) == 0.3
