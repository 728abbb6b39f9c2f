"""Linking stored articles into the trace index and into their stories — as they arrive, and
where linking has to catch up.

Every path that stores articles (``add`` and the imports, the web reader's upload, the batch
import, the feed poller) calls this module once the article or the batch is stored, so no view
pays for linking later: a trace, speaker or stories page only reads.  The same code catches up
what is left unlinked — a library written by an older newsprism, a migration that relinks every
article, a run killed between storing and linking — and a view that finds such a backlog links
a bounded slice of it per request (:data:`VIEW_SECONDS`) and says how many articles still wait.

Both indexes are incremental: only articles without trace rows (or whose text changed since
they were linked) are linked, and only articles no story holds (or holds with another text) are
placed.  A failure on one article — a bug in a stage, an article the linker cannot read — never
loses the stored article: the failure is recorded in ``link_failures`` with the text it failed
on and the newsprism that failed (:func:`linker_version`), reported once, and that article is
tried again only when its text changes or once under a newer newsprism (which may have fixed
the fault).
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import as_newsprism_error

if TYPE_CHECKING:
    from .article import Article
    from .library import Library

#: articles placed in stories in one batch: one encoding of the leads and one transaction (the
#: stories speed run assigns 313 articles per CPU-second in batches of 32, 238 one at a time)
STORY_BATCH = 32
#: the seconds a web page spends catching up before it answers (some 5 to 14 articles: a link
#: costs 143 ms with the models warm to 394 ms an article in ``add``, docs/library.md); the rest
#: waits for the next request, and the page says how many remain (the CLI's views catch up all)
VIEW_SECONDS = 2.0

#: the two indexes, as named in ``link_failures`` and in messages
TRACES, STORIES = "traces", "stories"

Progress = Callable[[str, int, int], Any]  # (index, done, total)

# a failure holds an article back only with the same text and under the same newsprism
_FAILED = (
    "NOT EXISTS (SELECT 1 FROM link_failures f WHERE f.article_id = a.id "
    "AND f.stage = ? AND f.content_hash = a.content_hash AND f.version = ?)"
)
_TRACE_PENDING = (
    "SELECT a.id FROM articles a LEFT JOIN trace_articles t ON t.article_id = a.id "
    f"WHERE (t.article_id IS NULL OR t.content_hash != a.content_hash) AND {_FAILED} "
    "ORDER BY a.id"
)
# oldest first, as stories.StoryIndex.unassigned: a story's first report is placed first
_STORY_PENDING = (
    "SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id "
    "WHERE (s.article_id IS NULL OR (s.content_hash IS NOT NULL "
    f"AND s.content_hash != a.content_hash)) AND {_FAILED} "
    "ORDER BY coalesce(a.published, a.added_at), a.id"
)


@dataclass
class LinkReport:
    """What one linking pass did."""

    #: articles linked into the traces, and placed in stories
    traced: int = 0
    placed: int = 0
    #: (article id, index, the one-line reason): stored all the same, not linked
    failed: list[tuple[int, str, str]] = field(default_factory=list)
    #: articles still waiting (a pass cut short by its time budget), for each index
    waiting: dict[str, int] = field(default_factory=dict)

    @property
    def remaining(self) -> int:
        return max(self.waiting.values(), default=0)


@cache
def linker_version() -> str:
    """This newsprism, as a failed link records it: the release and a digest of the package's
    code.  The release alone does not move between development builds, and any change of code
    may be the fix; the cost is one more try per article after each change (the digest reads
    the package's ``.py`` files once per process, a few milliseconds)."""
    from . import __version__

    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def pending(conn: sqlite3.Connection) -> dict[str, list[int]]:
    """The ids waiting for each index (failed ones with unchanged text are not waiting)."""
    return {
        TRACES: [int(r[0]) for r in conn.execute(_TRACE_PENDING, (TRACES, linker_version()))],
        STORIES: [int(r[0]) for r in conn.execute(_STORY_PENDING, (STORIES, linker_version()))],
    }


def link_articles(
    lib: Library,
    items: Sequence[tuple[int, Article]],
    *,
    story_index: Any = None,
) -> LinkReport:
    """Link articles just stored into the traces and place them in their stories (in order)."""
    report = LinkReport()
    if items:
        _trace(lib.conn, items, report)
        _place(lib.conn, story_index or _story_index(lib), list(items), report)
    return report


def link_pending(
    lib: Library,
    *,
    seconds: float | None = None,
    progress: Progress | None = None,
    story_index: Any = None,
) -> LinkReport:
    """Link every stored article that is not linked yet (or whose text changed), traces first
    then stories; ``seconds`` bounds the pass (what is left waits for the next one)."""
    conn = lib.conn
    deadline = None if seconds is None else time.monotonic() + seconds
    report = LinkReport()
    waiting = pending(conn)
    ids = waiting[TRACES]
    for n, article_id in enumerate(ids):
        if n and deadline is not None and time.monotonic() > deadline:
            break  # (one article at least per pass: every visit moves a backlog on)
        if progress:
            progress(TRACES, n, len(ids))
        _trace(conn, [(article_id, lib.get(article_id))], report)
    if progress and ids:
        progress(TRACES, report.traced + _failed(report, TRACES), len(ids))
    ids = waiting[STORIES]
    index = story_index or _story_index(lib)
    for start in range(0, len(ids), STORY_BATCH):
        if start and deadline is not None and time.monotonic() > deadline:
            break
        if progress:
            progress(STORIES, start, len(ids))
        chunk = ids[start : start + STORY_BATCH]
        _place(conn, index, [(i, lib.get(i)) for i in chunk], report)
    if progress and ids:
        progress(STORIES, report.placed + _failed(report, STORIES), len(ids))
    if deadline is not None:
        report.waiting = {name: len(left) for name, left in pending(conn).items() if left}
    return report


def _failed(report: LinkReport, stage: str) -> int:
    return sum(1 for _, s, _ in report.failed if s == stage)


def _trace(
    conn: sqlite3.Connection, items: Sequence[tuple[int, Article]], report: LinkReport
) -> None:
    from .trace import link_article

    for article_id, article in items:
        try:
            link_article(conn, article_id, article)
        except sqlite3.Error:
            raise  # the library itself (a full disk, a lock): not this article's fault
        except Exception as exc:  # noqa: BLE001 - one article never stops the others
            _record(conn, article_id, article, TRACES, exc, report)
        else:
            report.traced += 1


def _place(
    conn: sqlite3.Connection, index: Any, items: list[tuple[int, Article]], report: LinkReport
) -> None:
    try:
        index.assign_articles(items)
    except sqlite3.Error:
        raise
    except Exception:  # noqa: BLE001 - find the one article that fails, place the others
        for article_id, article in items:
            try:
                index.assign_articles([(article_id, article)])
            except sqlite3.Error:
                raise
            except Exception as exc:  # noqa: BLE001
                _record(conn, article_id, article, STORIES, exc, report)
            else:
                report.placed += 1
    else:
        report.placed += len(items)


def _record(
    conn: sqlite3.Connection,
    article_id: int,
    article: Article,
    stage: str,
    exc: Exception,
    report: LinkReport,
) -> None:
    from .library import db

    reason = (str(as_newsprism_error(exc)).splitlines() or [type(exc).__name__])[0]
    with db.write_transaction(conn):
        conn.execute(
            "INSERT OR REPLACE INTO link_failures(article_id, stage, content_hash, error, "
            "version) VALUES (?, ?, ?, ?, ?)",
            (article_id, stage, article.content_hash, reason, linker_version()),
        )
    report.failed.append((article_id, stage, reason))


def _story_index(lib: Library) -> Any:
    from .stories import StoryIndex

    return StoryIndex(lib.conn)


def failures_line(report: LinkReport) -> str | None:
    """The one warning a pass with failures gives (each article is reported once: it is not
    tried again until its text changes or newsprism is upgraded)."""
    if not report.failed:
        return None
    ids = sorted({article_id for article_id, _, _ in report.failed})
    first_id, stage, reason = report.failed[0]
    shown = ", ".join(map(str, ids[:5])) + (" …" if len(ids) > 5 else "")
    return (
        f"newsprism: warning: {len(ids)} stored article{'s' if len(ids) > 1 else ''} could not "
        f"be linked ({shown}); they stay in the library, left out of traces or stories "
        f"(article {first_id}, {stage}: {reason})"
    )
