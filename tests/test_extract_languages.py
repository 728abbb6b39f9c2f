"""``benchmarks/extraction_languages.py``: the written sets' pages pooled by language, per half,
totals only; the held-out set refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_languages as languages  # noqa: E402
import extraction_sets as sets  # noqa: E402

RUSSIAN = (
    "Городской совет во вторник утвердил новый порядок движения автобусов через мост. "
    "Изменения вступят в силу с понедельника, сообщили в пресс-службе мэрии. "
    "Жители окраин давно просили добавить утренние рейсы к заводу и больнице."
)
ENGLISH = (
    "The harbour board voted on Tuesday to keep the night ferry running through winter. "
    "The service had been due to stop in November after a fall in passengers. "
    "Islanders had collected more than two thousand signatures to keep it."
)


def _page(text: str) -> str:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in text.split(". ") if s.strip(". "))
    return f"<html><head><title>t</title></head><body><article>{paragraphs}</article></body></html>"


def test_pages_are_pooled_by_language_over_sets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, pairs in ((one, (("01", RUSSIAN), ("07", ENGLISH))), (two, (("02", RUSSIAN),))):
        folder.mkdir()
        for name, gold in pairs:
            (folder / f"{name}.html").write_text(_page(gold), "utf-8")
            (folder / f"{name}.txt").write_text(gold, "utf-8")
    monkeypatch.setattr(sets, "written40_dir", lambda: one)
    monkeypatch.setattr(sets, "written39_dir", lambda: two)
    # the part "fresh" names every page of a halved set: the two Russian pages of both sets pool
    n, got = languages.pooled(["written40", "written39"], sets.FRESH, "ru")
    assert n == 2
    assert got["newsprism"] is not None and got["newsprism"][0] > 0.9
    assert set(got) == set(languages.COLUMNS)
    n, got = languages.pooled(["written40", "written39"], sets.FRESH, "en")
    assert n == 1


def test_the_held_out_set_is_refused() -> None:
    held_out = sets.FRESH_SETS[0]
    assert held_out not in languages.WRITTEN
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "extraction_languages.py"), "--sets", held_out],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 2 and "held out this round" in run.stderr
