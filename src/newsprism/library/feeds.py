"""Feed state in the library: the feeds, the items seen in them, and per-host politeness state.

Every change is one short ``BEGIN IMMEDIATE`` transaction, so a ``watch`` killed at any moment
leaves the state of the last completed step: a feed whose poll was cut off keeps its lease until
the lease expires and is then polled again; items found but not yet stored stay ``pending`` and
are fetched on the next run.  Two processes cannot poll one feed at once: claiming a feed sets
its lease only where no live lease is held, inside the write lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from ..errors import FeedNotFoundError, InputError
from . import db

if TYPE_CHECKING:
    from ..feeds.parse import Entry

#: the GUID prefix of a live feed's first post read from its page as an article
#: (:mod:`newsprism.feeds.live`)
FIRST_POST = "newsprism:first-post:"
#: a poll that has not finished within this long is taken to have died with its process
LEASE_SECONDS = 600.0
MAX_ITEM_ATTEMPTS = 4


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    kind: str | None
    title: str | None
    added_at: float
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    interval_s: float
    floor_s: float
    last_fetch_at: float | None
    next_fetch_at: float
    last_status: str | None
    last_error: str | None
    failures: float
    disabled_reason: str | None
    new_items_last: int
    items_total: int
    polls: int
    unchanged_polls: int
    bodiless_polls: int
    lease_owner: str | None
    lease_expires: float | None
    #: declared a live blog by the user ('feeds add --live'): a page of one post is that post,
    #: and the page is never switched to the site's feed (:mod:`newsprism.feeds.live`)
    live: bool = False
    #: a live blog's older-posts page to fetch next (its own "Older posts" link, followed a
    #: page at a time through the same per-host gate: :mod:`newsprism.feeds.poller`)
    older_next: str | None = None
    #: the older-posts pages already fetched, a JSON list (at most ``MAX_OLDER_PAGES``)
    older_done: str | None = None

    def to_dict(self) -> dict[str, Any]:
        from ..feeds.clock import iso

        out = {f.name: getattr(self, f.name) for f in fields(self)}
        for key in ("added_at", "last_fetch_at", "next_fetch_at", "lease_expires"):
            out[key] = iso(out[key])
        return out


@dataclass(frozen=True)
class Item:
    id: int
    feed_id: int
    guid: str
    url: str | None
    title: str | None
    published_ts: float | None
    discovered_at: float
    status: str
    attempts: int
    content: str | None
    article_id: int | None
    next_try_at: float | None = None
    #: "digits": read again because numbers outside its title changed, and nothing else
    reread: str | None = None


_FEED_COLUMNS = ", ".join(f.name for f in fields(Feed))


def _feed(row: sqlite3.Row) -> Feed:
    values = dict(row)
    values["live"] = bool(values["live"])
    return Feed(**values)


_ITEM_COLUMNS = ", ".join(f.name for f in fields(Item))


#: the article already stored for a feed item's address (two parameters: the address twice),
#: unless all the library holds of it is the text a feed carried (a live-blog update with an
#: address of its own): that article's page is still to be read — once — and when its text
#: differs the article is updated in place and placed in its story again (the text hash its
#: place was stored with no longer matches: ``StoryIndex.assign``).  Nineteenth session: before,
#: any item at a stored address was a duplicate, so such an article kept the feed's few lines
#: for ever unless the reader added the page
STORED_PAGE_SQL = (
    "SELECT article_id FROM feed_items WHERE url = ? AND status IN ('stored', 'duplicate') "
    "AND article_id IS NOT NULL AND content IS NULL "
    "UNION ALL SELECT a.id FROM articles a WHERE a.url = ? AND NOT EXISTS "
    "(SELECT 1 FROM feed_items f WHERE f.url = a.url AND f.article_id = a.id "
    "AND f.content IS NOT NULL) LIMIT 1"
)


def item_problem_fields(problem: tuple[int, int, str] | None) -> dict[str, Any]:
    """A feed's :meth:`FeedStore.item_problems` entry as fields beside its own (JSON, the web)."""
    retried, given_up, latest = problem or (0, 0, None)
    return {"items_to_retry": retried, "items_given_up": given_up, "latest_item_error": latest}


#: a changed item is read again at most this often (after it was last stored): a feed that
#: stamps every item with the time of each poll would otherwise have every page fetched at
#: every poll
REVISION_GAP = 1800.0
#: re-reads caused by a change of digits alone that found the page unchanged, after which a
#: feed's digit-only changes are taken for a counter or a timestamp and cost no fetch — unless
#: a number of the item that never moved before changed (see ``_runs_changed``); one such
#: re-read that finds a new text or title sets the count back to 0
FEED_DIGIT_NOISE = 2


def _runs(value: str | None) -> set[int]:
    return {int(p) for p in (value or "").split(",") if p.strip().isdigit()}


def _runs_changed(before: str | None, now: str | None) -> set[int] | None:
    """The positions of the runs of digits that differ (``None``: not known, a row from before).

    Session 25: a feed found to carry a counter skipped every digit-only change for ever, so a
    figure corrected from 12 to 21 in a description was never read.  The evidence that tells
    the two apart is which number moved: a counter or a clock moves the same run on every poll,
    and a re-read that finds the page unchanged marks that run as moving (``moving_runs``); a
    corrected figure is a run that held still until now.  Each run costs at most one re-read to
    learn, and a re-read that finds the text changed resets the feed's count.
    """
    if before is None or now is None:
        return None
    a, b = before.split(","), now.split(",")
    if len(a) != len(b):
        return None
    return {i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y}


#: an entry's stored item under its feed and GUID, with what ``_revise`` compares
SEEN_SQL = (
    "SELECT i.id, i.revision, i.shape, i.digits, i.moving_runs, i.status, "
    "i.stored_at, f.digit_noise "
    "FROM feed_items i JOIN feeds f ON f.id = i.feed_id "
    "WHERE i.feed_id = ? AND i.guid = ?"
)


def _revise(conn: sqlite3.Connection, seen: sqlite3.Row, entry: Entry, now: float) -> float | None:
    """An entry seen before under its GUID: when what the feed says of it changed (another
    date, headline or description: the publisher corrected it), put it back in the queue, and
    return when its page is read again (``None``: not queued).

    Its article id stays, so the page read again updates that article (``Library.add`` keeps
    the id of a page at the same address: a new revision, never a second article); an item that
    was given up is tried afresh.  An unchanged entry costs nothing, and a row from before
    revisions were kept takes the digest it has now, without a fetch.
    """
    if entry.revision is None or entry.revision == seen["revision"]:
        if entry.shape is not None and seen["shape"] is None:
            conn.execute("UPDATE feed_items SET shape = ? WHERE id = ?", (entry.shape, seen["id"]))
        if entry.digits is not None and seen["digits"] is None:
            conn.execute(
                "UPDATE feed_items SET digits = ? WHERE id = ?", (entry.digits, seen["id"])
            )
        return None
    digits_only = entry.shape is not None and entry.shape == seen["shape"]
    moved = _runs_changed(seen["digits"], entry.digits) if digits_only else None
    # a counter's: the feed's digit-only changes found nothing new twice, and this change moved
    # only numbers already seen moving (or, a row from before, which numbers is not known)
    counter = (
        digits_only
        and seen["digit_noise"] >= FEED_DIGIT_NOISE
        and (moved is None or moved <= _runs(seen["moving_runs"]))
    )
    if seen["revision"] is None or seen["status"] == "pending" or counter:
        # nothing to read again: a row from before, an item still waiting, or a change of
        # digits in a feed whose digit-only changes were a counter or a timestamp
        conn.execute(
            "UPDATE feed_items SET revision = ?, shape = ?, digits = ? WHERE id = ?",
            (entry.revision, entry.shape, entry.digits, seen["id"]),
        )
        return None
    # a live-blog update's new text is in the feed: storing it costs no fetch, and a corrected
    # figure waited half an hour for the gap (which spares the pages' hosts)
    reread_at = (
        now if entry.content is not None else max(now, (seen["stored_at"] or 0.0) + REVISION_GAP)
    )
    conn.execute(
        "UPDATE feed_items SET revision = ?, shape = ?, digits = ?, pending_runs = ?, "
        "reread = ?, title = coalesce(?, title), "
        "published_ts = coalesce(?, published_ts), content = CASE WHEN content IS NULL "
        "THEN NULL ELSE coalesce(?, content) END, status = 'pending', attempts = 0, "
        "error = NULL, next_try_at = ? WHERE id = ?",
        (
            entry.revision,
            entry.shape,
            entry.digits,
            ",".join(str(i) for i in sorted(moved)) if moved else None,
            "digits" if digits_only else None,
            entry.title,
            entry.published,
            entry.content,
            reread_at,
            seen["id"],
        ),
    )
    return reread_at


class FeedStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- feeds ------------------------------------------------------------------------------

    def add(
        self, url: str, now: float, title: str | None = None, *, live: bool = False
    ) -> tuple[Feed, bool]:
        """Add a feed (due at once); return it and whether it is new.  ``live``: the user
        declares the page a live blog — a feed already watched becomes one (never the reverse:
        adding it again without the flag keeps what the user said before)."""
        if not url.lower().startswith(("http://", "https://")):
            raise InputError(
                f"{url!r} is not an http(s) URL", hint="give the feed's address, or an OPML file"
            )
        with db.write_transaction(self.conn) as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO feeds(url, title, added_at, next_fetch_at) VALUES (?,?,?,?)",
                (url, title, now, now),
            )
            if live:
                conn.execute("UPDATE feeds SET live = 1 WHERE url = ?", (url,))
        return self.get(url), cur.rowcount == 1

    def get(self, feed: int | str) -> Feed:
        key = "id" if isinstance(feed, int) or str(feed).isdigit() else "url"
        row = self.conn.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE {key} = ?", (feed,)
        ).fetchone()
        if row is None:
            raise FeedNotFoundError(f"no feed {feed!r} in the library")
        return _feed(row)

    def all(self) -> list[Feed]:
        return [
            _feed(r) for r in self.conn.execute(f"SELECT {_FEED_COLUMNS} FROM feeds ORDER BY id")
        ]

    def remove(self, feed: int | str) -> Feed:
        found = self.get(feed)
        with db.write_transaction(self.conn) as conn:
            conn.execute("DELETE FROM feeds WHERE id = ?", (found.id,))
        return found

    def enable(self, feed_id: int, now: float) -> None:
        with db.write_transaction(self.conn) as conn:
            conn.execute(
                "UPDATE feeds SET disabled_reason = NULL, failures = 0, next_fetch_at = ? WHERE id = ?",
                (now, feed_id),
            )

    def next_due(self) -> float | None:
        row = self.conn.execute(
            "SELECT min(max(next_fetch_at, coalesce(lease_expires, 0))) FROM feeds "
            "WHERE disabled_reason IS NULL"
        ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def claim(
        self,
        now: float,
        owner: str,
        *,
        limit: int = 100,
        feed_ids: Sequence[int] | None = None,
        due_only: bool = True,
    ) -> list[Feed]:
        """Lease up to ``limit`` feeds (due ones, or the given ones) to ``owner``."""
        where = ["disabled_reason IS NULL", "(lease_owner IS NULL OR lease_expires < ?)"]
        params: list[Any] = [now]
        if due_only:
            where.append("next_fetch_at <= ?")
            params.append(now)
        if feed_ids is not None:
            where.append(f"id IN ({','.join('?' * len(feed_ids))})")
            params += list(feed_ids)
        with db.write_transaction(self.conn) as conn:
            ids = [
                int(r[0])
                for r in conn.execute(
                    f"SELECT id FROM feeds WHERE {' AND '.join(where)} ORDER BY next_fetch_at LIMIT ?",
                    (*params, limit),
                )
            ]
            conn.executemany(
                "UPDATE feeds SET lease_owner = ?, lease_expires = ? WHERE id = ?",
                [(owner, now + LEASE_SECONDS, i) for i in ids],
            )
        return [self.get(i) for i in ids]

    def make_refused_due(self, now: float) -> int:
        """Make every feed refused for its private address (``last_status`` "refused") due now:
        a poller allowed private addresses reads them at once, not after their interval."""
        with db.write_transaction(self.conn) as conn:
            cur = conn.execute(
                "UPDATE feeds SET next_fetch_at = ? WHERE last_status = 'refused' "
                "AND disabled_reason IS NULL AND next_fetch_at > ?",
                (now, now),
            )
        return cur.rowcount

    def update(self, feed_id: int, owner: str, *, release: bool = True, **values: Any) -> bool:
        """Write a poll's outcome (and drop the lease) if ``owner`` still holds the feed."""
        sets = [f"{k} = ?" for k in values]
        if release:
            sets += ["lease_owner = NULL", "lease_expires = NULL"]
        with db.write_transaction(self.conn) as conn:
            cur = conn.execute(
                f"UPDATE feeds SET {', '.join(sets)} WHERE id = ? AND lease_owner = ?",
                (*values.values(), feed_id, owner),
            )
        return cur.rowcount == 1

    # -- items ------------------------------------------------------------------------------

    def record_entries(
        self,
        feed_id: int,
        entries: Iterable[Entry],
        now: float,
        revised: list[float] | None = None,
        adopt: dict[str, str] | None = None,
    ) -> list[int]:
        """Insert the entries not seen before; return the ids of the new pending items.

        An entry whose GUID this feed already has is old — unless what the feed says of it
        changed (:func:`_revise`: it is read again, a revision of its article; ``revised``, when
        given, gets the time each such item is read again); one whose URL any feed already
        brought in is stored as a duplicate of that article, without fetching it again.
        ``adopt`` maps an entry's GUID to the GUID of an item it is (a live blog's first post,
        stored from the page before its markup bounded it: :mod:`newsprism.feeds.live`): that
        item takes the entry's GUID and digests and keeps its article — stored once, not twice.
        """
        new: list[int] = []
        with db.write_transaction(self.conn) as conn:
            for e in entries:
                seen = conn.execute(SEEN_SQL, (feed_id, e.guid)).fetchone()
                if seen is None and adopt and e.guid in adopt:
                    conn.execute(
                        "UPDATE feed_items SET guid = ?, revision = ?, shape = ?, digits = ? "
                        "WHERE feed_id = ? AND guid = ?",
                        (e.guid, e.revision, e.shape, e.digits, feed_id, adopt[e.guid]),
                    )
                    continue
                if seen is None and e.former_guid:
                    # stored under the GUID an earlier version gave it: the same entry
                    conn.execute(
                        "UPDATE feed_items SET guid = ? WHERE feed_id = ? AND guid = ?",
                        (e.guid, feed_id, e.former_guid),
                    )
                    seen = conn.execute(SEEN_SQL, (feed_id, e.guid)).fetchone()
                if seen is not None:
                    reread_at = _revise(conn, seen, e, now)
                    if reread_at is not None and revised is not None:
                        revised.append(reread_at)
                    continue
                twin = (
                    conn.execute(STORED_PAGE_SQL, (e.url, e.url)).fetchone()
                    if e.url and e.content is None
                    else None
                )
                cur = conn.execute(
                    "INSERT INTO feed_items(feed_id, guid, url, title, published_ts, discovered_at, "
                    "status, content, article_id, stored_at, revision, shape, digits) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        feed_id,
                        e.guid,
                        e.url,
                        e.title,
                        e.published,
                        now,
                        "duplicate" if twin else "pending",
                        e.content,
                        twin[0] if twin else None,
                        now if twin else None,
                        e.revision,
                        e.shape,
                        e.digits,
                    ),
                )
                if not twin:
                    new.append(int(cur.lastrowid or 0))
            if new:
                conn.execute(
                    "UPDATE feeds SET items_total = items_total + ? WHERE id = ?",
                    (len(new), feed_id),
                )
        return new

    def first_post(self, feed_id: int) -> Item | None:
        """The item a live feed stored from its page at one post, until a later poll's entry
        takes it over (``record_entries``'s ``adopt``): its GUID still begins with
        ``FIRST_POST``."""
        row = self.conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM feed_items WHERE feed_id = ? AND guid LIKE ? "
            "ORDER BY id LIMIT 1",
            (feed_id, FIRST_POST + "%"),
        ).fetchone()
        return Item(**dict(row)) if row else None

    def live_posts(self, feed_id: int, limit: int = 200) -> list[Item]:
        """The posts a live feed stored (items with their text), the latest first."""
        rows = self.conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM feed_items WHERE feed_id = ? AND content IS NOT NULL "
            "ORDER BY id DESC LIMIT ?",
            (feed_id, limit),
        )
        return [Item(**dict(r)) for r in rows]

    def has_items(self, feed_id: int) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM feed_items WHERE feed_id = ? LIMIT 1", (feed_id,)
            ).fetchone()
            is not None
        )

    def pending(
        self, feed_id: int | None = None, limit: int = 1000, *, now: float | None = None
    ) -> list[Item]:
        """Items still to fetch (with ``now``: only those whose retry time has come)."""
        sql = f"SELECT {_ITEM_COLUMNS} FROM feed_items WHERE status = 'pending' AND attempts < ?"
        params: list[Any] = [MAX_ITEM_ATTEMPTS]
        if now is not None:
            sql += " AND coalesce(next_try_at, 0) <= ?"
            params.append(now)
        if feed_id is not None:
            sql += " AND feed_id = ?"
            params.append(feed_id)
        rows = self.conn.execute(sql + " ORDER BY id LIMIT ?", (*params, limit))
        return [Item(**dict(r)) for r in rows]

    def digits_reread(self, item: Item, *, changed: bool) -> None:
        """An item read again for a change of digits alone (``item.reread``) found its page
        ``changed`` (a new text or title: the digits were a correction) or not (a counter)."""
        if item.reread != "digits":
            return
        with db.write_transaction(self.conn) as conn:
            conn.execute(
                "UPDATE feeds SET digit_noise = CASE WHEN ? THEN 0 ELSE digit_noise + 1 END "
                "WHERE id = ?",
                (changed, item.feed_id),
            )
            row = conn.execute(
                "SELECT moving_runs, pending_runs FROM feed_items WHERE id = ?", (item.id,)
            ).fetchone()
            # the numbers whose change left the page the same move on their own (a counter, a
            # clock); those of a change that was a correction stay watched
            moving = _runs(row["moving_runs"]) | (set() if changed else _runs(row["pending_runs"]))
            conn.execute(
                "UPDATE feed_items SET reread = NULL, pending_runs = NULL, moving_runs = ? "
                "WHERE id = ?",
                (",".join(str(i) for i in sorted(moving)) or None, item.id),
            )

    def finish_item(
        self,
        item_id: int,
        status: str,
        now: float,
        *,
        article_id: int | None = None,
        error: str | None = None,
        final: bool = False,
    ) -> None:
        """``stored``/``duplicate`` with the article, or a failed attempt with its reason
        (``final``: a failure no retry can mend, given up at once)."""
        with db.write_transaction(self.conn) as conn:
            if status == "failed" and final:
                conn.execute(
                    "UPDATE feed_items SET attempts = max(attempts + 1, ?), error = ?, "
                    "status = 'failed', next_try_at = NULL WHERE id = ?",
                    (MAX_ITEM_ATTEMPTS, error, item_id),
                )
            elif status == "failed":
                # retried after 5, 10, 20 minutes, then given up with its reason kept
                conn.execute(
                    "UPDATE feed_items SET attempts = attempts + 1, error = ?, "
                    "next_try_at = ? + 300 * (1 << attempts), "
                    "status = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE 'pending' END WHERE id = ?",
                    (error, now, MAX_ITEM_ATTEMPTS, item_id),
                )
            else:
                conn.execute(
                    "UPDATE feed_items SET status = ?, article_id = ?, stored_at = ?, error = NULL "
                    "WHERE id = ?",
                    (status, article_id, now, item_id),
                )

    def items(self, feed_id: int | None = None, limit: int = 100) -> list[dict[str, Any]]:
        sql = f"SELECT {_ITEM_COLUMNS}, stored_at, error FROM feed_items"
        params: list[Any] = []
        if feed_id is not None:
            sql += " WHERE feed_id = ?"
            params.append(feed_id)
        return [
            dict(r) for r in self.conn.execute(sql + " ORDER BY id DESC LIMIT ?", (*params, limit))
        ]

    def item_problems(self) -> dict[int, tuple[int, int, str]]:
        """Per feed, the items not stored because of an error: (still retried, given up, the
        latest error).  A poll that stored 3 of 12 items says only "12 new": this is where the
        other nine and why are kept for the reader."""
        out: dict[int, tuple[int, int, str]] = {}
        for feed_id, retried, given_up, latest in self.conn.execute(
            "SELECT feed_id, sum(status = 'pending'), sum(status = 'failed'), "
            "(SELECT error FROM feed_items j WHERE j.feed_id = i.feed_id AND j.error IS NOT NULL "
            " AND j.status IN ('pending', 'failed') ORDER BY j.id DESC LIMIT 1) "
            "FROM feed_items i WHERE error IS NOT NULL AND status IN ('pending', 'failed') "
            "GROUP BY feed_id"
        ):
            out[int(feed_id)] = (int(retried), int(given_up), str(latest))
        return out

    def recent_times(self, feed_id: int, limit: int = 20) -> list[float]:
        return [
            float(r[0])
            for r in self.conn.execute(
                "SELECT coalesce(published_ts, discovered_at) t FROM feed_items WHERE feed_id = ? "
                "ORDER BY t DESC LIMIT ?",
                (feed_id, limit),
            )
        ]

    # -- hosts ------------------------------------------------------------------------------

    def load_hosts(self) -> list[tuple[str, float | None, float | None]]:
        return [
            (r[0], r[1], r[2])
            for r in self.conn.execute("SELECT host, last_start, not_before FROM feed_hosts")
        ]

    def save_hosts(self, state: dict[str, tuple[float | None, float | None]]) -> None:
        with db.write_transaction(self.conn) as conn:
            conn.executemany(
                "INSERT INTO feed_hosts(host, last_start, not_before) VALUES (?,?,?) "
                "ON CONFLICT(host) DO UPDATE SET last_start = max(coalesce(last_start, 0), excluded.last_start), "
                "not_before = max(coalesce(not_before, 0), coalesce(excluded.not_before, 0))",
                [(h, s, nb) for h, (s, nb) in state.items()],
            )
