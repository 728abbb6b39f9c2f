"""An owner's figure revised on a later day belongs to the trace of the figure it revises: the
health ministry's toll of 23 on Monday and its 41 on Wednesday are one claim, "updated".  Before,
once the day-two figure had started a trace of its own, every later mention of 41 joined that
trace (it matches 41 best), and the update was never shown.  Invented mentions; the pair scores
are given, so that only the assignment is tested."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from trace_samples import claim_mention

from newsprism.library import Library
from newsprism.trace import drift, index, timeline
from newsprism.trace.mentions import ClaimMention

DAY = 86400.0
_KILLED, _INJURED = np.eye(512, dtype=np.float32)[0], np.eye(512, dtype=np.float32)[1]


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Any]:
    with Library.open(tmp_path / "library.sqlite") as lib:
        for article in range(1, 9):
            lib.conn.execute(
                "INSERT INTO articles(id, content_hash, json) VALUES (?, ?, '{}')",
                (article, f"hash{article}"),
            )
        yield lib.conn


def _toll(article: int, value: float, day: float, **kw: object) -> ClaimMention:
    fields: dict[str, object] = {"asserted_by": "the health ministry", "unit": "people"}
    fields.update(kw)
    return claim_mention(article, value, day * DAY, about="people killed", **fields)


def _store(conn: Any, m: ClaimMention, trace: int | None, role: Any = _KILLED) -> int:
    """Store ``m`` in ``trace`` (``None``: a trace of its own); returns its trace."""
    join = None if trace is None else (trace, 0.9)
    v = np.eye(512, dtype=np.float32)[2]
    index._insert(conn, "claim", m.claim_id, m, [v, v], index.vectors.pack_many([role]), join)
    return int(conn.execute("SELECT max(trace_id) FROM trace_mentions").fetchone()[0])


def _arrive(
    conn: Any,
    monkeypatch: pytest.MonkeyPatch,
    m: ClaimMention,
    scores: dict[int, float],
    role: Any = _KILLED,
) -> int:
    """Link ``m`` as an arriving article's figure, each stored mention of article ``a`` matching
    it with ``scores[a]`` (0 if not given); returns the trace it ends in."""
    rows = conn.execute("SELECT * FROM trace_mentions").fetchall()

    def scored(*_: Any, **__: Any) -> Iterator[tuple[Any, float]]:
        return iter([(r, scores.get(int(r["article_id"]), 0.0)) for r in rows])

    monkeypatch.setattr(index, "_scored", scored)
    packed = index.vectors.pack_many([role])
    merges: list[tuple[int, int]] = []
    v = np.eye(512, dtype=np.float32)[2]
    (join,) = index._claim_traces(conn, [m], [[v, v]], [packed], merges)
    _store(conn, m, None if join is None else join[0], role)
    index._merge_all(conn, merges)
    row = conn.execute(
        "SELECT trace_id FROM trace_mentions WHERE article_id = ?", (m.source.article_id,)
    ).fetchone()
    return int(row[0])


def test_the_day_two_trace_is_merged_into_the_day_one_trace(
    conn: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monday = _store(conn, _toll(1, 23, 0), None)
    # Wednesday's 41 began a trace of its own (the old assignment: it matched Monday's 23 too
    # little on average), and an outlet repeated it on Thursday
    wednesday = _store(conn, _toll(3, 41, 2), None)
    _store(conn, _toll(4, 41, 3, asserted_by=None), wednesday)
    assert wednesday != monday
    # Friday: the ministry's 41 again, best matched by the 41s, well enough by Monday's 23
    friday = _arrive(conn, monkeypatch, _toll(5, 41, 4), {1: 0.6, 3: 0.95, 4: 0.9})
    assert friday == monday
    traces = {r[0] for r in conn.execute("SELECT trace_id FROM trace_mentions")}
    assert traces == {monday}  # Wednesday's trace went into Monday's, nothing left behind
    assert conn.execute("SELECT count(*) FROM traces").fetchone()[0] == 1
    first = timeline(conn, monday).flags[0]  # Monday's 23, then Wednesday's 41
    assert first.kind == drift.UPDATED and first.earlier[0] == 1 and first.later[0] == 3


def test_a_revision_joins_the_trace_it_revises_rather_than_start_one(
    conn: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monday = _store(conn, _toll(1, 23, 0), None)
    for article in (2, 3, 4):  # outlets' other figures the trace holds, which 41 matches little
        _store(conn, _toll(article, 23, 0.5, asserted_by=None), monday)
    wednesday = _arrive(conn, monkeypatch, _toll(5, 41, 2), {1: 0.6})
    assert wednesday == monday


@pytest.mark.parametrize(
    ("later", "role", "why"),
    [
        (_toll(5, 41, 4, asserted_by="the fire service"), _KILLED, "another source"),
        (_toll(5, 41, 0.3), _KILLED, "the same day: two readings of one announcement"),
        (_toll(5, 41, 4), _INJURED, "another count of the ministry's: the injured"),
    ],
)
def test_no_merge_without_one_source_one_count_and_a_later_day(
    conn: Any, monkeypatch: pytest.MonkeyPatch, later: ClaimMention, role: Any, why: str
) -> None:
    monday = _store(conn, _toll(1, 23, 0), None)
    wednesday = _store(conn, _toll(3, 41, 0.1 if "same day" in why else 2), None, role)
    ends = _arrive(conn, monkeypatch, later, {1: 0.6, 3: 0.95}, role)
    assert ends == wednesday != monday, why


def test_a_persons_not_the_same_keeps_the_traces_apart(
    conn: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monday = _store(conn, _toll(1, 23, 0), None)
    wednesday = _store(conn, _toll(3, 41, 2), None)
    conn.execute(
        "INSERT INTO trace_decisions(kind, a_article, a_item, b_article, b_item, decision) "
        "VALUES ('claim', 1, 0, 3, 0, 'different')"
    )
    ends = _arrive(conn, monkeypatch, _toll(5, 41, 4), {1: 0.6, 3: 0.95})
    assert ends == wednesday != monday


def test_switched_off(conn: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index, "REVISIONS_JOIN", False)
    monday = _store(conn, _toll(1, 23, 0), None)
    wednesday = _store(conn, _toll(3, 41, 2), None)
    assert _arrive(conn, monkeypatch, _toll(5, 41, 4), {1: 0.6, 3: 0.95}) == wednesday != monday
