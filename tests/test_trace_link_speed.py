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


def test_a_pairs_score_is_the_same_float_with_the_weights_read_once() -> None:
    a = _claim(1, 1200, "en", names=("krsk", "vlmr"), period="2025")
    b = _claim(2, 2100, "ru", names=("krsk",), speaker="Беск")
    weighed = identity.weighed_claim_features()
    for what, context, role in ((0.7, 0.5, None), (-0.1, 0.9, 0.62), (0.95, 0.2, 1.0)):
        want = identity.claim_match(a, b, what, context, role).score
        assert identity.claim_score(a, b, what, context, role, weighed) == want


def test_a_text_encoded_by_an_earlier_link_is_not_encoded_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import numpy as np

    from newsprism.trace import vectors

    encoded: list[str] = []

    def fake(texts: list[str]) -> np.ndarray:
        encoded.extend(texts)
        rows = np.array([[float(len(t)), float(sum(map(ord, t)) % 97), 1.0] for t in texts])
        return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)

    monkeypatch.setattr(vectors, "encode", fake)
    monkeypatch.setattr(vectors, "_remembered", type(vectors._remembered)())
    first = vectors.encode_once(
        ["Twelve were hurt.", "Двенадцать пострадали.", "Twelve were hurt."]
    )
    assert encoded == ["Twelve were hurt.", "Двенадцать пострадали."]
    second = vectors.encode_once(["Двенадцать пострадали.", "Forty homes flooded."])
    assert encoded[2:] == ["Forty homes flooded."]  # only the text no link has seen
    assert np.array_equal(second[0], first[1])  # the row the encoder gave, as it gave it
    assert np.array_equal(first[0], first[2])
    monkeypatch.setattr(vectors, "REMEMBERED", 1)
    vectors.encode_once(["Twelve were hurt."])
    assert len(vectors._remembered) == 1  # the oldest are forgotten


def test_a_mentions_stored_payload_is_the_one_asdict_gave() -> None:
    import json
    from dataclasses import asdict

    from newsprism.trace.mentions import QuoteMention

    claim = _claim(1, 38.5, "ru", names=("krsk",), owner=("nrdr",), role="kill", agent="мэрия")
    quote = QuoteMention(
        Source(2, "outlet2.example", None, None, "ru", 2.0),
        3, "direct", "«Мы справимся»", "Беск", None, "заявила", 0.8,
    )  # fmt: skip
    for m in (claim, quote):
        data = asdict(m)
        data.pop("source")
        assert index._payload(m) == json.dumps(data, ensure_ascii=False)


def test_a_quotes_word_query_does_not_depend_on_the_process() -> None:
    """Twelve of a quote's longest stems are searched; stems of one length used to come in the
    order of a set, which the process's string hashing decides, so one quote met other
    candidates from one run to the next."""
    import os
    import subprocess
    import sys

    quote = (
        "Spring floods washed out bridges across eleven remote valleys, stranded shepherds, "
        "drowned orchards, flooded cellars, closed schools, ruined harvests and wrecked fences"
    )
    code = f"from newsprism.trace import index; print(index._rare_words({quote!r}))"
    src = str(Path(index.__file__).resolve().parents[2])
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": src},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4", "5")
    }
    assert len(runs) == 1


def test_a_figure_pairs_value_agreement_is_remembered_with_the_switches_it_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The value feature is a pure function of the two values, ranges and units, remembered
    across links; the switches it reads are part of what it is remembered by."""
    copy, slip = _claim(1, 14200, "en", unit=None), _claim(2, 142000, "ru", unit=None)
    assert identity._value(copy, slip) == identity.SAME_DIGITS  # the same digits: a slip
    monkeypatch.setattr(identity, "SAME_DIGITS", None)
    assert identity._value(copy, slip) == identity.value_agreement(copy, slip) < 0.5
    euros, pounds = _claim(1, 45e6, "en", unit="EUR"), _claim(2, 38.5e6, "en", unit="GBP")
    assert identity._value(euros, pounds) == 1.0  # within the rough rates' tolerance
    monkeypatch.setattr(identity, "ROUGH_RATES", False)
    assert identity._value(euros, pounds) == 0.5
    assert identity.unit_agreement(euros, pounds) == 0.0
    assert (
        identity.unit_agreement(_claim(1, 50, "en", unit="cent"), _claim(2, 0.6, "en", unit="USD"))
        == 1.0
    )
