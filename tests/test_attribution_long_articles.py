"""A long article of many short reports: the English attribution stage stays linear in them.

A page of a council's agenda read out item by item ("…, officials said." thousands of times)
made three steps ask every report about every other one: the nested-report pass, the check
that a tagged reading overlaps none found, and the source reranker's search for a cue's
sentence — minutes of CPU at 5,000 paragraphs, past the read's time budget.  These tests count
the work (calls), not time, and check the narrowed searches against the full ones."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.attribution import learned_en, nested_en
from newsprism.attribution.model import Found, SourceRef


def _agenda(n: int) -> tuple[str, list[Found]]:
    """n paragraphs "Item i was approved again, officials said.", each an indirect report."""
    parts: list[str] = []
    found: list[Found] = []
    at = 0
    for i in range(n):
        content = f"Item {i} was approved again by the council members"
        para = f"{content}, officials said."
        source_at = at + len(content) + 2
        found.append(
            Found(
                kind="indirect",
                start=at,
                end=at + len(content),
                cue=(source_at + len("officials "), source_at + len("officials said")),
                source=SourceRef(source_at, source_at + len("officials"), "officials", "group"),
            )
        )
        parts.append(para)
        at += len(para) + 2
    return "\n\n".join(parts), found


def test_nested_pass_asks_only_reports_inside_a_content(monkeypatch: pytest.MonkeyPatch) -> None:
    text, found = _agenda(2000)
    calls = 0
    real = nested_en.speech_cue

    def counted(t: str, f: Found) -> bool:
        nonlocal calls
        calls += 1
        return real(t, f)

    monkeypatch.setattr(nested_en, "speech_cue", counted)
    out = nested_en.relay_nested(text, found)
    assert len(out) == 2000  # nothing nests here: every report stays
    assert calls < 4 * len(found)  # was one call per pair: about 4,000,000


def _brute(found: list[Found], f: Found) -> bool:
    return any(learned_en.overlaps(f, g) or learned_en.overlaps(g, f) for g in found)


spans = st.lists(
    st.tuples(
        st.integers(0, 400),
        st.integers(0, 60),
        st.one_of(st.none(), st.integers(-80, 460)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(spans, spans)
def test_neighbours_answer_as_asking_every_reading(
    listed: list[tuple[int, int, int | None]], asked: list[tuple[int, int, int | None]]
) -> None:
    def found(start: int, length: int, cue: int | None) -> Found:
        c = None if cue is None else (max(0, cue), max(0, cue) + 4)
        return Found(kind="indirect", start=start, end=start + length, cue=c)

    pool = [found(*s) for s in listed]
    near = learned_en.Neighbours(pool)
    for s in asked:
        f = found(*s)
        assert any(
            learned_en.overlaps(f, g) or learned_en.overlaps(g, f) for g in near.of(f)
        ) == _brute(pool, f)
        # and in the list's order (the nested pass takes the first that fits)
        got = near.of(f)
        assert got == [g for g in pool if any(g is h for h in got)]


def test_novel_keeps_the_same_candidates_on_a_long_list() -> None:
    text, found = _agenda(300)
    rng = random.Random(7)
    cands = []
    for _ in range(200):
        a = rng.randrange(0, len(text) - 40)
        f = Found(kind="indirect", start=a, end=a + rng.randrange(1, 40), cue=(a + 2, a + 6))
        cands.append(learned_en.Candidate(found=f, probability=0.9, features={}))
    kept = learned_en.novel(cands, found)
    assert kept == [c for c in cands if not _brute(found, c.found)]
