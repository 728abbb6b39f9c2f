"""Which story an arriving article joins: its most probable match of the window, weighed.

Its vector is compared with the articles of the time window around it (:mod:`.window`); those
whose cosine could still reach the loosest level's threshold (:data:`~.match.RUNNING_STORY`) are
scored with the words of the head (TF-IDF, the IDF of the articles in memory), shared names and
numbers; the most probable one at or above :data:`~.match.SAME_STORY` (the same happening) whose
story is of the arrival's day gives it its story (``join="best"``, single link: the default), or,
with ``join="average"``, the story whose members in the window are on average most probable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import match
from .arrivals import Arrival, Assignment
from .features import Fingerprint, overlap_bounds
from .window import Window

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


#: the articles of the window with the closest vectors that are weighed in full
CANDIDATES = 50


class Chooser(Window):
    """The choice of a story among the window's (a base of :class:`~.assign.StoryIndex`)."""

    #: how an article joins a story: ``best`` or ``average`` (``assign.JOINS``)
    join: str

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
