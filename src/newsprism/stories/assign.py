"""Incremental story assignment: an arriving article joins a story or starts one; no rescan.

For each new article, in order of arrival:

1. *same document* — the library already folds the same URL, canonical URL or text into one
   article (and the feed poller the same GUID), so an article is assigned once;
2. *same text rewritten* — its MinHash LSH band keys find earlier articles of its time window
   that share a band (one indexed lookup); the best one at or above :data:`~.match.SAME_TEXT`
   is its source;
3. *same story* — its vector is compared with the articles of the time window around it (kept in
   memory, loaded once per window from the indexed ``at`` column); those whose cosine could still
   reach the loosest level's threshold (:data:`~.match.RUNNING_STORY`) are scored with the words
   of the head (TF-IDF, the IDF of the articles in memory), shared names and numbers; the most
   probable one at or above :data:`~.match.SAME_STORY` (the same happening) gives it its story
   (``join="best"``, single link: the default).  With
   ``join="average"`` the story whose members in the window are on average most probable gives
   it, if that average (members not scored or below the threshold count 0) reaches the
   threshold: average link, which stops one wrong join pulling in a look-alike story's other
   reports, and may split a large story whose reports drift (an option to judge on fresh data,
   docs/stories.md).

Rows stored by an older newsprism (without the words of the head) get their fingerprint
recomputed from the stored article when their window is loaded, once.

Otherwise it starts a story.  The cost per article is bounded by the window, not the library.

*Two levels* (``match.LEVELS``).  A story is one happening.  Stories also belong to a *running
story* (``stories.running_id``, the id of its first story): a story started by an article whose
most probable match reaches only the running level's threshold joins that match's running story;
any other story starts its own.  Each article has one link (its best match), so a running story is
what single link at the running threshold would have made, kept in the same pass, never merged or
rescanned.

This module stores each place; the window in memory is :mod:`.window`'s, the choice of a story
among it :mod:`.choose`'s, and whether a rewritten copy changed a figure :mod:`.copies`'.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..article import Article
from ..library import db
from . import match
from .arrivals import Arrival, Assignment, article_time
from .choose import Chooser
from .copies import figures_differ, tail_figures_differ
from .features import Fingerprint, band_keys, fingerprints
from .window import lead_names_json

if TYPE_CHECKING:
    from ..library import Library


#: how an article joins a story: its best match's story, or the story best on average
JOINS = ("best", "average")


class StoryIndex(Chooser):
    def __init__(
        self, conn: sqlite3.Connection, *, window: float = match.WINDOW_SECONDS, join: str = "best"
    ) -> None:
        if join not in JOINS:
            raise ValueError(f"join must be one of {JOINS}, not {join!r}")
        self.join = join
        super().__init__(conn, window)

    # -- public -----------------------------------------------------------------------------

    def assign_articles(self, items: Sequence[tuple[int, Article]]) -> list[Assignment]:
        from ..feeds.clock import parse_time

        return self.assign(
            [
                Arrival(
                    i,
                    a.title,
                    a.text,
                    article_time(a),
                    dated=parse_time(a.metadata.published) is not None,
                    content_hash=a.content_hash,
                )
                for i, a in items
            ]
        )

    def assign(self, arrivals: Sequence[Arrival]) -> list[Assignment]:
        """Assign each arrival (in order) and store the result in one transaction.

        An arrival already placed keeps its place, unless it was placed with another text (its
        content hash differs from the one stored with its place): a feed item stored from its
        summary whose page's full text came later, or a corrected article.  That one is taken
        out of its story (:meth:`_unplace`) and placed again as if it had just arrived."""
        done = self._already([a.article_id for a in arrivals])
        changed = [
            a.article_id
            for a in arrivals
            if a.article_id in done
            and a.content_hash is not None
            and done[a.article_id][1] is not None
            and done[a.article_id][1] != a.content_hash
        ]
        if changed:
            self._unplace(changed)
            for article_id in changed:
                del done[article_id]
        todo = [a for a in arrivals if a.article_id not in done]
        out = [done[a.article_id][0] for a in arrivals if a.article_id in done]
        if not todo:
            return out
        prints = fingerprints(
            [(a.title, a.text) for a in todo], [a.at if a.dated else None for a in todo]
        )
        # an article without a publication time existed by the time it was added: "on Tuesday"
        # must not resolve against that time, but it bounds when the report was written
        prints = [
            fp if a.dated else dataclasses.replace(fp, at=a.at, dated=False)
            for a, fp in zip(todo, prints, strict=True)
        ]
        try:
            with db.write_transaction(self.conn) as conn:
                for arrival, fp in zip(todo, prints, strict=True):
                    out.append(self._assign_one(conn, arrival, fp))
        except BaseException:
            # the transaction was rolled back: what this batch put in memory is not in the
            # tables, so the window is read again when the next arrival needs it
            self._clear_memory()
            raise
        return out

    def unassigned(self, limit: int = 100_000) -> list[int]:
        """The articles no story holds, and those a story holds with another text than the
        library's now (to be placed again), oldest first."""
        return [
            int(r[0])
            for r in self.conn.execute(
                "SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id "
                "WHERE s.article_id IS NULL OR (s.content_hash IS NOT NULL "
                "AND s.content_hash != a.content_hash) "
                "ORDER BY coalesce(a.published, a.added_at), a.id LIMIT ?",
                (limit,),
            )
        ]

    # -- one article --------------------------------------------------------------------------

    def _assign_one(
        self, conn: sqlite3.Connection, arrival: Arrival, fp: Fingerprint
    ) -> Assignment:
        try:
            return self._store_one(conn, arrival, fp)
        except BaseException:
            if self._counted is fp:  # counted by _same_story, never remembered
                self.df.remove(fp.terms, fp.names)
                self._counted = None
            raise

    def _store_one(self, conn: sqlite3.Connection, arrival: Arrival, fp: Fingerprint) -> Assignment:
        keys = band_keys(fp.minhash)
        result = self._same_text(conn, arrival, fp, keys) or self._same_story(arrival, fp)
        if result is None or result.relation == "first":
            running = result.running_story if result is not None else None
            cur = conn.execute(
                "INSERT INTO stories(title, first_seen, last_seen, size, running_id) "
                "VALUES (?,?,?,1,?)",
                (arrival.title, arrival.at, arrival.at, running),
            )
            story_id = int(cur.lastrowid or 0)
            if running is None:  # a running story of its own: its id is the story's
                conn.execute("UPDATE stories SET running_id = id WHERE id = ?", (story_id,))
            self._running[story_id] = running or story_id
            result = dataclasses.replace(
                result or Assignment(arrival.article_id, 0, "first"), story_id=story_id
            )
        else:
            conn.execute(
                "UPDATE stories SET size = size + 1, first_seen = min(first_seen, ?), "
                "last_seen = max(last_seen, ?) WHERE id = ?",
                (arrival.at, arrival.at, result.story_id),
            )
        conn.execute(
            "INSERT INTO story_articles(article_id, story_id, relation, related_to, score, at, "
            "minhash, vector, names, numbers, terms, script, days, content_hash, head_names) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                arrival.article_id,
                result.story_id,
                result.relation,
                result.related_to,
                result.score,
                arrival.at,
                fp.minhash.tobytes(),
                fp.vector.astype("float16").tobytes(),
                json.dumps(sorted(fp.names), ensure_ascii=False),
                json.dumps(sorted(fp.numbers)),
                fp.terms_blob(),
                fp.script,
                json.dumps(fp.days),
                arrival.content_hash,
                lead_names_json(fp),
            ),
        )
        conn.executemany(
            "INSERT INTO story_bands(band_key, article_id) VALUES (?,?)",
            [(k, arrival.article_id) for k in keys],
        )
        self._remember(arrival, result.story_id, fp)
        return result

    def _same_text(
        self, conn: sqlite3.Connection, arrival: Arrival, fp: Fingerprint, keys: list[int]
    ) -> Assignment | None:
        import numpy as np

        # within the window, as a same-story match is: a copy of an old report published weeks
        # later (a republished feature, a recurring notice) is news of its own day, not part of
        # the old story
        rows = conn.execute(
            "SELECT s.article_id, s.story_id, s.minhash, s.numbers FROM story_articles s "
            "WHERE s.article_id IN "
            f"(SELECT DISTINCT article_id FROM story_bands WHERE band_key IN ({','.join('?' * len(keys))}))"
            " AND s.at BETWEEN ? AND ?",
            [*keys, arrival.at - self.window, arrival.at + self.window],
        ).fetchall()
        best: tuple[float, int, int, str] | None = None
        for article_id, story_id, blob, numbers in rows:
            sim = float((np.frombuffer(blob, dtype=np.uint32) == fp.minhash).mean())
            if sim >= match.SAME_TEXT and (best is None or sim > best[0]):
                best = (sim, int(article_id), int(story_id), numbers)
        if best is None:
            return None
        # a copy that gives other figures is not the same text for a reader: it is another
        # report of the same story, and the story view flags the figure that changed (the
        # twenty-eighth session's short list: a copy with "520 people" for "350" was shown as
        # a rewritten copy a reader could skip)
        changed = figures_differ(fp.numbers, best[3]) or tail_figures_differ(
            conn, arrival.text, best[1]
        )
        copy = "same-story" if changed else "same-text"
        return Assignment(arrival.article_id, best[2], copy, best[1], round(best[0], 4))

    def _already(self, ids: list[int]) -> dict[int, tuple[Assignment, str | None]]:
        """The stored place of each of these articles that has one, with the content hash of
        the text it was placed with."""
        if not ids:
            return {}
        rows = self.conn.execute(
            "SELECT article_id, story_id, relation, related_to, score, content_hash "
            f"FROM story_articles WHERE article_id IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        return {int(r[0]): (Assignment(*r[:5]), r[5]) for r in rows}

    def _unplace(self, ids: list[int]) -> None:
        """Take these articles out of their stories (a story left empty is deleted; the other
        members of a story stay where they are, as nothing is rescanned), and forget the window
        in memory: it is read again, without them, when the next arrival needs it."""
        marks = ",".join("?" * len(ids))
        with db.write_transaction(self.conn) as conn:
            stories = [
                int(r[0])
                for r in conn.execute(
                    f"SELECT story_id FROM story_articles WHERE article_id IN ({marks})", ids
                )
            ]
            conn.execute(f"DELETE FROM story_bands WHERE article_id IN ({marks})", ids)
            conn.execute(f"DELETE FROM story_articles WHERE article_id IN ({marks})", ids)
            for story_id in stories:
                conn.execute("UPDATE stories SET size = size - 1 WHERE id = ?", (story_id,))
            empty = [int(r[0]) for r in conn.execute("SELECT id FROM stories WHERE size <= 0")]
            conn.execute("DELETE FROM stories WHERE size <= 0")
            for gone in empty:
                # a running story is named by its first happening's id (``running_id``): when
                # that happening is deleted, its next happening leads the running story (it
                # was left pointing at a deleted story: no title, the id of nothing)
                lead = conn.execute(
                    "SELECT min(id) FROM stories WHERE running_id = ?", (gone,)
                ).fetchone()[0]
                if lead is not None:
                    conn.execute(
                        "UPDATE stories SET running_id = ? WHERE running_id = ?", (lead, gone)
                    )
        # the rows in memory, their counts in the IDF and the running stories met are all
        # read again from the tables (a rare event: only an article whose text changed)
        self._clear_memory()


def assign_new(lib: Library, batch: int = 64) -> int:
    """Assign the library's articles not yet in a story (new ones only: nothing is rescanned)."""
    index = StoryIndex(lib.conn)
    ids = index.unassigned()
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        index.assign_articles([(i, lib.get(i)) for i in chunk])
    return len(ids)
