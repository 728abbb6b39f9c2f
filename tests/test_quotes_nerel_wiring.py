"""The Russian attribution benchmark's part wiring (forty-fifth session): the held-out part is
never in "all" or a half, and the part scored only this session joins the halves but gives no
row to any fit (``benchmarks/heldout.md``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import quotes_nerel as bench  # noqa: E402


def _doc(split: str) -> bench.Doc:
    return bench.Doc(name="ks34/gazeta_n2h:0", split=split, text="", quotes=[])


def test_held_out_part_is_outside_the_halves_and_the_fits() -> None:
    # ks45's wiring (HELD_OUT_SPLIT) is the labeller's: neither this session's held-out part nor
    # the one HELD_OUT_SPLIT names gives a row to a fit, and neither is in "all"'s halves
    assert "ks45" not in bench.DEV_HALVES
    assert not bench.fit_rows_allowed(_doc("ks45"))
    assert not bench.fit_rows_allowed(_doc(bench.HELD_OUT_SPLIT))


def test_second_check_joins_the_halves_but_no_fit() -> None:
    assert "ks44" in bench.DEV_HALVES
    assert bench.SCORED_ONLY == ("ks44",)
    assert not bench.fit_rows_allowed(_doc("ks44"))


def test_last_rounds_second_check_is_development_again() -> None:
    assert "ks43" in bench.DEV_HALVES
    assert bench.fit_rows_allowed(_doc("ks43"))
    assert bench.fit_rows_allowed(_doc("ks42"))


def test_fit_documents_take_no_scored_only_or_b_text(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [
        bench.Doc(name=f"ks34/gazeta_n2h:{i}", split=split, text="", quotes=[])
        for i in range(40)
        for split in ("ks43", "ks44", "ks45")
    ]
    monkeypatch.setattr(bench, "load", lambda base: list(docs))
    kept = bench.fit_documents()
    assert kept and all(d.split == "ks43" and bench.dev_half(d.name) == "devA" for d in kept)
