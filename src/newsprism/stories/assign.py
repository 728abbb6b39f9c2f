"""Incremental story assignment: an arriving article joins a story or starts one; no rescan.

For each new article, in order of arrival:

1. *same document* — the library already folds the same URL, canonical URL or text into one
   article (and the feed poller the same GUID), so an article is assigned once;
2. *same text rewritten* — its MinHash LSH band keys find earlier articles that share a band
   (one indexed lookup); the best one at or above :data:`~.match.SAME_TEXT` is its source;
3. *same story* — its vector is compared with the articles of the time window around it (kept in
   memory, loaded once per window from the indexed ``at`` column), scored with shared names and
   numbers; the best one at or above :data:`~.match.SAME_STORY` gives it its story.

Otherwise it starts a story.  The cost per article is bounded by the window, not the library.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..article import Article
from ..library import db
from . import match
from .features import Fingerprint, band_keys, fingerprints

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from ..library import Library


#: articles kept in memory before the oldest (outside the window) are dropped
MAX_IN_MEMORY = 50_000


@dataclass(frozen=True)
class Assignment:
    article_id: int
    story_id: int
    #: first · same-text · same-story
    relation: str
    related_to: int | None = None
    score: float | None = None


@dataclass(frozen=True)
class Arrival:
    article_id: int
    title: str | None
    text: str
    at: float


def article_time(article: Article, default: float | None = None) -> float:
    from ..feeds.clock import parse_time

    return parse_time(article.metadata.published) or (time.time() if default is None else default)


class StoryIndex:
    def __init__(self, conn: sqlite3.Connection, *, window: float = match.WINDOW_SECONDS) -> None:
        self.conn = conn
        self.window = window
        self._lo = self._hi = 0.0
        self._loaded = False
        self._ids: list[int] = []
        self._stories: list[int] = []
        self._at: list[float] = []
        self._fps: list[Fingerprint] = []
        self._matrix: npt.NDArray[np.float32] | None = None

    # -- public -----------------------------------------------------------------------------

    def assign_articles(self, items: Sequence[tuple[int, Article]]) -> list[Assignment]:
        return self.assign([Arrival(i, a.title, a.text, article_time(a)) for i, a in items])

    def assign(self, arrivals: Sequence[Arrival]) -> list[Assignment]:
        """Assign each arrival (in order) and store the result in one transaction."""
        done = self._already([a.article_id for a in arrivals])
        todo = [a for a in arrivals if a.article_id not in done]
        out = [done[a.article_id] for a in arrivals if a.article_id in done]
        if not todo:
            return out
        prints = fingerprints([(a.title, a.text) for a in todo])
        with db.write_transaction(self.conn) as conn:
            for arrival, fp in zip(todo, prints, strict=True):
                out.append(self._assign_one(conn, arrival, fp))
        return out

    def unassigned(self, limit: int = 100_000) -> list[int]:
        return [
            int(r[0])
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) "
                "ORDER BY coalesce(published, added_at), id LIMIT ?",
                (limit,),
            )
        ]

    # -- one article --------------------------------------------------------------------------

    def _assign_one(
        self, conn: sqlite3.Connection, arrival: Arrival, fp: Fingerprint
    ) -> Assignment:
        keys = band_keys(fp.minhash)
        result = self._same_text(conn, arrival, fp, keys) or self._same_story(arrival, fp)
        if result is None:
            cur = conn.execute(
                "INSERT INTO stories(title, first_seen, last_seen, size) VALUES (?,?,?,0)",
                (arrival.title, arrival.at, arrival.at),
            )
            result = Assignment(arrival.article_id, int(cur.lastrowid or 0), "first")
        conn.execute(
            "UPDATE stories SET size = size + 1, first_seen = min(first_seen, ?), "
            "last_seen = max(last_seen, ?) WHERE id = ?",
            (arrival.at, arrival.at, result.story_id),
        )
        conn.execute(
            "INSERT INTO story_articles(article_id, story_id, relation, related_to, score, at, "
            "minhash, vector, names, numbers) VALUES (?,?,?,?,?,?,?,?,?,?)",
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

        rows = conn.execute(
            "SELECT s.article_id, s.story_id, s.minhash FROM story_articles s WHERE s.article_id IN "
            f"(SELECT DISTINCT article_id FROM story_bands WHERE band_key IN ({','.join('?' * len(keys))}))",
            keys,
        ).fetchall()
        best: tuple[float, int, int] | None = None
        for article_id, story_id, blob in rows:
            sim = float((np.frombuffer(blob, dtype=np.uint32) == fp.minhash).mean())
            if sim >= match.SAME_TEXT and (best is None or sim > best[0]):
                best = (sim, int(article_id), int(story_id))
        if best is None:
            return None
        return Assignment(arrival.article_id, best[2], "same-text", best[1], round(best[0], 4))

    def _same_story(self, arrival: Arrival, fp: Fingerprint) -> Assignment | None:
        import numpy as np

        self._ensure_window(arrival.at)
        if not self._ids or self._matrix is None:
            return None
        at = np.asarray(self._at)
        near = np.nonzero(np.abs(at - arrival.at) <= self.window)[0]
        if not len(near):
            return None
        cosines = self._matrix[near] @ fp.vector
        # names and numbers only matter for the articles whose vectors come close
        best: tuple[float, int] | None = None
        for pos in np.argsort(-cosines)[:50]:
            if cosines[pos] + match.W_NAMES + match.W_NUMBERS < match.SAME_STORY:
                break
            i = int(near[pos])
            score = match.story_score(fp, self._fps[i])
            if score >= match.SAME_STORY and (best is None or score > best[0]):
                best = (score, i)
        if best is None:
            return None
        i = best[1]
        return Assignment(
            arrival.article_id, self._stories[i], "same-story", self._ids[i], round(best[0], 4)
        )

    # -- the window in memory -----------------------------------------------------------------

    def _remember(self, arrival: Arrival, story_id: int, fp: Fingerprint) -> None:
        import numpy as np

        self._ids.append(arrival.article_id)
        self._stories.append(story_id)
        self._at.append(arrival.at)
        self._fps.append(fp)
        n = len(self._ids)
        if self._matrix is None or n > len(self._matrix):  # grow by doubling, not per article
            grown = np.zeros((max(64, 2 * n), fp.vector.shape[0]), dtype=np.float32)
            if self._matrix is not None:
                grown[: n - 1] = self._matrix[: n - 1]
            self._matrix = grown
        self._matrix[n - 1] = fp.vector

    def _ensure_window(self, at: float) -> None:
        lo, hi = at - self.window, at + self.window
        if self._loaded and self._lo <= lo and hi <= self._hi:
            return
        import numpy as np

        from .features import Fingerprint as FP

        if self._loaded and len(self._ids) > MAX_IN_MEMORY:
            self._forget_before(lo - self.window)  # a long watch: keep the recent window only
        new_lo, new_hi = (min(lo, self._lo), max(hi, self._hi)) if self._loaded else (lo, hi)
        known = set(self._ids)
        for r in self.conn.execute(
            "SELECT article_id, story_id, at, minhash, vector, names, numbers FROM story_articles "
            "WHERE at BETWEEN ? AND ? ORDER BY at",
            (new_lo, new_hi),
        ):
            if r[0] in known:
                continue
            fp = FP(
                np.frombuffer(r[3], dtype=np.uint32),
                np.frombuffer(r[4], dtype=np.float16).astype(np.float32),
                frozenset(json.loads(r[5])),
                frozenset(json.loads(r[6])),
            )
            self._remember(Arrival(int(r[0]), None, "", float(r[2])), int(r[1]), fp)
        self._lo, self._hi, self._loaded = new_lo, new_hi, True

    def _forget_before(self, cutoff: float) -> None:
        keep = [i for i, at in enumerate(self._at) if at >= cutoff]
        if len(keep) == len(self._ids) or self._matrix is None:
            return
        matrix = self._matrix[keep]
        self._ids = [self._ids[i] for i in keep]
        self._stories = [self._stories[i] for i in keep]
        self._at = [self._at[i] for i in keep]
        self._fps = [self._fps[i] for i in keep]
        self._matrix = matrix if len(matrix) else None
        self._lo = max(self._lo, cutoff)

    def _already(self, ids: list[int]) -> dict[int, Assignment]:
        if not ids:
            return {}
        rows = self.conn.execute(
            "SELECT article_id, story_id, relation, related_to, score FROM story_articles "
            f"WHERE article_id IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        return {int(r[0]): Assignment(*r) for r in rows}


def assign_new(lib: Library, batch: int = 64) -> int:
    """Assign the library's articles not yet in a story (new ones only: nothing is rescanned)."""
    index = StoryIndex(lib.conn)
    ids = index.unassigned()
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        index.assign_articles([(i, lib.get(i)) for i in chunk])
    return len(ids)
