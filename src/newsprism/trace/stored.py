"""The trace index's stored rows: the mention a row holds, a person's decisions ("the same" /
"not the same", kept in ``trace_decisions``) and the reading of traces.  Split from :mod:`.index`,
which re-exports these names.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from functools import lru_cache

from ..library import db
from . import identity, vectors
from .candidates import Mention, _any_words, _rare_words
from .mentions import (
    ClaimMention,
    QuoteMention,
    Source,
    speaker_key,
)


def role_cosine(a: sqlite3.Row, b: sqlite3.Row) -> float | None:
    """How close two stored claim mentions' counted roles are (the best cosine of a word of one
    with a word of the other); ``None`` when either has none."""
    if a["vec3"] is None or b["vec3"] is None:
        return None
    return vectors.best_pair(a["vec3"], b["vec3"])


def claim_evidence(
    a: sqlite3.Row, b: sqlite3.Row, ma: ClaimMention, mb: ClaimMention
) -> dict[str, float]:
    """The link features of two stored claim mentions (``ma``, ``mb``: the rows' mentions),
    from their stored vectors: what the flags between them weigh (:func:`.drift.claim_flags`)."""
    what = float(vectors.unpack(a["vec1"]) @ vectors.unpack(b["vec1"]))
    context = float(vectors.unpack(a["vec2"]) @ vectors.unpack(b["vec2"]))
    return identity.claim_features(ma, mb, what, context, role_cosine(a, b))


def mention_from_row(row: sqlite3.Row) -> Mention:
    return _mention(
        row["kind"], row["data"], int(row["article_id"]), row["site"], row["url"],
        row["title"], row["language"], row["at"],
    )  # fmt: skip


# the mention a stored row holds, a pure function of the row's values: one link compares its
# figures with largely the same candidates, and the next article with many of them again (a
# tenth of a link's CPU went to reading each candidate's JSON afresh); the mentions are frozen
@lru_cache(maxsize=8192)
def _mention(
    kind: str,
    payload: str,
    article_id: int,
    site: str | None,
    url: str | None,
    title: str | None,
    language: str | None,
    at: float | None,
) -> Mention:
    data = json.loads(payload)
    src = Source(article_id, site, url, title, language, at)
    if kind == "claim":
        data["names"] = tuple(data.get("names", ()))  # JSON gives a list; the mention is frozen
        data["owner"] = tuple(data.get("owner", ()))
        return ClaimMention(source=src, **data)
    return QuoteMention(source=src, **data)


# -- a person's decisions --------------------------------------------------------------------


def _refused(
    conn: sqlite3.Connection, kind: str, article_id: int, item: int
) -> set[tuple[int, int]]:
    out = set()
    for r in conn.execute(
        "SELECT a_article, a_item, b_article, b_item FROM trace_decisions WHERE kind = ? AND "
        "decision = 'different' AND ((a_article = ? AND a_item = ?) OR (b_article = ? AND b_item = ?))",
        (kind, article_id, item, article_id, item),
    ):
        a, b = (r[0], r[1]), (r[2], r[3])
        out.add(b if a == (article_id, item) else a)
    return out


def decide(
    conn: sqlite3.Connection, kind: str, a: tuple[int, int], b: tuple[int, int], same: bool
) -> None:
    """Record that mentions ``a`` and ``b`` (article id, item id) are (not) the same, and apply it.

    "Not the same" takes ``b`` out of ``a``'s trace.  The pair was sorted by article id first, so
    when the reader on a trace page marked a later row as not the first's, the first mention —
    the figure being followed — left the trace instead, and the row marked stayed in it.
    """
    with db.write_transaction(conn):
        # one decision per pair, whichever way round it is given (the later one counts)
        conn.execute(
            "DELETE FROM trace_decisions WHERE kind = ? AND a_article = ? AND a_item = ? AND "
            "b_article = ? AND b_item = ?",
            (kind, *b, *a),
        )
        conn.execute(
            "INSERT OR REPLACE INTO trace_decisions(kind, a_article, a_item, b_article, b_item, "
            "decision) VALUES (?,?,?,?,?,?)",
            (kind, *a, *b, "same" if same else "different"),
        )
        _apply_decisions(conn, a[0])
        _apply_decisions(conn, b[0])


def trace_of(conn: sqlite3.Connection, kind: str, article: int, item: int) -> int | None:
    """The trace a claim or quote of a stored article belongs to (``None``: not linked)."""
    row = conn.execute(
        "SELECT trace_id FROM trace_mentions WHERE kind = ? AND article_id = ? AND item_id = ?",
        (kind, article, item),
    ).fetchone()
    return int(row[0]) if row else None


def _apply_decisions(conn: sqlite3.Connection, article_id: int) -> None:
    rows = conn.execute(
        "SELECT kind, a_article, a_item, b_article, b_item, decision FROM trace_decisions "
        "WHERE a_article = ? OR b_article = ?",
        (article_id, article_id),
    ).fetchall()
    for kind, aa, ai, ba, bi, decision in rows:
        ta, tb = trace_of(conn, kind, aa, ai), trace_of(conn, kind, ba, bi)
        if ta is None or tb is None:
            continue  # one side is not in the library (now): kept for when it returns
        if decision == "same" and ta != tb:
            conn.execute("UPDATE trace_mentions SET trace_id = ? WHERE trace_id = ?", (ta, tb))
        elif decision == "different" and ta == tb:
            new = conn.execute(
                "INSERT INTO traces(kind, label) SELECT kind, label FROM traces WHERE id = ?", (ta,)
            ).lastrowid
            conn.execute(
                "UPDATE trace_mentions SET trace_id = ?, score = NULL WHERE kind = ? AND "
                "article_id = ? AND item_id = ?",
                (new, kind, ba, bi),
            )


# -- reading -------------------------------------------------------------------------------


def trace_mentions(conn: sqlite3.Connection, trace_id: int) -> list[tuple[sqlite3.Row, Mention]]:
    """A trace's mentions in the order they appeared (undated ones last)."""
    rows = conn.execute(
        "SELECT * FROM trace_mentions WHERE trace_id = ? ORDER BY at IS NULL, at, article_id, item_id",
        (trace_id,),
    ).fetchall()
    return [(r, mention_from_row(r)) for r in rows]


def traces_with_value(
    conn: sqlite3.Connection, values: Sequence[float], *, limit: int = 20
) -> list[int]:
    """Traces holding a figure equal to one of ``values`` (within 0.5 %), most mentioned first."""
    ids: dict[int, int] = {}
    for v in values:
        lo, hi = sorted((v * 0.995, v * 1.005))
        for r in conn.execute(
            "SELECT trace_id, count(*) FROM trace_mentions WHERE kind = 'claim' AND value "
            "BETWEEN ? AND ? GROUP BY trace_id",
            (lo, hi),
        ):
            ids[int(r[0])] = ids.get(int(r[0]), 0) + int(r[1])
    return [t for t, _ in sorted(ids.items(), key=lambda kv: -kv[1])][:limit]


def traces_with_quote(conn: sqlite3.Connection, text: str, *, limit: int = 20) -> list[int]:
    from rapidfuzz import fuzz

    # of a quote of short words alone ("stays one town") those words: the linking's query of
    # longer stems had none, and such a quote was found nowhere
    query = _rare_words(text) or _any_words(text)
    if not query:
        return []
    scored: dict[int, float] = {}
    for r in conn.execute(
        "SELECT m.trace_id, m.data FROM trace_quote_words w JOIN trace_mentions m ON m.id = w.rowid "
        "WHERE trace_quote_words MATCH ? LIMIT 500",
        (query,),
    ):
        words = json.loads(r["data"])["text"]
        score = fuzz.partial_ratio(text.casefold(), words.casefold())
        scored[int(r[0])] = max(scored.get(int(r[0]), 0.0), score)
    ranked = sorted((t for t, s in scored.items() if s >= 60), key=lambda t: -scored[t])
    return ranked[:limit]


def speaker_rows(conn: sqlite3.Connection, name: str) -> list[tuple[sqlite3.Row, Mention]]:
    key = speaker_key(name)
    if key is None:
        return []
    rows = conn.execute(
        "SELECT * FROM trace_mentions WHERE speaker_key = ? ORDER BY at IS NULL, at, article_id",
        (key,),
    ).fetchall()
    return [(r, mention_from_row(r)) for r in rows]
