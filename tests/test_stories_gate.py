"""Quality floors for stories, on the test halves of benchmarks/stories.py (a few seconds).

Our own set is in the repository; the tgcontest gate runs when ../shared is beside the clone.
Two levels (``newsprism.stories.match.LEVELS``): the floors set on our own set and tgcontest
were set at the threshold fitted with the weights on them, now the "running" level's, and are
held there (they guard the combiner); the real-text parts are held at the "happening" level
(the default), whose threshold was chosen on real text.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "stories_bench", ROOT / "benchmarks" / "stories.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["stories_bench"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sets(bench: ModuleType) -> dict[str, object]:
    return {ds.name: ds for ds in bench.load_sets()}


@pytest.fixture(scope="module")
def prints(bench: ModuleType) -> object:
    return bench.Prints()  # fingerprints shared by the gates: each article is encoded once


def at_level(ds: object, level: str) -> object:
    return dataclasses.replace(ds, level=level)  # type: ignore[type-var]


def f1_on_test(
    bench: ModuleType, sets: dict[str, object], prints: object, name: str, level: str = "running"
) -> float:
    if name not in sets:
        # our own set is in the repository: a missing part of it is a broken loader, not a skip
        assert not name.startswith("own"), f"{name} did not load from benchmarks/data"
        pytest.skip(f"{name} is not available here")
    ds = at_level(sets[name], level)
    _, test = bench.split(ds)
    _, pred = bench.ours(ds, test, prints)
    return float(bench.prf(pred, [p.label for p in test])[2])


def found_and_joined(pred: list[bool], test: list[Any]) -> tuple[int, int]:
    """How many same-story pairs were called the same story (found), and how many other pairs
    were (joined)."""
    found = sum(1 for x, p in zip(pred, test, strict=True) if x and p.label)
    joined = sum(1 for x, p in zip(pred, test, strict=True) if x and not p.label)
    return found, joined


def roc_auc(scores: list[float], gold: list[int]) -> float:
    """The share of (same, other) pairs the score orders right, ties counting half."""
    same = [s for s, g in zip(scores, gold, strict=True) if g]
    other = [s for s, g in zip(scores, gold, strict=True) if not g]
    right = sum((a > b) + 0.5 * (a == b) for a in same for b in other)
    return right / (len(same) * len(other))


def pooled_f1(bench: ModuleType, sets: dict[str, object], prints: object, prefix: str) -> float:
    """F1 over the en-en, ru-ru and en↔ru test pairs of one part together."""
    pred: list[bool] = []
    gold: list[int] = []
    for lang in ("en-en", "ru-ru", "en-ru"):
        ds = at_level(sets[f"{prefix} {lang}"], "running")
        _, test = bench.split(ds)
        pred += bench.ours(ds, test, prints)[1]
        gold += [p.label for p in test]
    return float(bench.prf(pred, gold)[2])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("own rewritten copies", 0.95),
        ("own en-ru", 0.80),
        ("own ru-ru", 0.80),
    ],
)
def test_own_set_floors(
    bench: ModuleType, sets: dict[str, object], prints: object, name: str, floor: float
) -> None:
    assert f1_on_test(bench, sets, prints, name) >= floor


@pytest.mark.gate
def test_own_same_story_pairs_pooled_floor(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    """en-en, ru-ru and en↔ru together: the English half alone has 4 positive test pairs, where
    one pair moves F1 by 0.1-0.2, too coarse for a floor of its own."""
    assert pooled_f1(bench, sets, prints, "own") >= 0.85


@pytest.mark.gate
def test_tgcontest_russian_floor(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    if not bench.SHARED.exists():
        pytest.skip("../shared is not beside this clone")
    assert f1_on_test(bench, sets, prints, "tgcontest ru-ru") >= 0.80


@pytest.mark.gate
def test_own_fresh_part_floors(bench: ModuleType, sets: dict[str, object], prints: object) -> None:
    """The fresh part of our own set (look-alike events in one city or by the same actors weeks
    apart), held out when it was written: 0.762 pooled when set (TF-IDF 0.548); the floor keeps a
    margin of one or two pairs.  Not to be developed on."""
    assert pooled_f1(bench, sets, prints, "own fresh") >= 0.72
    assert f1_on_test(bench, sets, prints, "own fresh rewritten copies") >= 0.95


@pytest.mark.gate
def test_own_second_fresh_part_floor(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    """Part 5 of our own set (Baltic cables, the Louvre, western Turkish earthquakes), written
    after the December 2026 changes and held out for the next round: 0.857 pooled when set
    (TF-IDF 0.621).  Not to be developed on."""
    assert pooled_f1(bench, sets, prints, "own fresh2") >= 0.80


@pytest.mark.gate
def test_real_text_held_out_part_ranks_same_story_pairs_first(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    """NEREL's Russian Wikinews pairs (labelled by reading; ids and labels in
    benchmarks/data/stories_nerel): 12 same-event pairs among 287 pairs of reports that share
    rare named entities.  F1 there is low for every method (the negatives are other events of the
    same people, most of them years apart, which the library's 3-day window would never compare),
    so the floor is on ranking: ROC-AUC 0.955 when set (TF-IDF 0.948).  Not to be developed on."""
    name = "NEREL wikinews ru-ru"
    if name not in sets:
        pytest.skip("../shared is not beside this clone")
    ds = sets[name]
    _, test = bench.split(ds)
    scores, _ = bench.ours(ds, test, prints)
    assert roc_auc(scores, [p.label for p in test]) >= 0.93


@pytest.mark.gate
def test_real_text_second_part_few_false_joins_within_the_window(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    """NEREL's second part (benchmarks/data/stories_nerel/fresh_pairs.jsonl): 223 pairs of
    Wikinews reports sharing rare entities, none of them one event.  Compared as the library
    compares them (only reports at most 7 estimated days apart, or of unknown date), newsprism
    called 1 of them the same story when the part was set (TF-IDF 2; 28 and 17 with no window).
    Not to be developed on."""
    name = "NEREL fresh ru-ru"
    if name not in sets:
        pytest.skip("../shared is not beside this clone")
    ds = sets[name]
    _, test = bench.split(ds)
    _, pred = bench.ours(ds, test, prints)
    near = [p.days_apart is None or p.days_apart <= bench.ESTIMATED_WINDOW_DAYS for p in test]
    joined = sum(1 for x, n, p in zip(pred, near, test, strict=True) if x and n and not p.label)
    assert joined <= 5


@pytest.mark.gate
def test_real_english_held_out_part_ranks_same_event_pairs_first(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    """L3S-GN1's English Google News pairs (benchmarks/data/stories_l3s: 32 same-event pairs
    among 220 pairs of reports sharing rare names, labelled by reading).  The learned threshold
    is too loose for a set of hard look-alikes (F1 0.385, TF-IDF 0.258), so the floor is on
    ranking: ROC-AUC 0.889 when set (TF-IDF 0.905).  Not to be developed on."""
    name = "L3S google news en-en"
    if name not in sets:
        pytest.skip("../shared is not beside this clone")
    ds = sets[name]
    _, test = bench.split(ds)
    scores, _ = bench.ours(ds, test, prints)
    assert roc_auc(scores, [p.label for p in test]) >= 0.85


@pytest.mark.gate
def test_fresh_real_english_look_alikes_are_mostly_kept_apart(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    """L3S-GN1's second part (benchmarks/data/stories_l3s/fresh_pairs.jsonl: 150 pairs of the
    articles the first part does not use, drawn by shared rare words, 9 same-event, labelled
    before any run).  When set: 12 of 141 negatives called the same story (TF-IDF 93), every
    positive found, ROC-AUC 0.980 (TF-IDF 0.887).  Floors with room for a pair or two; not to
    be developed on."""
    name = "L3S fresh google news en-en"
    if name not in sets:
        pytest.skip("../shared is not beside this clone")
    ds = sets[name]
    _, test = bench.split(ds)
    scores, pred = bench.ours(at_level(ds, "running"), test, prints)
    found, false_joins = found_and_joined(pred, test)
    assert false_joins <= 20
    assert found >= 7
    assert roc_auc(scores, [p.label for p in test]) >= 0.93
    # the happening level (December 2026, twelfth session: 2 false joins, 5 of 9 found)
    _, pred = bench.ours(at_level(ds, "happening"), test, prints)
    found, joined = found_and_joined(pred, test)
    assert joined <= 5
    assert found >= 4


@pytest.mark.gate
def test_real_russian_reports_rank_same_event_pairs_first(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    """Gazeta.ru and RBC.ru reports (benchmarks/data/stories_ru_news: 150 pairs drawn by shared
    rare stems, 5 same-event, labelled before any run).  When set: every positive found, 64 of
    145 look-alikes called the same story (TF-IDF 40: the learned threshold is too loose for
    real Russian look-alikes, docs/stories.md), ROC-AUC 0.952 (TF-IDF 0.945).  Guards against
    regressions: floors with room for a pair or two; not to be developed on."""
    name = "Gazeta+RBC fresh ru-ru"
    if name not in sets:
        pytest.skip("../shared is not beside this clone")
    ds = sets[name]
    _, test = bench.split(ds)
    scores, pred = bench.ours(at_level(ds, "running"), test, prints)
    found, false_joins = found_and_joined(pred, test)
    assert found >= 4
    assert false_joins <= 72
    assert roc_auc(scores, [p.label for p in test]) >= 0.92
    # the happening level, stricter (December 2026, twelfth session: 14 of 145, 4 of 5 found)
    _, pred = bench.ours(at_level(ds, "happening"), test, prints)
    found, joined = found_and_joined(pred, test)
    assert joined <= 20
    assert found >= 3


@pytest.mark.gate
def test_real_political_reports_of_seven_outlets_floors(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    """PolNeAR's reports of seven US outlets (benchmarks/data/stories_polnear: 150 pairs of two
    outlets at most a day apart, drawn by TF-IDF, labelled at two levels before any run; 30 the
    same happening, 95 the same running story).  When set (December 2026, thirteenth session):
    happening 7 of 30 found, 4 of 120 look-alikes joined; running 67 of 95 found, 26 of 55
    joined, ROC-AUC 0.691.  Floors with room for a pair or two; development data since the
    fourteenth session (its halves A and B), its second part held out.  Seventeenth session: a
    day both leads name was measured as evidence of one happening (``match.SAME_DAY_LOGIT``
    +1.0: 14 of 30 found, 17 of 120 joined) and not shipped — it trades the precision of a join
    for recall; ``joined <= 8`` is the floor that refuses it."""
    names = ("PolNeAR part1 en-en (happening)", "PolNeAR part1 en-en (running)")
    if any(name not in sets for name in names):
        pytest.skip("../shared is not beside this clone")
    happening, running = (sets[name] for name in names)
    _, test = bench.split(happening)
    _, pred = bench.ours(happening, test, prints)
    found, joined = found_and_joined(pred, test)
    assert found >= 5
    assert joined <= 8
    _, test = bench.split(running)
    scores, pred = bench.ours(running, test, prints)
    found, joined = found_and_joined(pred, test)
    assert found >= 60
    assert joined <= 32
    assert roc_auc(scores, [p.label for p in test]) >= 0.66


@pytest.mark.gate
def test_written_bilingual_part_held_out_half_floors(
    bench: ModuleType, sets: dict[str, object], prints: object
) -> None:
    """The colleague's bilingual part (benchmarks/data/stories_written13, invented reports, in the
    repository), its second half (held out in the thirteenth session, development part B since).
    When set (December 2026, thirteenth session): across scripts F1 0.667 at the happening level,
    0.857 at the running level (49 pairs).  Fourteenth session, with the evidence of when (a
    happening and its next day's development name different days): happening en↔ru 0.895, en-en
    0.667, ru-ru 0.571 (0.667 / 0.429 / 0.364 without it).  Floors with room for a pair."""
    floors = {
        ("en-ru", "happening"): 0.85,
        ("en-en", "happening"): 0.60,
        ("ru-ru", "happening"): 0.50,
        ("en-ru", "running"): 0.80,
    }
    for (lang, level), floor in floors.items():
        name = f"written13 held-out {lang} ({level})"
        assert name in sets, f"{name} did not load from benchmarks/data"
        ds = sets[name]
        _, test = bench.split(ds)
        _, pred = bench.ours(ds, test, prints)
        assert bench.prf(pred, [p.label for p in test])[2] >= floor, (lang, level)


def test_the_held_out_part_is_loaded_only_by_name(
    bench: ModuleType, sets: dict[str, object]
) -> None:
    """This session's held-out part (written45) is read only when asked for by name: the default
    load (fitting, speed, library runs, these gates) holds none of its sets, while last round's
    part (written44, development now: the check half B, scored only this session) and the
    development parts written with a blind part (dev44, dev45) are loaded."""
    assert sets
    assert not [name for name in sets if name.startswith(bench.FRESH45_PREFIX)]
    if (bench.WRITTEN44 / "pairs.jsonl").exists():
        assert [name for name in sets if name.startswith("written44")]
    if (bench.STORIES_DEV44 / "pairs.jsonl").exists():
        assert [name for name in sets if name.startswith("dev44")]
    if (bench.STORIES_DEV45 / "pairs.jsonl").exists():
        assert [name for name in sets if name.startswith("dev45")]


def test_the_held_out_part_is_skipped_until_it_lands_and_loaded_by_name(
    bench: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asked for by name, the held-out part loads from its folder when the folder holds its pairs,
    and an absent folder gives no set (the benchmark says so and skips); a stand-in folder of
    two made-up articles stands for the colleague's."""
    folder = tmp_path / "stories_written45"
    monkeypatch.setattr(bench, "WRITTEN45", folder)
    assert bench.load_sets(held_out=True, only=[bench.FRESH45_PREFIX]) == []
    folder.mkdir()
    rows = [
        {
            "id": "x1",
            "lang": "en",
            "title": "Ferry runs aground off Skye",
            "text": "A ferry ran aground.",
            "published": "2026-03-02T08:00:00Z",
        },
        {
            "id": "x2",
            "lang": "ru",
            "title": "Паром сел на мель у Ская",
            "text": "Паром сел на мель.",
            "published": "2026-03-02T09:30:00Z",
        },
    ]
    (folder / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    pair = {"id1": "x1", "id2": "x2", "label": "same_happening", "lang": "en-ru"}
    (folder / "pairs.jsonl").write_text(json.dumps(pair), "utf-8")
    assert not [ds for ds in bench.load_sets(only=[bench.FRESH45_PREFIX])]  # not asked for
    got = bench.load_sets(held_out=True, only=[bench.FRESH45_PREFIX])
    assert sorted(ds.name for ds in got) == [
        "written45 held-out en-ru (happening)",
        "written45 held-out en-ru (running)",
    ]
    assert all(bench.held_out_part(ds) == bench.FRESH45 for ds in got)
