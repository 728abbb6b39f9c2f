"""The written story parts' one split into a development half A and a check half B, shared by
``benchmarks/stories_written.py`` and ``benchmarks/stories_feed.py``: a check part lies whole in
B in both, and the feed benchmark's ``--dump`` (which prints pairs) refuses B."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def feed() -> ModuleType:
    return _load("stories_feed")


@pytest.fixture(scope="module")
def written() -> ModuleType:
    return _load("stories_written")


def _set(bench: ModuleType, name: str) -> object:
    S = bench.S
    arts = {
        i: {"id": i, "lang": "en", "title": f"Report {i}", "text": "A bridge closed."}
        for i in ("a1", "a2", "b1", "b2", "c1", "c2")
    }
    pairs = [
        S.Pair("a1", "a2", 1, "en-en"),
        S.Pair("b1", "b2", 1, "en-en"),
        S.Pair("c1", "c2", 1, "en-en"),
        S.Pair("a1", "b1", 0, "en-en"),
    ]
    return S.Dataset(name, arts, pairs)


def test_both_benchmarks_read_one_split(feed: ModuleType, written: ModuleType) -> None:
    S = feed.S
    assert tuple(written.B_PARTS) == tuple(S.WRITTEN_B)
    assert tuple(written.A_PARTS) == tuple(S.WRITTEN_A)
    assert not set(S.WRITTEN_A) & set(S.WRITTEN_B)
    # every written development part on disk is in one half; the held-out part in neither
    on_disk = {
        int(p.name.removeprefix("stories_written"))
        for p in (ROOT / "benchmarks" / "data").glob("stories_written*")
        if (p / "pairs.jsonl").exists()
    }
    held_out = int(S.FRESH45_PREFIX.removeprefix("written"))
    assert held_out not in set(S.WRITTEN_A) | set(S.WRITTEN_B)
    assert on_disk - {held_out} <= set(S.WRITTEN_A) | set(S.WRITTEN_B)
    # the development parts written with a blind part: in A, numbered apart from every written part
    dev = {
        S.DEV_BASE + int(p.name.removeprefix("stories_dev"))
        for p in (ROOT / "benchmarks" / "data").glob("stories_dev*")
        if (p / "pairs.jsonl").exists()
    }
    assert dev <= set(S.WRITTEN_A)
    assert all(n < S.DEV_BASE for n in on_disk)


@pytest.mark.parametrize("number", [14, 16, 18, 20, 35, 36, 37, 39, 44])
def test_a_check_part_lies_whole_in_b_of_the_feed_benchmark(feed: ModuleType, number: int) -> None:
    ds = _set(feed, f"written{number} dev en-en (happening)")
    a, b = feed.halves(ds)
    assert a == [] and len(b) == 4


def test_a_scored_only_part_is_its_own_part_in_both_benchmarks(
    feed: ModuleType, written: ModuleType
) -> None:
    """written44 (last round's held-out part) is in the check half B by the split and scored only
    this session: on rows of its own in both benchmarks (and in B), never tuning the peer; written43
    (in B and scored only last session) is plain development in A now."""
    assert 44 in feed.S.WRITTEN_B and 44 in feed.S.SCORED_ONLY
    assert 43 in feed.S.WRITTEN_A and 43 not in feed.S.SCORED_ONLY
    assert 43 not in feed.S.WRITTEN_B
    assert tuple(written.OWN_LINE) == tuple(feed.S.SCORED_ONLY)
    assert "w44" in feed.SCORED_PARTS
    # the same pairs tune the peer as a development part (written13) and not as written44
    dev = [_set(feed, "written13 held-out en-en (happening)")]
    assert feed.written_threshold(dev, "happening", "en-en", "whole") is not None
    only = [_set(feed, "written44 held-out en-en (happening)")]
    assert feed.written_threshold(only, "happening", "en-en", "whole") is None
    a, b = feed.halves(only[0])
    assert a == [] and len(b) == 4


def test_a_development_part_lies_whole_in_a(feed: ModuleType) -> None:
    a, b = feed.halves(_set(feed, "written13 held-out en-en (running)"))
    assert len(a) == 4 and b == []


def test_the_development_part_written_with_the_blind_part_is_a_whole_part_of_a(
    feed: ModuleType, written: ModuleType
) -> None:
    """dev44 (written with this round's blind part) is numbered apart from the written parts,
    lies whole in A in both benchmarks, tunes the peer as development does, is pooled in A and
    on rows of its own in stories_written.py, and its sets load from its own folder."""
    S = feed.S
    ds = _set(feed, "dev44 held-out en-en (happening)")
    assert S.written_number(ds.name) == S.DEV44 and S.DEV44 not in S.WRITTEN_B
    assert S.written_number("written44 held-out en-en (happening)") == 44 != S.DEV44
    assert S.part_prefix(S.DEV44) == "dev44" and S.part_prefix(43) == "written43"
    assert S.part_folder(S.DEV44).name == "stories_dev44"
    a, b = feed.halves(ds)
    assert len(a) == 4 and b == []
    assert any(name == "dev44" for name in feed.DEV_PREFIXES)
    assert feed.written_threshold([ds], "happening", "en-en", "whole") is not None
    assert S.DEV44 in written.DEV_LINE and S.DEV44 not in written.OWN_LINE
    assert written.part_number("dev44") == S.DEV44 and written.part_number("13") == 13
    assert written.line_name(S.DEV44) == "A dev44" and written.line_name(44) == "B w44"


def test_other_sets_are_split_by_story(feed: ModuleType) -> None:
    """A public set's pairs go by their first article's story (the smallest id of its
    component): a1-a2 and a1-b1 together, whichever half that is."""
    assert feed.S.written_number("L3S google news en-en") is None
    assert feed.S.written_number("written35 dev ru-ru (running)") == 35
    a, b = feed.halves(_set(feed, "L3S google news en-en"))
    assert len(a) + len(b) == 4
    for p in a + b:
        assert (p in a) == feed.in_a(min(p.a, {"a2": "a1", "b2": "b1", "c2": "c1"}.get(p.a, p.a)))
    together = a if feed.in_a("a1") else b
    assert {(p.a, p.b) for p in together} >= {("a1", "a2"), ("a1", "b1")}


def test_the_dump_refuses_the_check_half(
    feed: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "pairs.jsonl"
    for parts in ("B,A", "B", "w44", "A,w44"):
        monkeypatch.setattr(sys, "argv", ["stories_feed.py", "--parts", parts, "--dump", str(out)])
        with pytest.raises(SystemExit) as stop:
            feed.main()
        assert stop.value.code == 2
    assert not out.exists()


def test_pairs_beyond_the_window_are_decided_apart_as_the_library_does(
    written: ModuleType,
) -> None:
    """Decided alone, two dated reports more than the library's window apart are not one story
    (the library never compares them); undated ones are decided as before."""
    import dataclasses

    S = written.S
    from newsprism.stories import match
    from newsprism.stories.features import fingerprints

    text = "Ice jam floods the village of Verkhnyaya Gorka on the Pinega; 57 people evacuated."
    a, b = fingerprints([("Ice jam floods Pinega village", text)] * 2, [0.0, 0.0])
    later = dataclasses.replace(b, at=match.WINDOW_SECONDS + 3600.0)
    assert S.beyond_window(a, later) and not S.beyond_window(a, b)
    assert not S.beyond_window(a, dataclasses.replace(later, dated=False))
