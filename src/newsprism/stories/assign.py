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
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..article import Article
from ..library import db
from . import match
from .features import (
    HEAD_CHARS,
    MASK_WORDS,
    Fingerprint,
    band_keys,
    fingerprints,
    key_mask,
    overlap_bounds,
    unpack_terms,
)
from .features import numbers as numbers_of
from .lexical import DocumentFrequencies

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from ..library import Library


#: articles kept in memory before the oldest (outside the window) are dropped
MAX_IN_MEMORY = 50_000
#: the articles of the window with the closest vectors that are weighed in full
CANDIDATES = 50


@dataclass(frozen=True)
class Assignment:
    article_id: int
    story_id: int
    #: first · same-text · same-story
    relation: str
    related_to: int | None = None
    score: float | None = None
    #: for a ``first``: the article of the running story it continues, the probability, and
    #: that running story's id
    running_to: int | None = None
    running_score: float | None = None
    running_story: int | None = None


@dataclass(frozen=True)
class Arrival:
    article_id: int
    title: str | None
    text: str
    at: float
    #: ``at`` is the article's publication time (not the time it was added): only then do the
    #: days its lead names ("on Tuesday") resolve to dates (:mod:`.when`)
    dated: bool = True
    #: the content hash of the text (``Article.content_hash``): an article placed with another
    #: text is placed again (:meth:`StoryIndex.assign`); None: never re-placed
    content_hash: str | None = None


def article_time(article: Article, default: float | None = None) -> float:
    from ..feeds.clock import parse_time

    return parse_time(article.metadata.published) or (time.time() if default is None else default)


#: how an article joins a story: its best match's story, or the story best on average
JOINS = ("best", "average")


class StoryIndex:
    def __init__(
        self, conn: sqlite3.Connection, *, window: float = match.WINDOW_SECONDS, join: str = "best"
    ) -> None:
        if join not in JOINS:
            raise ValueError(f"join must be one of {JOINS}, not {join!r}")
        self.conn = conn
        self.window = window
        self.join = join
        self._clear_memory()

    def _clear_memory(self) -> None:
        """The window in memory, empty: read from the tables when the next arrival needs it."""
        self._lo = self._hi = 0.0
        self._loaded = False
        self._ids: list[int] = []
        self._stories: list[int] = []
        self._fps: list[Fingerprint] = []
        self._matrix: npt.NDArray[np.float32] | None = None
        #: the times of the articles in memory, grown with the matrix (an array: the window test
        #: on every arrival then costs no Python loop over the window)
        self._at_array: npt.NDArray[np.float64] | None = None
        #: the story of each article in memory, as an array (average link counts members)
        self._story_array: npt.NDArray[np.int64] | None = None
        #: per article in memory: its name and number keys as masks (``features.key_mask``),
        #: their counts, and whether it is in Cyrillic: what bounds a candidate's score before
        #: it is scored
        self._keys: npt.NDArray[np.uint64] | None = None
        self._key_sizes: npt.NDArray[np.int64] | None = None
        self._cyrillic: npt.NDArray[np.bool_] | None = None
        self._scripts: list[str] = []
        #: document frequencies of the articles in memory: the IDF of the lexical cosine
        self.df = DocumentFrequencies()
        #: the arriving article whose terms ``_same_story`` has already counted in ``df``
        self._counted: Fingerprint | None = None
        #: the running story of each story met so far (``stories.running_id``)
        self._running: dict[int, int] = {}

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
                _lead_names_json(fp),
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
        changed = figures_differ(fp.numbers, best[3]) or _tail_figures_differ(
            conn, arrival, best[1]
        )
        copy = "same-story" if changed else "same-text"
        return Assignment(arrival.article_id, best[2], copy, best[1], round(best[0], 4))

    def _same_story(self, arrival: Arrival, fp: Fingerprint) -> Assignment | None:
        import numpy as np

        self._ensure_window(arrival.at)
        if not self._ids or self._matrix is None:
            return None
        n = len(self._ids)
        assert self._at_array is not None
        at = self._at_array[:n]
        near = np.nonzero(np.abs(at - arrival.at) <= self.window)[0]
        if not len(near):
            return None
        # over a view of the rows from the window's first to its last (a slice: no copy), then
        # the window's: gathering the window's rows first copied their vectors for each
        # arrival, and the product over every row in memory grew with the library (older rows
        # are kept below MAX_IN_MEMORY for the document frequencies, never compared)
        first, last = int(near[0]), int(near[-1]) + 1
        cosines = (self._matrix[first:last] @ fp.vector)[near - first]

        # the IDF counts the new article too, as a vectoriser fitted on both reports would; it
        # stays counted, as the article stays in memory (``_remember`` is told not to add it
        # again), or is taken out if scoring fails
        self.df.add(fp.terms, fp.names)
        try:
            best: tuple[float, int] | None = None
            #: the best match at the running level (``match.running_probability``)
            linked: tuple[float, int] | None = None
            #: the matches that reach the happening level for their pair of scripts, each with
            #: its probability with the evidence of when
            happening: list[tuple[float, int]] = []
            scored: dict[int, float] = {}
            # the other evidence only matters for the articles whose vectors come closest
            top = np.arange(len(cosines))
            if len(top) > CANDIDATES:  # the closest, without sorting the whole window
                top = np.argpartition(-cosines, CANDIDATES)[:CANDIDATES]
            top = top[self._could_reach(fp, near[top], cosines[top])]
            for pos in top[np.argsort(-cosines[top], kind="stable")]:
                i = int(near[pos])
                score = match.score_if_close(fp, self._fps[i], self.df, float(cosines[pos]))
                if score is not None:
                    scored[i] = score
                    if best is None or score > best[0]:
                        best = (score, i)
                    plain = match.running_probability(score, fp, self._fps[i], self.df)
                    if plain >= match.RUNNING_STORY and (linked is None or plain > linked[0]):
                        linked = (plain, i)
                    if match.reaches("happening", score, fp, self._fps[i]):
                        when = match.happening_probability(score, fp, self._fps[i])
                        happening.append((when, i))
        except BaseException:
            self.df.remove(fp.terms, fp.names)
            raise
        self._counted = fp
        if best is None:
            return None
        # the best match at the running level: the running story a new story continues
        running = (
            Assignment(
                arrival.article_id,
                0,
                "first",
                running_to=self._ids[linked[1]],
                running_score=round(linked[0], 4),
                running_story=self._running_story(self._stories[linked[1]]),
            )
            if linked is not None
            else None
        )
        if self.join == "average":
            best = self._best_on_average(scored, near)
        else:
            best = self._of_one_day(fp, happening, near)
        if best is None:
            return running
        i = best[1]
        return Assignment(
            arrival.article_id, self._stories[i], "same-story", self._ids[i], round(best[0], 4)
        )

    def _of_one_day(
        self, fp: Fingerprint, happening: list[tuple[float, int]], near: npt.NDArray[np.intp]
    ) -> tuple[float, int] | None:
        """The most probable match (by the probability with the evidence of when) whose story
        the arrival can be one happening with.  A happening has one day, so the arrival must not
        be of another day than any other member of that story in the window
        (``match.day_evidence`` below 0: the two name different days, one names a day that
        began after the other was published, or neither says and they were published a day
        apart).  Weighing
        the best match alone let a chain through a report that names no day carry the next
        day's development into the first day's story:
        Monday's report, Tuesday morning's rewrite of it naming no day (joined: nothing
        contradicts it), Tuesday's "on Tuesday" development (closest to the rewrite, which
        cannot contradict it either).  The match itself is not checked again: its day evidence
        is already in its probability (``match.happening_probability``)."""
        assert self._story_array is not None
        in_window = self._story_array[near]
        # most probable first; ties in the order scored (the closer vector first), as before
        for when, i in sorted(happening, key=lambda c: -c[0]):
            others = (int(j) for j in near[in_window == self._stories[i]] if j != i)
            if not any(match.day_evidence(fp, self._fps[j]) < 0 for j in others):
                return when, i
        return None

    def _could_reach(
        self, fp: Fingerprint, rows: npt.NDArray[np.intp], cosines: npt.NDArray[np.float32]
    ) -> npt.NDArray[np.bool_]:
        """Which of these rows in memory could reach the loosest level with ``fp``: one numpy pass
        over bounds of the evidence (``match.could_reach``) that spares the Python scoring of the
        candidates that could not, without changing any decision."""
        assert self._keys is not None and self._key_sizes is not None
        assert self._cyrillic is not None
        import numpy as np

        names = overlap_bounds(fp.names, self._keys[rows, 0], self._key_sizes[rows, 0])
        numbers = overlap_bounds(fp.numbers, self._keys[rows, 1], self._key_sizes[rows, 1])
        cross = self._cyrillic[rows] != (fp.script == "cyrl")
        # one side naming no one counts as match.NAMELESS_NAMES in one script (names_evidence)
        nameless = (self._key_sizes[rows, 0] == 0) != (not fp.names)
        # a rare name shared near in time may add to the logit: any shared name is a bound (the
        # headlines' names are some of the names; whether both are dated is not looked at)
        assert self._at_array is not None
        rare_name = (names > 0) & (
            np.abs(self._at_array[rows] - (fp.at if fp.at is not None else np.nan))
            <= match.ANGLE_SECONDS
        )
        names = np.where(nameless & ~cross, match.NAMELESS_NAMES, names)
        return match.could_reach(cosines, names, numbers, cross, rare_name)

    def _running_story(self, story_id: int) -> int:
        """The running story of a story (created by this index, or read once)."""
        running = self._running.get(story_id)
        if running is None:
            row = self.conn.execute(
                "SELECT running_id FROM stories WHERE id = ?", (story_id,)
            ).fetchone()
            running = int(row[0]) if row and row[0] is not None else story_id
            self._running[story_id] = running
        return running

    def _best_on_average(
        self, scored: dict[int, float], near: npt.NDArray[np.intp]
    ) -> tuple[float, int] | None:
        """The story whose window members are most probable on average (members not scored
        count 0), with its best member, if that average reaches the threshold."""
        import numpy as np

        assert self._story_array is not None
        in_window = self._story_array[near]
        sums: dict[int, float] = {}
        for i, score in scored.items():
            sums[self._stories[i]] = sums.get(self._stories[i], 0.0) + score
        story, mean = max(
            ((s, total / int(np.count_nonzero(in_window == s))) for s, total in sums.items()),
            key=lambda x: x[1],
        )
        if mean < match.SAME_STORY:
            return None
        member = max((i for i in scored if self._stories[i] == story), key=lambda i: scored[i])
        return scored[member], member

    # -- the window in memory -----------------------------------------------------------------

    def _remember(self, arrival: Arrival, story_id: int, fp: Fingerprint) -> None:
        import numpy as np

        self._ids.append(arrival.article_id)
        self._stories.append(story_id)
        self._fps.append(fp)
        self._scripts.append(fp.script)
        if self._counted is not fp:
            self.df.add(fp.terms, fp.names)
        self._counted = None
        n = len(self._ids)
        if self._matrix is None or n > len(self._matrix):  # grow by doubling, not per article
            size = max(64, 2 * n)
            grown = np.zeros((size, fp.vector.shape[0]), dtype=np.float32)
            at = np.zeros(size, dtype=np.float64)
            stories = np.zeros(size, dtype=np.int64)
            keys = np.zeros((size, 2, MASK_WORDS), dtype=np.uint64)
            sizes = np.zeros((size, 2), dtype=np.int64)
            cyrillic = np.zeros(size, dtype=np.bool_)
            if self._matrix is not None:
                assert self._at_array is not None and self._story_array is not None
                assert self._keys is not None and self._key_sizes is not None
                assert self._cyrillic is not None
                grown[: n - 1] = self._matrix[: n - 1]
                at[: n - 1] = self._at_array[: n - 1]
                stories[: n - 1] = self._story_array[: n - 1]
                keys[: n - 1] = self._keys[: n - 1]
                sizes[: n - 1] = self._key_sizes[: n - 1]
                cyrillic[: n - 1] = self._cyrillic[: n - 1]
            self._matrix, self._at_array, self._story_array = grown, at, stories
            self._keys, self._key_sizes, self._cyrillic = keys, sizes, cyrillic
        assert self._at_array is not None and self._story_array is not None
        assert self._keys is not None and self._key_sizes is not None
        assert self._cyrillic is not None
        self._matrix[n - 1] = fp.vector
        self._at_array[n - 1] = arrival.at
        self._story_array[n - 1] = story_id
        self._keys[n - 1] = (key_mask(fp.names), key_mask(fp.numbers))
        self._key_sizes[n - 1] = (len(fp.names), len(fp.numbers))
        self._cyrillic[n - 1] = fp.script == "cyrl"

    def _ensure_window(self, at: float) -> None:
        lo, hi = at - self.window, at + self.window
        if self._loaded and self._lo <= lo and hi <= self._hi:
            return
        import numpy as np

        from .features import Fingerprint as FP

        if self._loaded and len(self._ids) > MAX_IN_MEMORY:
            self._forget_before(lo - self.window)  # a long watch: keep the recent window only
        # load a window ahead as well, so that articles arriving in time order reload rarely;
        # only the slices not loaded yet are read (a reload of the whole window per article
        # made a long run quadratic)
        hi += self.window
        if not self._loaded:
            slices = [("s.at >= ? AND s.at <= ?", lo, hi)]
            new_lo, new_hi = lo, hi
        else:
            new_lo, new_hi = min(lo, self._lo), max(hi, self._hi)
            slices = []
            if new_lo < self._lo:
                slices.append(("s.at >= ? AND s.at < ?", new_lo, self._lo))
            if new_hi > self._hi:
                slices.append(("s.at > ? AND s.at <= ?", self._hi, new_hi))
        known = set(self._ids)
        rows = [
            r
            for where, a, b in slices
            for r in self.conn.execute(
                # whether the article has a publication time: the time stored is the time it
                # was added when it has none
                "SELECT s.article_id, s.story_id, s.at, s.minhash, s.vector, s.names, "
                "s.numbers, s.terms, s.script, s.days, s.head_names, a.published IS NOT NULL "
                "FROM story_articles s LEFT JOIN articles a ON a.id = s.article_id "
                f"WHERE {where} ORDER BY s.at",
                (a, b),
            )
        ]
        legacy: list[tuple[int, int, float, bytes]] = []
        for r in rows:
            if r[0] in known:
                continue
            if r[7] is None:  # stored before the words of the head were kept
                legacy.append((int(r[0]), int(r[1]), float(r[2]), r[3]))
                continue
            terms, counts = unpack_terms(r[7])
            fp = FP(
                np.frombuffer(r[3], dtype=np.uint32),
                np.frombuffer(r[4], dtype=np.float16).astype(np.float32),
                frozenset(json.loads(r[5])),
                frozenset(json.loads(r[6])),
                terms,
                counts,
                r[8] or "latn",
                # stored before the days were kept: none known, decided as before
                tuple(json.loads(r[9])) if r[9] else (),
                float(r[2]),
                # stored before the lead's names were kept: none, decided as before
                *_lead_names(r[10]),
                bool(r[11]),
            )
            self._remember(Arrival(int(r[0]), None, "", float(r[2])), int(r[1]), fp)
        if legacy:
            self._upgrade(legacy)
        self._lo, self._hi, self._loaded = new_lo, new_hi, True

    def _upgrade(self, rows: list[tuple[int, int, float, bytes]]) -> None:
        """Recompute the fingerprints of rows an older newsprism stored (names romanised, the
        words of the head, a 150-character lead) from their articles, and store them."""
        import numpy as np

        from ..feeds.clock import parse_time

        texts: dict[int, tuple[str | None, str]] = {}
        dated: set[int] = set()
        for article_id, blob in self.conn.execute(
            f"SELECT id, json FROM articles WHERE id IN ({','.join('?' * len(rows))})",
            [r[0] for r in rows],
        ):
            data = json.loads(blob or "{}")
            texts[int(article_id)] = (data.get("title"), str(data.get("text") or ""))
            meta = data.get("metadata")
            if isinstance(meta, dict) and parse_time(meta.get("published")) is not None:
                dated.add(int(article_id))
        # a stored time is the publication time only when the article has one (else it is the
        # time it was added, against which "on Tuesday" must not resolve, as in assign_articles)
        prints = fingerprints(
            [texts.get(r[0], (None, "")) for r in rows],
            [r[2] if r[0] in dated else None for r in rows],
        )
        with db.write_transaction(self.conn) as conn:
            for (article_id, story_id, at, minhash), fp in zip(rows, prints, strict=True):
                # the MinHash is unchanged (and the LSH bands with it): keep the stored one
                fp = dataclasses.replace(
                    fp,
                    minhash=np.frombuffer(minhash, dtype=np.uint32),
                    at=float(at),
                    dated=article_id in dated,
                )
                conn.execute(
                    "UPDATE story_articles SET vector = ?, names = ?, numbers = ?, terms = ?, "
                    "script = ?, days = ?, head_names = ? WHERE article_id = ?",
                    (
                        fp.vector.astype("float16").tobytes(),
                        json.dumps(sorted(fp.names), ensure_ascii=False),
                        json.dumps(sorted(fp.numbers)),
                        fp.terms_blob(),
                        fp.script,
                        json.dumps(fp.days),
                        _lead_names_json(fp),
                        article_id,
                    ),
                )
                self._remember(Arrival(article_id, None, "", at), story_id, fp)

    def _forget_before(self, cutoff: float) -> None:
        if self._matrix is None or self._at_array is None:
            return
        keep = [i for i, at in enumerate(self._at_array[: len(self._ids)]) if at >= cutoff]
        if len(keep) == len(self._ids):
            return
        kept = set(keep)
        for i, fp in enumerate(self._fps):
            if i not in kept:
                self.df.remove(fp.terms, fp.names)
        matrix = self._matrix[keep]
        assert self._story_array is not None
        assert self._keys is not None and self._key_sizes is not None
        assert self._cyrillic is not None
        self._at_array = self._at_array[keep]
        self._story_array = self._story_array[keep]
        self._keys = self._keys[keep]
        self._key_sizes = self._key_sizes[keep]
        self._cyrillic = self._cyrillic[keep]
        self._ids = [self._ids[i] for i in keep]
        self._stories = [self._stories[i] for i in keep]
        self._fps = [self._fps[i] for i in keep]
        self._scripts = [self._scripts[i] for i in keep]
        self._matrix = matrix if len(matrix) else None
        self._lo = max(self._lo, cutoff)

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


def figures_differ(numbers: frozenset[str], stored: str | None) -> bool:
    """Does a rewritten copy give figures its original does not (``numbers``: the copy's, as
    :func:`~.features.numbers` reads its head; ``stored``: the original's, as stored in JSON)?
    Years (1900-2099) are left out: a copy that adds "in 2026" changed no figure; so is a
    figure the copy drops (a wire copy cut short gives nothing new)."""
    if stored is None:
        return False
    theirs = frozenset(str(n) for n in json.loads(stored))
    return any(not _YEAR.fullmatch(n) for n in numbers - theirs)


#: a year, which a copy may add or drop without changing a figure
_YEAR = re.compile(r"(?:19|20)\d\d")


def _tail_figures_differ(conn: sqlite3.Connection, arrival: Arrival, original: int) -> bool:
    """Does a copy whose head gives its original's figures change one further down?  The
    stored numbers are the head's (:data:`~.features.HEAD_CHARS`), so a wire copy that changed
    "350" to "520" in its fifth paragraph was a copy a reader could skip (thirtieth session's
    short list).  Only a copy longer than the head is read again, with its original's whole text
    (one row, and only for an arrival the MinHash already found a copy of)."""
    if len(arrival.text) <= HEAD_CHARS:
        return False
    try:
        row = conn.execute(
            "SELECT json_extract(json, '$.text') FROM articles WHERE id = ?", (original,)
        ).fetchone()
    except sqlite3.Error:  # an index without the library's articles (a bare benchmark table)
        return False
    if not row or not isinstance(row[0], str):
        return False
    return figures_differ(tail_figures(arrival.text), json.dumps(sorted(tail_figures(row[0]))))


#: digits that are no figure of the news, read out of a copy's whole text before its numbers are
#: compared with its original's (:func:`tail_figures`): a copy that adds "Updated 14:30 GMT", a
#: dated line or a press office's telephone number changed no figure
_CLOCK = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b"  # 14:30, 08:40:05
    r"|\b\d{1,2}(?:[.]\d{2})?\s?(?:[ap]\.?m\b\.?|gmt\b|utc\b|bst\b|cet\b|мск\b)",  # 9.45am
    re.IGNORECASE,
)
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")  # 08.10.2026, 2026-10-08, 8/10/26
#: a run of digit groups that may be a telephone number (judged by :func:`_telephone`)
_DIGIT_RUN = re.compile(r"(?<![\w.,])\+?\(?\d[\d()\u00a0 -]{5,}\d(?![\w]|[.,]\d)")
#: a word before a number that says it is one to call
_CALL = re.compile(r"(?:tel|phone|call|fax|тел|телефон|звонит\w*|факс)\w*\.?[:\s]*$", re.IGNORECASE)


def _telephone(match: re.Match[str], text: str) -> bool:
    """A run of digit groups is a telephone number when it has at least seven digits and is
    written as one: after a +, with an area code in brackets, in three groups joined by hyphens
    ("555-35-35"), or after "tel." / «телефон».  Spaced thousands ("1 200 000 рублей") are
    none of these."""
    run = match.group(0)
    if sum(c.isdigit() for c in run) < 7:
        return False
    return (
        run.startswith("+")
        or "(" in run
        or run.count("-") >= 2
        or bool(_CALL.search(text[max(0, match.start() - 16) : match.start()]))
    )


def tail_figures(text: str) -> frozenset[str]:
    """The figures of a whole text as :func:`~.features.numbers` reads them, without clock
    times, dates written in digits and telephone numbers."""
    # the telephone numbers first: "555-35-35" would otherwise read as a date
    text = _DIGIT_RUN.sub(lambda m: " " if _telephone(m, m.string) else m.group(0), text)
    return numbers_of(_CLOCK.sub(" ", _DATE.sub(" ", text)))


def _lead_names_json(fp: Fingerprint) -> str:
    """The headline's and the lead's names as stored (``story_articles.head_names``)."""
    return json.dumps([sorted(fp.title_names), sorted(fp.lead_names)], ensure_ascii=False)


def _lead_names(stored: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The headline's and the lead's names of a stored row (none for rows stored before).  A
    library written by the thirty-first session's first code may hold a third element (how the
    lead told its news, a rumour or a confirmation: a rule since withdrawn, docs/stories.md):
    it is read past, so such a library opens and is decided as any other."""
    if not stored:
        return frozenset(), frozenset()
    title, lead, *_withdrawn = json.loads(stored)
    return frozenset(title), frozenset(lead)


def assign_new(lib: Library, batch: int = 64) -> int:
    """Assign the library's articles not yet in a story (new ones only: nothing is rescanned)."""
    index = StoryIndex(lib.conn)
    ids = index.unassigned()
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        index.assign_articles([(i, lib.get(i)) for i in chunk])
    return len(ids)
