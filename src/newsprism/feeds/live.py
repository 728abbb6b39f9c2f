"""A feed the user declared a live blog (``feeds add --live``): watched as one from its first poll.

A live blog at its start has one post, and one timed block is nothing the markup bounds
(:mod:`.liveblog_html` finds a post by its siblings), so the page read as a feed gave no
updates: it was switched to the site's feed, or refused, and once its second post appeared the
first was read again as an update.  The user who says the page is a live blog is believed:

- a page of one post (no ``LiveBlogPosting`` update, no run of timed posts in the markup) is
  that post: the extractor's body of the page, with the page's time (its published date, else
  its one ``<time datetime>``, else the time of the poll), stored under a key of the feed's own
  (:data:`~newsprism.library.feeds.FIRST_POST`) — the same page read again is the same post, and
  a changed text of it a revision;
- when a later poll finds timed posts, the one that *is* that first post is found by its time
  and its words, not by its place on the page (:func:`first_post_match`): it takes the stored
  item over (``record_entries``'s ``adopt``), so the first post is stored once; the others are
  new posts, each stored once;
- a page that showed posts and now shows none bounded by its markup is read again as one post:
  the text of a post already stored is nothing new (the blog now shows its latest post only);
  other text — or none — is recorded as the feed's error, with what to do.

Posts whose time is text only ("12:45", "7 декабря, 14:05 МСК") are read since the thirty-eighth
session (:mod:`.liveblog_html`), and matched to the first post the same way.  A blog that moves
its posts to other pages ("older posts") is followed by the poller (session 44:
``Poller._poll_older``), a page per turn, each page once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..errors import FeedError
from ..library.feeds import FIRST_POST, Feed, FeedStore, Item
from .clock import parse_time
from .parse import Entry, Parsed, _digest

#: the share of a post's word pairs the stored first post must hold to be that post
MIN_SHARED = 0.6
#: ... and beyond this share, the same post whatever the times say (the page's published date
#: is the blog's start, which may lie before its first post's stamp)
SURE_SHARED = 0.9
#: the most a post's stamp and the page's time of the first post may differ (the page's date
#: is often the blog's opening, minutes or an hour before its first post)
TIME_SLACK = 3 * 3600.0
#: the fewest word pairs a stored first post needs to be found inside a longer post
MIN_PAIRS = 8
_WORD = re.compile(r"\w+")


def watch_live(
    store: FeedStore,
    feed: Feed,
    parsed: Parsed,
    body: bytes,
    url: str,
    charset: str | None,
    now: float,
) -> tuple[Parsed, dict[str, str]]:
    """What a poll of a live feed records: its entries, and the entries that are a stored
    item (entry GUID → the item's GUID).  Raises :class:`FeedError` when the page shows no
    post a user would expect."""
    if parsed.kind != "liveblog":  # an RSS feed or a sitemap said to be live: read as it is
        return parsed, {}
    first = store.first_post(feed.id)
    if parsed.entries:
        guid = first_post_match(first, parsed.entries) if first is not None else None
        return parsed, ({guid: first.guid} if guid and first is not None else {})
    title, text, published = _page_post(body, url, charset)
    if first is not None or not store.has_items(feed.id):
        # the blog at one post (read again: the same key, a revision if its text changed)
        if not text:
            raise FeedError(
                f"the live blog {url} shows no post yet and no article text",
                hint="check the address in a browser: is it the live blog's own page? "
                "newsprism tries again later",
            )
        when = published if published is not None else (first.published_ts if first else now)
        entry = Entry(
            FIRST_POST + url.split("#")[0],
            f"{url.split('#')[0]}#first-post",
            title,
            when,
            text,
            revision=_digest(title, text),
        )
        return replace(parsed, title=parsed.title or title, entries=[entry]), {}
    seen = _stored_post(store, feed.id, text) if text else None
    if seen is not None:  # the blog shows its latest post alone now: nothing new, nothing lost
        kept = Entry(seen.guid, seen.url, seen.title, seen.published_ts)  # no revision: as it is
        return replace(parsed, entries=[kept]), {}
    raise FeedError(
        f"the live blog {url} showed posts before and shows none now",
        hint="the blog may have ended or changed its layout: its posts stay in the library and "
        "newsprism tries again later ('feeds remove' it once it has ended)",
    )


def first_post_match(first: Item, entries: list[Entry]) -> str | None:
    """The GUID of the entry that is ``first`` (the post stored from the page at one post):
    most of its word pairs are in the stored text (or most of the stored text's in it), and its
    time is the page's (within :data:`TIME_SLACK`), or nearly all of them are."""
    stored = _pairs(first.content or "")
    best: tuple[float, float, str] | None = None
    for entry in entries:
        words = _pairs(entry.content or "")
        if not words or not stored:
            continue
        # either way round: the post the markup bounds may hold a caption or a byline the
        # extractor left out, or the extractor's body a standfirst the post does not have
        common = len(words & stored)
        shared = max(common / len(words), common / len(stored) if len(stored) >= MIN_PAIRS else 0)
        gap = (
            abs(entry.published - first.published_ts)
            if entry.published is not None and first.published_ts is not None
            else 0.0
        )
        if shared >= SURE_SHARED or (shared >= MIN_SHARED and gap <= TIME_SLACK):
            key = (shared, -gap, entry.guid)
            if best is None or key > best:
                best = key
    return best[2] if best else None


def _pairs(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(text.lower())
    return set(zip(words, words[1:], strict=False)) if len(words) > 1 else {(w, "") for w in words}


def _stored_post(store: FeedStore, feed_id: int, text: str) -> Item | None:
    """The feed's stored post whose words the page's one post holds (the latest first)."""
    page = _pairs(text)
    for item in store.live_posts(feed_id):
        words = _pairs(item.content or "")
        if words and len(words & page) / len(words) >= SURE_SHARED:
            return item
    return None


def _page_post(body: bytes, url: str, charset: str | None) -> tuple[str | None, str, float | None]:
    """The page read as an article: its title, its body's text (the extractor's extent, no
    captions) and its time — its published date, else its first ``<time datetime>``."""
    from ..api import read_document
    from ..article import AUXILIARY_KINDS
    from ..errors import NewsprismError
    from ..sources import decode

    try:
        article = read_document(decode(body, source=url, url=url, http_charset=charset))
    except NewsprismError:
        return None, "", None
    title = (article.title or "").strip() or None
    text = "\n\n".join(
        b.text
        for b in article.blocks
        if b.kind not in AUXILIARY_KINDS and b.kind != "heading" and b.text.strip() != title
    )
    published = parse_time(article.metadata.published)
    if published is None:
        published = _first_stamp(body)
    return title, text.strip(), published


def _first_stamp(body: bytes) -> float | None:
    import lxml.html

    try:
        tree = lxml.html.fromstring(body)
    except (ValueError, lxml.etree.ParserError):
        return None
    for stamp in tree.iter("time"):
        when = parse_time(stamp.get("datetime"))
        if when is not None:
            return when
    return None
