"""What keeps a link fast without changing what it decides: a speaker's quotes read by the
speaker's index, and a figure pair's score computed from the features that weigh."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.library import Library
from newsprism.trace import identity, index
from newsprism.trace.mentions import ClaimMention, Source


@pytest.mark.parametrize("window", [False, True])
def test_a_speakers_quotes_are_read_by_the_speakers_index(tmp_path: Path, window: bool) -> None:
    within, args = index._window(1.7e9 if window else None)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        plan = " ".join(
            str(row[3])
            for row in lib.conn.execute(
                "EXPLAIN QUERY PLAN " + index._speaker_quotes(within), ["kssl", *args, 1]
            )
        )
    assert "trace_mentions_speaker" in plan
    assert "TEMP B-TREE" not in plan  # the index gives the order: no sort of the rows


def _claim(article: int, value: float, lang: str, **kw: object) -> ClaimMention:
    fields: dict[str, object] = {
        "claim_id": 0, "text": str(value), "sentence": "…", "value": value, "value_high": None,
        "unit": "people", "hedge": "=", "qualifier": None, "about": "evacuated", "period": None,
        "speaker": None, "asserted_by": "article", "confidence": None,
    }  # fmt: skip
    fields.update(kw)
    src = Source(article, f"outlet{article}.example", None, None, lang, float(article))
    return ClaimMention(source=src, **fields)  # type: ignore[arg-type]


def test_a_pairs_score_is_the_same_float_without_the_features_that_weigh_nothing() -> None:
    pairs = [
        (_claim(1, 1200, "en", names=("krsk", "vlmr")), _claim(2, 2100, "ru", names=("krsk",))),
        (_claim(1, 45e6, "en", unit="EUR"), _claim(2, 38.5e6, "en", unit="GBP")),
        (
            _claim(1, 38, "en", period="2025 H1", speaker="Ilona Besk"),
            _claim(2, 41, "ru", period="2025", speaker="Беск", asserted_by="министерство"),
        ),
    ]
    for a, b in pairs:
        for what, context, role in ((0.7, 0.5, None), (-0.1, 0.9, 0.62), (0.95, 0.2, 1.0)):
            want = identity.claim_match(a, b, what, context, role).score
            assert identity.claim_score(a, b, what, context, role) == want
