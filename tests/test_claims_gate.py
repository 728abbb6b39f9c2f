"""CI quality gate for numeric claims: F1 floors on fixed sets of our own.

English: ``tests/fixtures/claims/gate_en.jsonl`` (50 sentences written for this gate).  Russian:
``benchmarks/data/ru_numbers.jsonl`` (257 sentences, both splits).  The floors sit a little under
the figures measured when they were pinned; a change that loses figures fails here.

Russian news: NEREL's annotated quantities in its ``dev`` folder (94 documents; our held-aside
*test* part, never developed on), read from ``../shared`` at run time through
``benchmarks/claims_nerel.py``; skipped where the shared data sets are absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.claims.score import f1_scores, predict

ROOT = Path(__file__).resolve().parent.parent
EN_SET = ROOT / "tests" / "fixtures" / "claims" / "gate_en.jsonl"
RU_SET = ROOT / "benchmarks" / "data" / "ru_numbers.jsonl"

#: (value, value+unit, value+qualifier) F1 floors; measured when pinned: en 98.3 / 96.6 / 96.6
#: (first run, before any rule was written against this set: 97.4 / 88.7 / 93.9), ru 99.4 / 98.3 /
#: 99.4 (the 45 held-out sentences alone: 96.6 / 92.1 / 96.6)
FLOORS = {
    "en": (96.0, 93.0, 93.0),
    "ru": (97.0, 95.0, 97.0),
}


def _load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.gate
@pytest.mark.parametrize(("language", "path"), [("en", EN_SET), ("ru", RU_SET)])
def test_claims_f1_floors(language: str, path: Path) -> None:
    data = _load(path)
    scores = f1_scores(
        [d["quantities"] for d in data],  # type: ignore[misc]
        [predict(str(d["text"]), language) for d in data],
    )
    got = tuple(round(scores[k][2], 1) for k in ("value", "value+unit", "value+qualifier"))
    print(language, got)
    for kind, value, floor in zip(
        ("value", "value+unit", "value+qualifier"), got, FLOORS[language], strict=True
    ):
        assert value >= floor, f"{language} {kind} F1 {value} fell below the floor {floor}"


#: value F1 on NEREL's held-aside part, claims only (the issue's goal is 92); measured 94.x when
#: pinned (96.6 after issue 13's second round; 92.0 over every annotated mention)
NEREL_VALUE_FLOOR = 92.0


@pytest.mark.gate
def test_nerel_value_floor() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import claims_nerel

    if not claims_nerel.NEREL.is_dir():
        pytest.skip("the shared data sets are not beside this checkout")
    result = claims_nerel.evaluate("test", claims_only=True)
    value_f1 = round(result["value"][2], 1)
    print("NEREL test value F1", value_f1)
    assert value_f1 >= NEREL_VALUE_FLOOR


def test_sets_are_ours_and_sizeable() -> None:
    en, ru = _load(EN_SET), _load(RU_SET)
    assert len(en) >= 50 and len(ru) >= 150
    assert sum(not d["quantities"] for d in ru) >= 20  # dates, ordinals, names: no figure


#: the fresh English set (177 sentences written for issue 13's rework, check-only: never
#: developed on), scored the NewsQuant way by ``benchmarks/claims_en.py``; measured 96.7 / 90.6
#: / 88.3 when pinned (96.1 / 86.0 / 87.6 before the rework)
FRESH_FLOORS = {"value": 95.0, "value+unit": 88.5, "value+change": 86.5}
#: the second fresh set (198 sentences written for issue 13's third round, check-only); measured
#: 97.3 / 92.3 / 92.7 when pinned (96.2 / 90.9 / 91.2 before that round's changes)
FRESH2_FLOORS = {"value": 95.5, "value+unit": 90.0, "value+change": 90.5}


#: GUM's 24 Wikinews news documents (real text, 765 sentences, annotated for issue 13's fourth
#: round, held out then, developed on since the fifth, half A by document); measured 92.6 / 87.3 /
#: 89.9 when pinned in the fifth round (87.6 / 81.3 / 83.4 before it); skipped where ``../shared``
#: is absent
GUM_FLOORS = {"value": 91.5, "value+unit": 86.0, "value+change": 88.5}


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "floors"),
    [("fresh", FRESH_FLOORS), ("fresh2", FRESH2_FLOORS), ("gum", GUM_FLOORS)],
)
def test_fresh_english_floors(name: str, floors: dict[str, float]) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import claims_en

    if name == "gum" and not (claims_en.DATASETS / "en-news-gum" / "xml").is_dir():
        pytest.skip("the shared data sets are not beside this checkout")
    data = claims_en.load_part(name, "check")
    # our own parts live in the repository, and GUM's sentences are there once its XML is: an
    # empty part is a broken loader, not a reason to skip the floor
    assert data, f"the {name} part loaded no sentences"
    scores = claims_en.score(
        data, [claims_en.newsprism_tagger(d["text"]) for d in data], average_ranges=False
    )
    for kind, floor in floors.items():
        assert scores[kind][2] >= floor, f"{name} {kind} F1 {scores[kind][2]:.1f} below {floor}"
