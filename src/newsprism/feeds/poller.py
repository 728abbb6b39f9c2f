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

import hashlib
import json
import os
import socket
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from ..article import Article
from ..errors import FeedError, NewsprismError, PrivateAddressError
from ..fetch import guarded_client
from ..library import Library
from ..library.feeds import Feed, FeedStore, Item
from . import politeness as pol
from .clock import Clock, SystemClock, iso
from .http import conditional_get, max_age, retry_after
from .items import ItemsMixin
from .live import watch_live
from .parse import Parsed, labelled_older_link, parse

#: a host that asks us to wait longer than this is skipped for now rather than waited for
HOST_PATIENCE = 30.0


@dataclass
class PollResult:
    feed_id: int
    url: str
    #: new · changed · unchanged · not-modified · retry-later · deferred · moved · failed ·
    #: disabled ("changed": no new item, but the feed changed what it says of an item it had —
    #: a corrected figure or headline — and its page is read again from ``reread_at``)
    outcome: str
    new_items: int = 0
    #: items the feed corrected, queued to be read again (a new revision of their article)
    changed_items: int = 0
    reread_at: float | None = None
    stored: int = 0
    error: str | None = None
    bodiless: bool = False
    next_fetch_at: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["next_fetch_at"] = iso(self.next_fetch_at)
        out["reread_at"] = iso(self.reread_at)
        return out


Analyse = Callable[[Article], Article]


class Poller(ItemsMixin):
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
        self._arrived = []
        self._opened: list[Library] = []
        self._pool: ThreadPoolExecutor | None = None
        self.store = FeedStore(library.conn)
        #: items stored by a poll round for feeds it did not poll (left waiting by an earlier
        #: poll: a corrected live-blog update, a killed run's), told to ``on_drained``
        self._stored_apart = 0
        for host, last_start, not_before in self.store.load_hosts():
            self.gate.restore(host, last_start, not_before)

    def close(self) -> None:
        self._assign_arrived()
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
        """Poll every feed that is due now (at most ``limit``) and fetch the items it can."""
        if self.allow_private:
            # refused before for their address: the user now allows it (the refusal said to)
            self.store.make_refused_due(self.clock.now())
        feeds = self.store.claim(self.clock.now(), self.owner, limit=limit)
        return self._run(feeds, on_result)

    def refresh(
        self,
        feed_ids: list[int] | None = None,
        *,
        on_result: Callable[[PollResult], Any] | None = None,
    ) -> list[PollResult]:
        """Poll the given feeds (or all) now, due or not, and store their new items.

        Per-host politeness still applies: this waits (on the clock) for the hosts' slots.
        """
        ids = feed_ids if feed_ids is not None else [f.id for f in self.store.all()]
        feeds = self.store.claim(
            self.clock.now(), self.owner, limit=max(1, len(ids)), feed_ids=ids, due_only=False
        )
        results = self._run(feeds, None)
        stored = self.drain()
        for r in results:
            r.stored += stored.get(r.feed_id, 0)
            if on_result:
                on_result(r)
        return results

    def watch(
        self,
        *,
        once: bool = False,
        stop: threading.Event | None = None,
        on_result: Callable[[PollResult], Any] | None = None,
        max_sleep: float = 60.0,
        on_drained: Callable[[int], Any] | None = None,
    ) -> None:
        """Poll what is due, fetch pending items as their hosts allow, sleep, repeat.

        ``once``: poll what is due, store every pending item (waiting for host slots), return;
        ``on_drained`` is told how many of those were stored (items a poll result does not
        count: left by a killed run, or waiting for their host after the poll).
        """
        while True:
            self._stored_apart = 0
            self.poll_due(on_result=on_result)
            if once:
                drained = self.drain()
                apart, self._stored_apart = self._stored_apart, 0
                if on_drained:
                    on_drained(sum(drained.values()) + apart)
            self.store.save_hosts(self.gate.state())
            if once or (stop is not None and stop.is_set()):
                return
            times = [t for t in (self.store.next_due(), self.next_item_time()) if t is not None]
            wake = min(times) if times else self.clock.now() + max_sleep
            wait = min(max_sleep, max(0.5, wake - self.clock.now()))
            if stop is not None:
                if stop.wait(wait):
                    return
            else:
                self.clock.sleep(wait)

    def process_pending(self, feed_id: int | None = None, limit: int = 1000) -> dict[int, int]:
        """Fetch the pending items whose hosts are free now (one per host); never waits.

        Items found by a poll, left by a crashed run, or retried after a failure.  Returns how
        many items each feed had stored.
        """
        stored: dict[int, int] = {}
        busy: set[str] = set()
        batch: list[tuple[Item, str]] = []
        for item in self._feeds().pending(feed_id, limit, now=self.clock.now()):
            if item.content is not None or not item.url:  # a live-blog update: no request
                if self._store_item(item):
                    stored[item.feed_id] = stored.get(item.feed_id, 0) + 1
                continue
            # (an item with an article already is a correction to read again: no twin check)
            twin = self._stored_url(item.url) if item.article_id is None else None
            if twin is not None:  # another feed brought this page in meanwhile
                self._feeds().finish_item(item.id, "duplicate", self.clock.now(), article_id=twin)
                continue
            unreachable = _not_fetchable(item.url)
            if unreachable:  # a file:, mailto: or malformed link: no retry can reach it
                self._feeds().finish_item(
                    item.id, "failed", self.clock.now(), error=unreachable, final=True
                )
                continue
            host = pol.host_of(item.url)
            if host in busy:
                continue
            busy.add(host)
            if self.gate.try_acquire(host) is None:
                batch.append((item, host))
        try:
            fetched = self._map(self._fetch_item, batch)
        finally:
            self._assign_arrived()
        for item, ok in zip((i for i, _ in batch), fetched, strict=True):
            if ok:
                stored[item.feed_id] = stored.get(item.feed_id, 0) + 1
        return stored

    def drain(self, max_wait: float = 4 * HOST_PATIENCE) -> dict[int, int]:
        """Fetch pending items until none is left, waiting for host slots up to ``max_wait``."""
        total: dict[int, int] = {}
        while True:
            for feed_id, n in self.process_pending().items():
                total[feed_id] = total.get(feed_id, 0) + n
            wake = self.next_item_time()
            if wake is None or wake - self.clock.now() > max_wait:
                return total
            self.clock.sleep(max(0.01, wake - self.clock.now()))

    def next_item_time(self) -> float | None:
        """When the next pending item can be fetched (its host's slot or its retry time)."""
        times = [
            max(self.gate.earliest(pol.host_of(i.url or "")), i.next_try_at or 0.0)
            for i in self._feeds().pending(limit=1000)
        ]
        return min(times) if times else None

    # -- one feed ---------------------------------------------------------------------------

    def _map(self, fn: Callable[[Any], Any], items: list[Any]) -> list[Any]:
        if self.workers == 1 or len(items) <= 1:
            return [fn(x) for x in items]
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="newsprism-poll")
        return list(self._pool.map(fn, items))

    def _run(
        self, feeds: list[Feed], on_result: Callable[[PollResult], Any] | None
    ) -> list[PollResult]:
        """Poll the feeds; a feed whose host is busy for a few seconds is polled when it frees."""
        results: list[PollResult] = []
        waiting: dict[int, float] = {}
        queue = feeds
        while True:
            done: list[PollResult] = []
            for r in self._map(self.poll, queue):
                if (
                    r.outcome == "deferred"
                    and (r.next_fetch_at or 0) <= self.clock.now() + HOST_PATIENCE
                ):
                    waiting[r.feed_id] = r.next_fetch_at or self.clock.now()
                else:
                    waiting.pop(r.feed_id, None)
                    done.append(r)
            stored = self.process_pending()
            polled = {r.feed_id for r in done}
            # 'watch --once' said only "no feed was due" after storing a waiting revision
            self._stored_apart += sum(n for i, n in stored.items() if i not in polled)
            for r in done:
                r.stored += stored.get(r.feed_id, 0)
                results.append(r)
                if on_result:
                    on_result(r)
            if not waiting:
                return results
            self.clock.sleep(max(0.0, min(waiting.values()) - self.clock.now()))
            now = self.clock.now()
            queue = self.store.claim(now, self.owner, limit=len(waiting), feed_ids=list(waiting))
            claimed = {f.id for f in queue}
            for feed_id in [i for i, t in waiting.items() if t <= now and i not in claimed]:
                del waiting[feed_id]  # another process took it meanwhile

    def poll(self, feed: Feed) -> PollResult:
        """Poll one feed this poller holds the lease of; never raises for a feed's own failure.

        Never waits: a feed whose host has no free slot now is deferred to the slot.  The first
        request to a host reads its robots.txt; the feed itself then waits for the next slot.
        An unexpected error while reading one feed (a page no reader foresaw) is that feed's
        failure, recorded with what happened: one such page stopped ``watch`` for every feed.
        """
        try:
            return self._poll(feed)
        except (NewsprismError, sqlite3.Error):
            raise  # one that escapes is the run's (the library, the disk), as before
        except Exception as error:  # any bug met on one page must not stop the other feeds
            failure = NewsprismError(
                f"{feed.url}: reading it failed unexpectedly ({type(error).__name__}: {error})",
                hint="newsprism tries again later; report it if it goes on",
            )
            return self._failed(feed, failure)

    def _poll(self, feed: Feed) -> PollResult:
        if feed.older_next:  # a live blog's older-posts page is queued: it is this turn's
            return self._poll_older(feed, feed.older_next)
        store = self._feeds()
        host = pol.host_of(feed.url)
        when = self.gate.try_acquire(host)
        if when is not None:
            store.update(feed.id, self.owner, next_fetch_at=when)
            return PollResult(feed.id, feed.url, "deferred", next_fetch_at=when)
        try:
            try:
                if not self.robots.known(feed.url):
                    self.robots.load(feed.url)
                    resp = None
                else:
                    self.robots.check(feed.url)
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
            if resp is None:  # robots.txt was read with this slot: the feed takes the next
                self.robots.check(feed.url)
                when = self.gate.earliest(host)
                store.update(feed.id, self.owner, next_fetch_at=when)
                return PollResult(feed.id, feed.url, "deferred", next_fetch_at=when)
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
            parsed = parse(resp.body, resp.url, now)
        except NewsprismError as error:
            return self._failed(feed, error)
        adopt: dict[str, str] = {}
        if feed.live:  # declared a live blog by the user: a page of one post is that post
            try:
                parsed, adopt = watch_live(
                    store, feed, parsed, resp.body, resp.url, resp.charset, now
                )
            except NewsprismError as error:
                return self._failed(feed, error)
        if not parsed.entries and parsed.kind == "liveblog":
            return self._switch_or_fail(feed, parsed, now)
        revised: list[float] = []
        new = store.record_entries(feed.id, parsed.entries, now, revised, adopt)
        times = [e.published for e in parsed.entries if e.published] or store.recent_times(feed.id)
        interval = pol.adapt_interval(times, now, feed.interval_s, len(new))
        floor = max(floor, min(parsed.floor_s or 0.0, pol.MAX_INTERVAL))
        nxt = now + max(interval, min(floor, pol.MAX_INTERVAL)) * pol.jitter(feed.id, feed.polls)
        moved = resp.moved_to if resp.moved_to and resp.moved_to != feed.url else None
        moved_to: dict[str, Any] = {"url": moved} if moved and not self._url_taken(moved) else {}
        older = self._older_to_follow(feed, parsed)
        queue: dict[str, Any] = {}
        if older is not None:  # its turn comes as soon as the host's gate allows
            nxt = min(nxt, now)
            queue["older_next"] = older
        store.update(
            feed.id,
            self.owner,
            **base,
            **validators,
            **queue,
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
            **moved_to,
        )
        # a corrected item said "unchanged": a user could not tell the correction was seen
        return PollResult(
            feed.id,
            feed.url,
            "new" if new else "changed" if revised else "unchanged",
            len(new),
            next_fetch_at=nxt,
            changed_items=len(revised),
            reread_at=min(revised) if revised else None,
        )

    # -- a live blog's older posts ------------------------------------------------------------

    def _older_to_follow(self, feed: Feed, parsed: Parsed) -> str | None:
        """The older-posts page of a live blog to queue: its own link (``Parsed.older``), not
        the blog's page itself, not one fetched before, within ``MAX_OLDER_PAGES``."""
        if parsed.kind != "liveblog" or not parsed.entries or not parsed.older:
            return None
        done = _older_done(feed)
        if (
            not same_blog_address(parsed.older, feed.url, labelled=parsed.older_labelled)
            or parsed.older in done
            or parsed.older.split("#")[0] == feed.url.split("#")[0]
            or len(done) >= pol.MAX_OLDER_PAGES
        ):
            return None
        return parsed.older

    def _poll_older(self, feed: Feed, url: str) -> PollResult:
        """Fetch a live blog's queued older-posts page: through the same per-host gate,
        robots.txt and address guard as the blog itself, no validators (it is fetched once).
        Its posts are recorded as the blog's — keyed against the blog's own address, so a post
        that moved from the blog's page to an older one is the item stored before — and its
        own older link is queued next, up to ``MAX_OLDER_PAGES`` pages.  The queue lives in the
        library (``feeds.older_next``/``older_done``): a killed watcher fetches the page again
        on resume, and its posts, already stored, are not stored twice.  A page that fails ends
        the chain (the blog itself is polled as before); a 429/503 waits as the blog would."""
        store = self._feeds()
        host = pol.host_of(url)
        when = self.gate.try_acquire(host)
        if when is not None:
            store.update(feed.id, self.owner, next_fetch_at=when)
            return PollResult(feed.id, feed.url, "deferred", next_fetch_at=when)
        done = _older_done(feed)
        try:
            try:
                if not self.robots.known(url):
                    self.robots.load(url)
                    resp = None
                else:
                    self.robots.check(url)
                    resp = conditional_get(
                        self.client,
                        url,
                        etag=None,
                        last_modified=None,
                        allow_private=self.allow_private,
                        guarded=self._guarded,
                    )
            finally:
                self.gate.release(host)
            if resp is None:
                self.robots.check(url)
                when = self.gate.earliest(host)
                store.update(feed.id, self.owner, next_fetch_at=when)
                return PollResult(feed.id, feed.url, "deferred", next_fetch_at=when)
        except NewsprismError:
            return self._older_end(feed, done + [url])
        now = self.clock.now()
        if resp.status in (429, 503):
            wait = min(pol.MAX_RETRY_AFTER, retry_after(resp.header("retry-after"), now) or 0.0)
            wait = max(wait, pol.HOST_SPACING)
            self.gate.block(host, now + wait)
            store.update(feed.id, self.owner, next_fetch_at=now + wait)
            return PollResult(feed.id, feed.url, "retry-later", next_fetch_at=now + wait)
        if resp.status != 200:
            return self._older_end(feed, done + [url])
        try:
            parsed = parse(resp.body, feed.url, now)  # keyed as the blog's own posts
            adopt: dict[str, str] = {}
            if feed.live and parsed.entries:
                parsed, adopt = watch_live(
                    store, feed, parsed, resp.body, feed.url, resp.charset, now
                )
        except NewsprismError:
            return self._older_end(feed, done + [url])
        if parsed.kind != "liveblog" or not parsed.entries:
            return self._older_end(feed, done + [url])
        new = store.record_entries(feed.id, parsed.entries, now, [], adopt)
        done = done + [url]
        found_older = _older_link(resp.body, resp.url)
        nxt_older = found_older[0] if found_older is not None else None
        queued = (
            nxt_older
            if found_older is not None
            and nxt_older is not None
            and same_blog_address(nxt_older, feed.url, labelled=found_older[1])
            and nxt_older not in done
            and nxt_older.split("#")[0] != feed.url.split("#")[0]
            and len(done) < pol.MAX_OLDER_PAGES
            else None
        )
        nxt = now if queued else now + feed.interval_s * pol.jitter(feed.id, feed.polls)
        store.update(
            feed.id,
            self.owner,
            older_next=queued,
            older_done=json.dumps(done),
            new_items_last=len(new),
            next_fetch_at=nxt,
        )
        return PollResult(
            feed.id, feed.url, "new" if new else "unchanged", len(new), next_fetch_at=nxt
        )

    def _older_end(self, feed: Feed, done: list[str]) -> PollResult:
        """An older-posts page that could not be read: the chain ends there, the blog's own
        polls go on at its interval."""
        nxt = self.clock.now() + feed.interval_s * pol.jitter(feed.id, feed.polls)
        self._feeds().update(
            feed.id, self.owner, older_next=None, older_done=json.dumps(done), next_fetch_at=nxt
        )
        return PollResult(feed.id, feed.url, "unchanged", next_fetch_at=nxt)

    def _switch_or_fail(self, feed: Feed, parsed: Parsed, now: float) -> PollResult:
        """An HTML page without live-blog updates: follow the feed it links, or fail.  A page
        that gave live-blog updates before is the blog the user watches: it is never switched to
        the site's feed (a blog whose posts were not found one morning, or one that ended, turned
        into the site's whole feed and filled the library with its other articles)."""
        if feed.kind == "liveblog":
            return self._failed(
                feed,
                FeedError(
                    f"{feed.url} gave live-blog updates before and shows none now",
                    hint="the blog may have ended or changed its layout: its posts stay in the "
                    "library and newsprism tries again later ('feeds remove' it once it has ended)",
                ),
            )
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
        if isinstance(error, PrivateAddressError) and not self.allow_private:
            return self._refused(feed, error, now)
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

    def _refused(self, feed: Feed, error: NewsprismError, now: float) -> PollResult:
        """A feed on a private address polled without ``allow_private``: the user's setting
        refused it, the feed did not fail. It was backed off and counted towards disabling, so
        the run with --allow-private the refusal asks for found it "not due" for hours (the
        walk, s28); now its interval is kept and such a run polls it at once."""
        nxt = now + feed.interval_s * pol.jitter(feed.id, feed.polls)
        self._feeds().update(
            feed.id,
            self.owner,
            last_fetch_at=now,
            polls=feed.polls + 1,
            last_status="refused",
            last_error=str(error),
            new_items_last=0,
            next_fetch_at=nxt,
        )
        return PollResult(feed.id, feed.url, "failed", error=str(error), next_fetch_at=nxt)

    def _url_taken(self, url: str) -> bool:
        return bool(
            self._feeds().conn.execute("SELECT 1 FROM feeds WHERE url = ?", (url,)).fetchone()
        )

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


#: query parameters that tell where a reader came from, not which page it is: a blog's address
#: saved with them ("?utm_source=…") still has its older pages without them
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "yclid", "mc_cid", "mc_eid"})


def same_blog_address(older: str, blog: str, labelled: bool = False) -> bool:
    """Whether an older-posts address is a page of the blog at ``blog``: the same host and the
    same path with another query ("?page=2", "?before=p9"), or a path under the blog's
    ("/live/storm/page/2") — not another article or blog of the site that a "next" link leads
    to (review of session 44: its posts would be stored as this blog's).

    Its query keeps every parameter of the blog's own (review R9): an older CMS that addresses
    each story by query ("article.php?id=123") gives another story at "article.php?id=124", and
    the blog's older page at "article.php?id=123&page=2".  A blog at its site's root ("/")
    has every path of the host under it: there a path of its own is followed only when the link
    is ``labelled`` as the older posts ("Older posts", «Ранее»), not for a bare ``rel="next"``."""
    a, b = urlsplit(older), urlsplit(blog)
    if a.hostname != b.hostname:
        return False
    params = set(parse_qsl(a.query, keep_blank_values=True))
    for key, value in parse_qsl(b.query, keep_blank_values=True):
        tracking = key.casefold().startswith("utm_") or key.casefold() in _TRACKING_PARAMS
        if not tracking and (key, value) not in params:
            return False
    path, base = a.path.rstrip("/"), b.path.rstrip("/")
    if path == base:
        return True
    return path.startswith(base + "/") and (bool(base) or labelled)


def _older_done(feed: Feed) -> list[str]:
    """The older-posts pages of a live blog fetched so far."""
    try:
        done = json.loads(feed.older_done or "[]")
    except ValueError:
        return []
    return [str(u) for u in done] if isinstance(done, list) else []


def _older_link(body: bytes, url: str) -> tuple[str, bool] | None:
    """An older-posts page's own link to the page older still (resolved against its address),
    and whether it is labelled as the older posts."""
    import lxml.html

    try:
        return labelled_older_link(lxml.html.fromstring(body), url)
    except (ValueError, lxml.etree.ParserError):
        return None


def _not_fetchable(url: str) -> str | None:
    """Why a feed item's link can never be fetched (not an http(s) address with a host), or
    None.  Such an item fails once with this reason instead of being retried until its
    attempts run out (before: four tries, each reporting the robots.txt address built from
    the link, not the link)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 — raises ValueError for a port out of range
    except ValueError as exc:
        return f"the item's link {url!r} is not a valid URL: {exc}"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return f"the item's link {url!r} is not an http(s) address — newsprism fetches only those"
    return None
