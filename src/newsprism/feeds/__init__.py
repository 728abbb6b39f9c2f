"""Feeds watched politely: RSS/Atom/RDF/JSON Feed, news sitemaps and live blogs.

>>> from newsprism.feeds import add_feeds, Poller
>>> with Library.open("library.sqlite") as lib:
...     add_feeds(lib, ["https://example.com/rss.xml"])
...     Poller(lib).watch(once=True)

State lives in the library (:mod:`newsprism.library.feeds`); the poller (:mod:`.poller`) follows
the politeness rules of :mod:`.politeness`.
"""

from __future__ import annotations

from pathlib import Path

from ..library import Library
from ..library.feeds import Feed, FeedStore
from .clock import SimulatedClock, SystemClock
from .opml import is_opml_file, read_opml, write_opml
from .poller import Poller, PollResult

__all__ = [
    "Feed",
    "FeedStore",
    "PollResult",
    "Poller",
    "SimulatedClock",
    "SystemClock",
    "add_feeds",
    "export_opml",
]


def add_feeds(
    library: Library, sources: list[str], *, now: float | None = None, live: bool = False
) -> list[tuple[Feed, bool]]:
    """Add feed URLs, or every feed of an OPML file; (feed, whether it is new) for each.

    ``live``: the user declares each page a live blog, watched as one from its first poll (a
    page of one post is that post: :mod:`.live`)."""
    import time

    when = time.time() if now is None else now
    store = FeedStore(library.conn)
    out = []
    for source in sources:
        if is_opml_file(source):
            for url, title in read_opml(Path(source).read_bytes(), source):
                out.append(store.add(url, when, title, live=live))
        else:
            out.append(store.add(source.strip(), when, live=live))
    return out


def export_opml(library: Library) -> str:
    return write_opml((f.url, f.title) for f in FeedStore(library.conn).all())
