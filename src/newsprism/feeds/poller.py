"""Poll feeds politely and store their new items: the engine behind ``feeds refresh`` and ``watch``.

One poll of a feed: wait for the host (spacing, concurrency, Retry-After), check robots.txt, GET
with the stored validators, and then

- ``304``: nothing downloaded; the feed is due again after its interval;
- ``429``/``503``: the host is left alone for ``Retry-After`` (or the backoff, if longer);
- ``200`` with the body we already have (a server that ignores validators): nothing parsed;
- ``200`` with a new body: the entries not seen before are recorded as *pending* items, the
  validators and interval are updated, and the pending items are fetched, extracted, analysed
  and stored as ``add`` does.

Entries are recorded before the feed's validators, and items are marked stored only after their
article is, so a ``kill -9`` at any point loses nothing: the next run re-reads the feed or picks
up the pending items.  Each worker thread has its own SQLite connection.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from ..article import Article
from ..errors import FeedError, FetchError, NewsprismError
from ..fetch import guarded_client
from ..library import Library
from ..library.feeds import Feed, FeedStore, Item
from . import politeness as pol
from .clock import Clock, SystemClock, iso
from .http import conditional_get, max_age, retry_after
from .parse import Parsed, parse

ITEMS_PER_POLL = 60
#: a host that asks us to wait longer than this is skipped for now rather than waited for
HOST_PATIENCE = 30.0


@dataclass
class PollResult:
    feed_id: int
    url: str
    #: new · unchanged · not-modified · retry-later · deferred · moved · failed · disabled
    outcome: str
    new_items: int = 0
    stored: int = 0
    error: str | None = None
    bodiless: bool = False
    next_fetch_at: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["next_fetch_at"] = iso(self.next_fetch_at)
        return out


Analyse = Callable[[Article], Article]


class Poller:
    def __init__(
        self,
        library: Library,
        *,
        clock: Clock | None = None,
        client: httpx.Client | None = None,
        allow_private: bool = False,
        analyse: Analyse | None = None,
        workers: int = 2,
        owner: str | None = None,
        gate: pol.HostGate | None = None,
        stories: bool = True,
    ) -> None:
        self.library = library
        self.clock = clock or SystemClock()
        self.allow_private = allow_private
        self.analyse = analyse
        #: put each stored item into its story as it arrives (stories.StoryIndex)
        self.stories = stories
        self.workers = max(1, workers) if str(library.path) != ":memory:" else 1
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"
        self.gate = gate or pol.HostGate(self.clock)
        self._guarded = client is None
        self.client = client or guarded_client(allow_private=allow_private)
        self.robots = pol.RobotsCache(self._fetch_robots, self.clock, self.gate)
        self._local = threading.local()
        self._opened: list[Library] = []
        self._pool: ThreadPoolExecutor | None = None
        self.store = FeedStore(library.conn)
        for host, last_start, not_before in self.store.load_hosts():
            self.gate.restore(host, last_start, not_before)

    def close(self) -> None:
        self.store.save_hosts(self.gate.state())
        if self._pool is not None:
            self._pool.shutdown()
        for lib in self._opened:
            lib.close()
        if self._guarded:
            self.client.close()

    # -- public -----------------------------------------------------------------------------

    def poll_due(
        self, *, limit: int = 500, on_result: Callable[[PollResult], Any] | None = None
    ) -> list[PollResult]:
        """Poll every feed that is due now (at most ``limit``)."""
        feeds = self.store.claim(self.clock.now(), self.owner, limit=limit)
        return self._run(feeds, on_result)

    def refresh(
        self,
        feed_ids: list[int] | None = None,
        *,
        on_result: Callable[[PollResult], Any] | None = None,
    ) -> list[PollResult]:
        """Poll the given feeds (or all) now, due or not; per-host politeness still applies."""
        ids = feed_ids if feed_ids is not None else [f.id for f in self.store.all()]
        feeds = self.store.claim(
            self.clock.now(), self.owner, limit=max(1, len(ids)), feed_ids=ids, due_only=False
        )
        return self._run(feeds, on_result)

    def watch(
        self,
        *,
        once: bool = False,
        stop: threading.Event | None = None,
        on_result: Callable[[PollResult], Any] | None = None,
        max_sleep: float = 60.0,
    ) -> None:
        """Poll what is due, store pending items left by an earlier run, sleep, repeat."""
        self.process_pending()
        while True:
            self.poll_due(on_result=on_result)
            self.store.save_hosts(self.gate.state())
            if once or (stop is not None and stop.is_set()):
                return
            due = self.store.next_due()
            wait = max_sleep if due is None else min(max_sleep, max(1.0, due - self.clock.now()))
            if stop is not None:
                if stop.wait(wait):
                    return
            else:
                self.clock.sleep(wait)

    def process_pending(self, feed_id: int | None = None, limit: int = 1000) -> int:
        """Fetch and store items found earlier but not stored (after a crash, or a failure)."""
        stored = 0
        for item in self._feeds().pending(feed_id, limit):
            stored += self._store_item(item)
        return stored

    # -- one feed ---------------------------------------------------------------------------

    def _run(
        self, feeds: list[Feed], on_result: Callable[[PollResult], Any] | None
    ) -> list[PollResult]:
        results: list[PollResult] = []
        if self.workers == 1 or len(feeds) <= 1:
            for feed in feeds:
                results.append(self.poll(feed))
                if on_result:
                    on_result(results[-1])
            return results
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="newsprism-poll")
        for result in self._pool.map(self.poll, feeds):
            results.append(result)
            if on_result:
                on_result(result)
        return results

    def poll(self, feed: Feed) -> PollResult:
        """Poll one feed this poller holds the lease of; never raises for a feed's own failure."""
        store = self._feeds()
        host = pol.host_of(feed.url)
        now = self.clock.now()
        earliest = self.gate.earliest(host)
        if earliest > now + HOST_PATIENCE:
            store.update(feed.id, self.owner, next_fetch_at=earliest)
            return PollResult(feed.id, feed.url, "deferred", next_fetch_at=earliest)
        try:
            self.robots.check(feed.url)
            self.gate.acquire(host, patience=HOST_PATIENCE)
            try:
                resp = conditional_get(
                    self.client,
                    feed.url,
                    etag=feed.etag,
                    last_modified=feed.last_modified,
                    allow_private=self.allow_private,
                    guarded=self._guarded,
                )
            finally:
                self.gate.release(host)
        except NewsprismError as error:
            return self._failed(feed, error)
        now = self.clock.now()
        base: dict[str, Any] = {"last_fetch_at": now, "polls": feed.polls + 1}
        floor = max(feed.floor_s, max_age(resp.header("cache-control")) or 0.0)
        if resp.status in (429, 503):
            wait = min(pol.MAX_RETRY_AFTER, retry_after(resp.header("retry-after"), now) or 0.0)
            failures = feed.failures + 0.5
            wait = max(wait, pol.backoff(feed.interval_s, failures) - feed.interval_s)
            self.gate.block(host, now + wait)
            store.update(
                feed.id,
                self.owner,
                **base,
                failures=failures,
                last_status=f"HTTP {resp.status}",
                last_error=f"asked to wait {wait:.0f} s",
                next_fetch_at=now + wait,
            )
            return PollResult(feed.id, feed.url, "retry-later", next_fetch_at=now + wait)
        if resp.not_modified:
            nxt = now + max(feed.interval_s, floor) * pol.jitter(feed.id, feed.polls)
            store.update(
                feed.id,
                self.owner,
                **base,
                etag=resp.header("etag") or feed.etag,
                failures=0.0,
                last_status="304",
                last_error=None,
                new_items_last=0,
                next_fetch_at=nxt,
                unchanged_polls=feed.unchanged_polls + 1,
                bodiless_polls=feed.bodiless_polls + 1,
            )
            return PollResult(feed.id, feed.url, "not-modified", bodiless=True, next_fetch_at=nxt)
        validators: dict[str, Any] = {  # verbatim, and cleared when the server stops sending them
            "etag": resp.header("etag"),
            "last_modified": resp.header("last-modified"),
        }
        digest = hashlib.sha256(resp.body).hexdigest()
        if digest == feed.body_hash:
            interval = pol.clamp(feed.interval_s * 1.25)
            nxt = now + max(interval, floor) * pol.jitter(feed.id, feed.polls)
            store.update(
                feed.id,
                self.owner,
                **base,
                **validators,
                interval_s=interval,
                failures=0.0,
                last_status="200 unchanged",
                last_error=None,
                new_items_last=0,
                next_fetch_at=nxt,
                unchanged_polls=feed.unchanged_polls + 1,
            )
            return PollResult(feed.id, feed.url, "unchanged", next_fetch_at=nxt)
        try:
            parsed = parse(resp.body, resp.url)
        except NewsprismError as error:
            return self._failed(feed, error)
        if not parsed.entries and parsed.kind == "liveblog":
            return self._switch_or_fail(feed, parsed, now)
        new = store.record_entries(feed.id, parsed.entries, now)
        times = [e.published for e in parsed.entries if e.published] or store.recent_times(feed.id)
        interval = pol.adapt_interval(times, now, feed.interval_s, len(new))
        floor = max(floor, min(parsed.floor_s or 0.0, pol.MAX_INTERVAL))
        nxt = now + max(interval, min(floor, pol.MAX_INTERVAL)) * pol.jitter(feed.id, feed.polls)
        moved = resp.moved_to if resp.moved_to and resp.moved_to != feed.url else None
        store.update(
            feed.id,
            self.owner,
            release=False,
            **base,
            **validators,
            body_hash=digest,
            kind=parsed.kind,
            title=feed.title or parsed.title,
            interval_s=interval,
            floor_s=floor,
            failures=0.0,
            last_status="200",
            last_error=None,
            new_items_last=len(new),
            next_fetch_at=nxt,
            **({"url": moved} if moved and not self._url_taken(moved) else {}),
        )
        stored = 0
        for item in store.pending(feed.id, ITEMS_PER_POLL):
            stored += self._store_item(item)
        store.update(feed.id, self.owner)
        return PollResult(
            feed.id, feed.url, "new" if new else "unchanged", len(new), stored, next_fetch_at=nxt
        )

    def _switch_or_fail(self, feed: Feed, parsed: Parsed, now: float) -> PollResult:
        """An HTML page without live-blog updates: follow the feed it links, or fail."""
        target = next((a for a in parsed.alternates if not self._url_taken(a)), None)
        if target is None:
            error = FeedError(
                f"{feed.url} is a page with no feed, news sitemap or live-blog updates",
                hint="give the address of the site's RSS/Atom feed or news sitemap",
            )
            return self._failed(feed, error)
        self._feeds().update(
            feed.id, self.owner, url=target, kind=None, etag=None, last_modified=None,
            last_status="moved", last_error=f"the page links the feed {target}", next_fetch_at=now,
        )  # fmt: skip
        return PollResult(feed.id, target, "moved", next_fetch_at=now)

    def _failed(self, feed: Feed, error: NewsprismError) -> PollResult:
        now = self.clock.now()
        hard = pol.is_hard(error)
        failures = feed.failures + (1.0 if hard else 0.5)
        disabled = str(error) if failures >= pol.DISABLE_AT else None
        nxt = now + pol.backoff(feed.interval_s, failures) * pol.jitter(feed.id, feed.polls)
        self._feeds().update(
            feed.id,
            self.owner,
            last_fetch_at=now,
            polls=feed.polls + 1,
            failures=failures,
            last_status="failed" if not disabled else "disabled",
            last_error=str(error),
            disabled_reason=disabled,
            new_items_last=0,
            next_fetch_at=nxt,
        )
        return PollResult(
            feed.id,
            feed.url,
            "disabled" if disabled else "failed",
            error=str(error),
            next_fetch_at=nxt,
        )

    def _url_taken(self, url: str) -> bool:
        return bool(
            self._feeds().conn.execute("SELECT 1 FROM feeds WHERE url = ?", (url,)).fetchone()
        )

    # -- items ------------------------------------------------------------------------------

    def _store_item(self, item: Item) -> int:
        """Fetch, extract, analyse and store one item; 1 if stored (or found stored), else 0."""
        from ..library.ingest import store_document
        from ..sources import Document, decode

        store = self._feeds()
        lib = self._library()
        try:
            if item.content is not None:  # a live-blog update: the text is in the feed
                doc = Document(
                    text=f"{item.title}\n\n{item.content}" if item.title else item.content,
                    is_html=False,
                    source=item.url or item.guid,
                    url=item.url,
                )
            else:
                if not item.url:
                    raise FeedError(f"item {item.guid!r} has no link to fetch")
                resp = self._get_item(item.url)
                doc = decode(resp[1], source=item.url, url=resp[0], http_charset=resp[2])
            article = self._read(doc, item)
            twin = lib.conn.execute(
                "SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1",
                (article.content_hash, article.metadata.url),
            ).fetchone()
            if twin:
                store.finish_item(item.id, "duplicate", self.clock.now(), article_id=int(twin[0]))
                return 1
            article_id, article = store_document(
                lib, doc, source=item.url, analyse=self.analyse, article=article
            )
        except NewsprismError as error:
            store.finish_item(item.id, "failed", self.clock.now(), error=str(error))
            return 0
        store.finish_item(item.id, "stored", self.clock.now(), article_id=article_id)
        if self.stories:
            # stored all the same if this fails; 'newsprism stories' assigns it later
            with contextlib.suppress(NewsprismError):
                self._story_index().assign_articles([(article_id, article)])
        return 1

    def _story_index(self) -> Any:
        from ..stories import StoryIndex

        index = getattr(self._local, "stories", None)
        if index is None or index.conn is not self._library().conn:
            index = StoryIndex(self._library().conn)
            self._local.stories = index
        return index

    def _read(self, doc: Any, item: Item) -> Article:
        import dataclasses

        from ..api import read_document

        article = read_document(doc)
        meta = article.metadata
        if item.published_ts and not meta.published:
            meta = dataclasses.replace(meta, published=iso(item.published_ts))
        if item.content is not None:
            meta = dataclasses.replace(
                meta, url=item.url, site=meta.site or pol.host_of(item.url or "")
            )
        return (
            dataclasses.replace(article, metadata=meta) if meta is not article.metadata else article
        )

    def _get_item(self, url: str) -> tuple[str, bytes, str | None]:
        host = pol.host_of(url)
        self.robots.check(url)
        self.gate.acquire(host, patience=HOST_PATIENCE * 4)
        try:
            resp = conditional_get(
                self.client,
                url,
                allow_private=self.allow_private,
                guarded=self._guarded,
                accept="text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            )
        finally:
            self.gate.release(host)
        if resp.status in (429, 503):
            wait = retry_after(resp.header("retry-after"), self.clock.now()) or 60.0
            self.gate.block(host, self.clock.now() + min(wait, pol.MAX_RETRY_AFTER))
            raise FetchError(f"{url} answered HTTP {resp.status}", hint="newsprism retries later")
        return resp.url, resp.body, resp.charset

    def _fetch_robots(self, url: str) -> tuple[int, bytes]:
        host = pol.host_of(url)
        self.gate.acquire(host, patience=HOST_PATIENCE * 4)
        try:
            resp = conditional_get(
                self.client,
                url,
                allow_private=self.allow_private,
                guarded=self._guarded,
                accept="text/plain",
            )
        except FetchError as error:
            status = getattr(error, "status", None)
            if status is None:
                raise
            return int(status), b""
        finally:
            self.gate.release(host)
        return resp.status, resp.body

    # -- per-thread connections ---------------------------------------------------------------

    def _library(self) -> Library:
        if self.workers == 1 or threading.current_thread() is threading.main_thread():
            return self.library
        lib: Library | None = getattr(self._local, "library", None)
        if lib is None:
            lib = Library.open(Path(self.library.path))
            self._local.library = lib
            self._opened.append(lib)
        return lib

    def _feeds(self) -> FeedStore:
        return FeedStore(self._library().conn)
