"""The articles of the time window, in memory: what an arriving article is compared with.

The story index (:mod:`.assign`) keeps the fingerprints of the articles around the arrival's time
in memory, their vectors in one matrix and their name and number keys as masks (what bounds a
candidate's score before it is scored), loaded once per window from the indexed ``at`` column
and grown as articles arrive.  Rows stored by an older newsprism (without the words of the head)
get their fingerprint recomputed from the stored article when their window is loaded, once.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from typing import TYPE_CHECKING

from ..library import db
from .arrivals import Arrival
from .features import MASK_WORDS, Fingerprint, fingerprints, key_mask, unpack_terms
from .lexical import DocumentFrequencies

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


#: articles kept in memory before the oldest (outside the window) are dropped
MAX_IN_MEMORY = 50_000


class Window:
    """The window in memory and the running story of each story met (a base of
    :class:`~.assign.StoryIndex`)."""

    def __init__(self, conn: sqlite3.Connection, window: float) -> None:
        self.conn = conn
        self.window = window
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
                "s.numbers, s.terms, s.script, s.days, s.head_names, a.published IS NOT NULL, "
                # the title column is the stored article's title: its JSON is parsed only for
                # a row written without one
                "coalesce(a.title, json_extract(a.json, '$.title')) "
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
                *lead_names(r[10]),
                bool(r[11]),
                # its headline, whose counts are read only when a pair asks (features.py)
                r[12] if isinstance(r[12], str) else None,
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
                        lead_names_json(fp),
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


def lead_names_json(fp: Fingerprint) -> str:
    """The headline's and the lead's names as stored (``story_articles.head_names``)."""
    return json.dumps([sorted(fp.title_names), sorted(fp.lead_names)], ensure_ascii=False)


def lead_names(stored: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The headline's and the lead's names of a stored row (none for rows stored before).  A
    library written by the thirty-first session's first code may hold a third element (how the
    lead told its news, a rumour or a confirmation: a rule since withdrawn, docs/stories.md):
    it is read past, so such a library opens and is decided as any other."""
    if not stored:
        return frozenset(), frozenset()
    title, lead, *_withdrawn = json.loads(stored)
    return frozenset(title), frozenset(lead)
