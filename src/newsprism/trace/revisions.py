"""A figure its own source gives anew on a later day joins the trace of the figure it revises,
and the trace it joined is merged into the one that began first.  Split from :mod:`.index`,
which links with these and re-exports them.
"""

from __future__ import annotations

import sqlite3

from . import identity, vectors
from .mentions import (
    ClaimMention,
)
from .stored import mention_from_row

#: a figure its own source gives anew on a later day (:func:`.drift.updated`: the ministry's 41
#: after its 23 of Monday) belongs to the trace of the figure it revises: it joins that trace
#: rather than start one of its own, and where it joined another trace (the other mentions of
#: the new figure), that trace is merged into the one that began first (:func:`_merge`).  Without
#: it, once an owner's day-two figure started a trace, every later mention of the new value
#: joined that trace, which its value matches best: the *cascade* behind most missed changed
#: figures (twentieth session's count).  The pair must match as one claim at
#: :data:`REVISION_SCORE` and count one thing by the grammar (:data:`REVISION_ROLE`), and the
#: traces must have begun on two days.  Twenty-first session, development halves (A, where it
#: was written and its bar chosen: 0.5 against 0.25 and 0.7; B, the check): changed figures
#: found A 456 -> 487 of 815, B 360 -> 379 of 592; every figure flag right A 376/683 (55.0%) ->
#: 394/712 (55.3%), B 339/429 (79.0%) -> 358/451 (79.4%); claims F1 A 0.74 -> 0.75, B 0.81 ->
#: 0.82.  Dropped on the way: keeping the traces apart when one article gives a figure of
#: each (A and B found fewer, A right fewer: "41, up from 23" is one count revised)
REVISIONS_JOIN = True
MERGE_REVISED = True
#: the revising pair's match (:func:`.identity.claim_match`), at least
REVISION_SCORE = 0.5
#: and the cosine of the two figures' counted roles (:mod:`.roles`; both must be read)
REVISION_ROLE = 0.6
#: two traces merge only when they began this far apart (a day-two trace, not two outlets'
#: wordings of one announcement; as :data:`.drift.UPDATE_AFTER`)
MERGE_AFTER = 12 * 3600.0


def _merge_all(
    conn: sqlite3.Connection, merges: list[tuple[int, int]], after: float | None = None
) -> None:
    """Merge each (trace joined, trace revised) pair of :func:`_claim_traces`, following a trace
    merged away to the one it went into."""
    kept: dict[int, int] = {}
    for joined, revised in merges:
        while joined in kept:
            joined = kept[joined]
        while revised in kept:
            revised = kept[revised]
        gone = _merge(conn, joined, revised, MERGE_AFTER if after is None else after)
        if gone is not None:
            kept[gone] = revised if gone == joined else joined


def _merge(conn: sqlite3.Connection, a: int, b: int, after: float = MERGE_AFTER) -> int | None:
    """Merge two claim traces into the one that began first, unless they began within
    :data:`MERGE_AFTER` or a person said a mention of one is not the same as a mention of the
    other; returns the trace merged away (``None``: none)."""
    if a == b:
        return None
    first = {
        int(r[0]): r[1]
        for r in conn.execute(
            "SELECT trace_id, min(coalesce(at, 1e18)) FROM trace_mentions WHERE trace_id IN (?, ?)"
            " GROUP BY trace_id",
            (a, b),
        )
    }
    if len(first) < 2 or abs(first[a] - first[b]) < after:
        return None
    refused = conn.execute(
        "SELECT 1 FROM trace_decisions d JOIN trace_mentions x ON x.kind = d.kind AND "
        "x.article_id = d.a_article AND x.item_id = d.a_item JOIN trace_mentions y ON "
        "y.kind = d.kind AND y.article_id = d.b_article AND y.item_id = d.b_item "
        "WHERE d.decision = 'different' AND "
        "((x.trace_id = ? AND y.trace_id = ?) OR (x.trace_id = ? AND y.trace_id = ?)) LIMIT 1",
        (a, b, b, a),
    ).fetchone()
    if refused:
        return None
    keep, gone = (a, b) if (first[a], a) <= (first[b], b) else (b, a)
    conn.execute("UPDATE trace_mentions SET trace_id = ? WHERE trace_id = ?", (keep, gone))
    return gone


def _revised_trace(
    c: ClaimMention,
    role: bytes | None,
    seen: list[tuple[sqlite3.Row, float]],
    join: tuple[int, float] | None,
) -> tuple[int, float] | None:
    """The trace holding the figure ``c`` revises (its own source's earlier figure of one count,
    :func:`.drift.updated`, matched at :data:`REVISION_SCORE`, its counted role alike), with that
    pair's score; ``None`` if none (or if it is the trace ``c`` joined)."""
    from . import drift

    best: tuple[int, float] | None = None
    for row, score in seen:
        trace = int(row["trace_id"])
        if score < max(identity.SAME_CLAIM, REVISION_SCORE) or (
            join is not None and trace == join[0]
        ):
            continue
        other = mention_from_row(row)
        if not isinstance(other, ClaimMention) or not drift.updated(other, c):
            continue
        if not (row["vec3"] and role) or vectors.best_pair(row["vec3"], role) < REVISION_ROLE:
            continue
        if best is None or score > best[1]:
            best = (trace, score)
    return best
