"""Items of feeds: fetched one per free host, extracted, analysed and stored as ``add`` does.

A mixin of :class:`~.poller.Poller` (it uses the poller's clock, gate, robots.txt cache, HTTP
client and per-thread library connections), kept apart so that each file reads in one sitting.
An item is marked ``stored`` only after its article is; a live-blog update carries its own text
and needs no request; a page another feed already brought in is recorded as a duplicate — but an
address whose article holds only a feed's text (a live-blog update with an address of its own)
has its page read once when a feed lists it, and the article is updated and placed again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from typing import Any

import httpx

from ..article import Article
from ..errors import (
    DecodingError,
    FetchError,
    ItemWithoutLinkError,
    NewsprismError,
    NotTheArticleError,
    UnsupportedContentError,
)
from ..library import Library
from ..library.feeds import STORED_PAGE_SQL, FeedStore, Item
from ..walls import wall_reason
from . import politeness as pol
from .clock import Clock, iso
from .http import ITEM_FAILED_HINT, conditional_get, retry_after

#: failures of an item's content rather than of its fetch: a retry gets the same bytes.  A page
#: that is not the article — empty, a shell with no text, a bot check, a consent wall — is not
#: among them: it is often another page on the next visit, so it is retried (5, 10, 20 minutes)
#: and only then given up with its reason
_ITEM_CONTENT_ERRORS = (
    UnsupportedContentError,
    DecodingError,
    ItemWithoutLinkError,
)


class ItemsMixin:
    clock: Clock
    gate: pol.HostGate
    robots: pol.RobotsCache
    client: httpx.Client
    allow_private: bool
    analyse: Any
    stories: bool
    _guarded: bool
    _local: threading.local
    #: stored items waiting to join their stories (article id, article): appended by the threads
    #: that fetch items, assigned by the thread that passes over them (:meth:`_assign_arrived`)
    _arrived: list[tuple[int, Article]]

    def _library(self) -> Library:  # the poller's per-thread connection
        raise NotImplementedError

    def _feeds(self) -> FeedStore:
        raise NotImplementedError

    def _stored_url(self, url: str) -> int | None:
        row = self._feeds().conn.execute(STORED_PAGE_SQL, (url, url)).fetchone()
        return int(row[0]) if row else None

    def _fetch_item(self, job: tuple[Item, str]) -> bool:
        """Fetch and store one item; the caller holds a request slot on its host."""
        item, host = job
        store = self._feeds()
        try:
            try:
                assert item.url is not None
                if not self.robots.known(item.url):
                    self.robots.load(item.url)
                    return False  # the slot went to robots.txt; the item takes the next one
                resp = self._get_item(item.url)
            finally:
                self.gate.release(host)
        except NewsprismError as error:
            store.finish_item(item.id, "failed", self.clock.now(), error=str(error))
            return False
        return bool(self._store_item(item, resp))

    def _store_item(self, item: Item, resp: tuple[str, bytes, str | None] | None = None) -> int:
        """Extract, analyse and store one item; 1 if stored (or found stored), else 0."""
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
            elif resp is None:
                raise ItemWithoutLinkError(f"item {item.guid!r} has no link to fetch and no text")
            else:
                doc = decode(
                    resp[1], source=item.url or item.guid, url=resp[0], http_charset=resp[2]
                )
            article = self._read(doc, item)
            if resp is not None and item.content is None:
                why = wall_reason(article, doc.text if doc.is_html else None, resp[0])
                if why:
                    raise NotTheArticleError(f"{resp[0]} gave {why}, not the article")
            twin = lib.conn.execute(
                "SELECT id, content_hash, title FROM articles WHERE content_hash = ? "
                "OR (url IS NOT NULL AND url = ?) ORDER BY content_hash = ? DESC LIMIT 1",
                (article.content_hash, article.metadata.url, article.content_hash),
            ).fetchone()
            if twin and item.article_id is not None and int(twin[0]) == item.article_id:
                # the item's own article, read again because the feed changed what it says of
                # it: a new text or a new headline is stored as its new revision (below, kept
                # beside the earlier ones: newsprism.library.revisions); the same page is not
                unchanged = twin[1] == article.content_hash and twin[2] == article.title
                # read for a change of digits alone: was it a counter or a correction?
                store.digits_reread(item, changed=not unchanged)
                if unchanged:
                    store.finish_item(
                        item.id, "stored", self.clock.now(), article_id=item.article_id
                    )
                    return 1
            elif twin and not (
                item.content is None
                and twin[1] != article.content_hash
                and self._from_feed_text(int(twin[0]))
            ):
                store.finish_item(item.id, "duplicate", self.clock.now(), article_id=int(twin[0]))
                return 1
            article_id, article = store_document(
                lib, doc, source=item.url, analyse=self.analyse, article=article
            )
        except NewsprismError as error:
            # what the item is (a PDF, an empty page, a page with no article, no link at all)
            # is the same on every retry: recorded once with why, not fetched four times
            final = isinstance(error, _ITEM_CONTENT_ERRORS)
            store.finish_item(item.id, "failed", self.clock.now(), error=str(error), final=final)
            return 0
        store.finish_item(item.id, "stored", self.clock.now(), article_id=article_id)
        if self.stories:
            # joins its story at the end of this pass over the pending items, in one batch with
            # the others stored in it (:meth:`_assign_arrived`)
            self._arrived.append((article_id, article))
        return 1

    def _from_feed_text(self, article_id: int) -> bool:
        """Is all the library holds of this article the text a feed carried (a live-blog
        update's)?  Then the page just read at its address replaces that text: ``Library.add``
        updates the article in place (its address is the same) and it joins its story again."""
        return (
            self._library()
            .conn.execute(
                "SELECT 1 FROM feed_items WHERE article_id = ? AND content IS NOT NULL LIMIT 1",
                (article_id,),
            )
            .fetchone()
            is not None
        )

    def _assign_arrived(self) -> None:
        """Link the items stored since the last call into the traces and put them into their
        stories, in one batch, in the order they were stored (:func:`newsprism.linking.
        link_articles`, as ``add`` and the web reader do).

        One batch encodes the leads together and writes one transaction: the stories speed run
        assigns 313 articles per CPU-second in batches of 32 against 238 one at a time (same
        run, docs/stories.md), and the assignment is the same article for article (the batch is
        assigned in order, each arrival compared with those before it).  It runs in the thread
        that passes over the pending items, so one story index sees every arrival.  Stored all
        the same if one article fails (recorded in ``link_failures``), or if the process dies
        first: the next command or page that reads traces or stories links what waits.
        """
        if not self._arrived:
            return
        from ..linking import link_articles

        batch = sorted(self._arrived, key=lambda pair: pair[0])  # stored order: ids grow
        self._arrived.clear()
        with contextlib.suppress(NewsprismError):
            link_articles(self._library(), batch, story_index=self._story_index())

    def _story_index(self) -> Any:
        from ..stories import StoryIndex

        index = getattr(self._local, "stories", None)
        if index is None or index.conn is not self._library().conn:
            index = StoryIndex(self._library().conn)
            self._local.stories = index
        return index

    def _read(self, doc: Any, item: Item) -> Article:
        from ..api import read_document

        article = read_document(doc)
        meta = article.metadata
        if item.published_ts and not meta.published:
            meta = dataclasses.replace(meta, published=iso(item.published_ts))
        if item.content is not None:
            meta = dataclasses.replace(
                meta, url=item.url, site=meta.site or pol.host_of(item.url or "")
            )
            title = (item.title or "").strip()
            if title and not article.title and all(b.text != title for b in article.blocks):
                # the update's own headline, as the live blog declares it: the text reader,
                # given "headline, blank line, body", took a one-word headline for chrome and
                # dropped it (the update was listed by its opening words, its headline gone)
                article = dataclasses.replace(article, title=title)
        return (
            dataclasses.replace(article, metadata=meta) if meta is not article.metadata else article
        )

    def _get_item(self, url: str) -> tuple[str, bytes, str | None]:
        host = pol.host_of(url)
        self.robots.check(url)
        resp = conditional_get(
            self.client,
            url,
            allow_private=self.allow_private,
            guarded=self._guarded,
            accept="text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            failed_hint=ITEM_FAILED_HINT,
        )
        if resp.status in (429, 503):
            wait = retry_after(resp.header("retry-after"), self.clock.now()) or 60.0
            self.gate.block(host, self.clock.now() + min(wait, pol.MAX_RETRY_AFTER))
            raise FetchError(f"{url} answered HTTP {resp.status}", hint="newsprism retries later")
        return resp.url, resp.body, resp.charset

    def _fetch_robots(self, url: str) -> tuple[int, bytes]:
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
        return resp.status, resp.body
