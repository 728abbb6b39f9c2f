"""What a feed URL gave us: RSS/Atom/RDF/JSON Feed, a news sitemap, or a live-blog page.

The kind is recognised from the bytes, not the Content-Type (servers label feeds ``text/html``
and pages ``text/xml``).  Feeds go to fastfeedparser (fast, lxml-based, and it reads JSON Feed,
which feedparser 6 does not); sitemaps to ultimate-sitemap-parser's ``sitemap_from_str``; live
blogs are read from their schema.org ``LiveBlogPosting`` JSON-LD, one entry per
``liveBlogUpdate`` with its own time and text, or — when the page declares none — from the posts
of its markup (``liveblog_html``).  An HTML page that is no live blog but links a
feed (``<link rel="alternate" type="application/rss+xml">``) says so, and the poller switches
the feed to that address.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

from ..errors import FeedError
from .clock import parse_time
from .liveblog_html import INNER_ANCHOR, RELATIVE_TIME, html_updates, text_without_credits
from .text_times import relative_as_minutes

Kind = Literal["feed", "sitemap", "liveblog"]

_SY_PERIOD = {
    "hourly": 3600,
    "daily": 86400,
    "weekly": 604800,
    "monthly": 2592000,
    "yearly": 31536000,
}


@dataclass(frozen=True)
class Entry:
    guid: str
    url: str | None
    title: str | None = None
    published: float | None = None
    #: the text of a live-blog update (there is no page of its own to fetch)
    content: str | None = None
    #: a digest of what the feed says of the item (its dates, title, description or text): an
    #: item seen again under its GUID with another digest was changed by its publisher (a
    #: corrected figure, a new headline) and its page is read again (``record_entries``)
    revision: str | None = None
    #: the same digest with every number of the dates and the description masked (the title
    #: as it is): two entries with different revisions and the same shape differ only in digits
    #: outside the title — a view counter, a timestamp, or a corrected figure (``_revise``)
    shape: str | None = None
    #: the runs of digits the shape masks, in order ("10,17,05"): which of them changed tells a
    #: counter that moves on every poll from a figure that held still and was corrected
    digits: str | None = None
    #: the GUID an earlier newsprism gave this entry, if it gives another now: an item stored
    #: under it is this entry (its GUID is rewritten, not a second item stored)
    former_guid: str | None = None


@dataclass(frozen=True)
class Parsed:
    kind: Kind
    title: str | None
    entries: list[Entry]
    #: how long the publisher asks us to wait between polls (``<ttl>``, ``sy:updatePeriod``)
    floor_s: float | None = None
    #: feeds an HTML page links to, when it is not itself a live blog
    alternates: list[str] = field(default_factory=list)
    #: a live blog's own link to its older posts (``rel="next"``, "Older posts", «Ранее»), on
    #: its own site: what a poller may follow, bounded, for the posts this page no longer shows
    older: str | None = None
    #: whether ``older`` is a link labelled as the older posts ("Older posts", «Ранее»), not
    #: only a ``rel="next"``: a blog at its site's root follows only such a link (review R9)
    older_labelled: bool = False


def parse(body: bytes, url: str, now: float | None = None) -> Parsed:
    """Parse what ``url`` returned; raise :class:`FeedError` when it is none of the known kinds.
    ``now``: when it was fetched (a live blog's relative stamps and dayless clocks are dated
    from it)."""
    head = body[:4096].lstrip().lower()
    if not head:
        raise FeedError(f"{url} returned an empty body")
    if head.startswith(b"{"):
        return _feed(body, url)
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _sitemap(body, url)
    if b"<html" in head or b"<!doctype html" in head:
        return _html(body, url, now)
    return _feed(body, url)


def _feed(body: bytes, url: str) -> Parsed:
    import fastfeedparser

    try:
        data = fastfeedparser.parse(body, include_content=False, include_media=False)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise FeedError(f"{url} is not a readable feed: {str(exc)[:200]}") from exc
    feed = data.get("feed") or {}
    entries: list[Entry] = []
    for item in data.get("entries") or []:
        link = item.get("link") or None
        guid = item.get("id") or link or _digest(item.get("title"), item.get("published"))
        published = parse_time(item.get("published") or item.get("updated"))
        entries.append(
            Entry(
                str(guid),
                urljoin(url, link) if link else None,
                _title(item.get("title")),
                published,
                revision=_digest(
                    item.get("published"),
                    item.get("updated"),
                    item.get("title"),
                    item.get("description"),
                ),
                shape=_digest(
                    _masked(item.get("published")),
                    _masked(item.get("updated")),
                    item.get("title"),
                    _masked(item.get("description")),
                ),
                digits=_digits(item.get("published"), item.get("updated"), item.get("description")),
            )
        )
    return Parsed("feed", _title(feed.get("title")), entries, _floor(body))


def _title(title: object) -> str | None:
    """A feed's or an item's title as text: feeds put escaped HTML there ("&lt;b&gt;News"), which
    the feeds page and 'feeds list' showed as "<b>News</b>", a script's text included."""
    from ..extract.metadata import strip_markup

    return strip_markup(title) or None if isinstance(title, str) else None


def _floor(body: bytes) -> float | None:
    """``<ttl>`` (minutes) and ``sy:updatePeriod``/``sy:updateFrequency`` as seconds."""
    floors = []
    ttl = re.search(rb"<ttl>\s*(\d+)\s*</ttl>", body[:65536])
    if ttl:
        floors.append(int(ttl.group(1)) * 60.0)
    period = re.search(rb"<sy:updatePeriod>\s*(\w+)\s*</sy:updatePeriod>", body[:65536])
    if period:
        seconds = _SY_PERIOD.get(period.group(1).decode("ascii", "replace").lower())
        freq = re.search(rb"<sy:updateFrequency>\s*(\d+)\s*</sy:updateFrequency>", body[:65536])
        if seconds:
            floors.append(seconds / max(1, int(freq.group(1)) if freq else 1))
    return max(floors) if floors else None


def _sitemap(body: bytes, url: str) -> Parsed:
    from usp.objects.sitemap import IndexXMLSitemap
    from usp.tree import sitemap_from_str

    sitemap = sitemap_from_str(body.decode("utf-8", "replace"))
    if isinstance(sitemap, IndexXMLSitemap):
        raise FeedError(
            f"{url} is a sitemap index",
            hint="add the news sitemaps it lists: "
            + ", ".join(s.url for s in sitemap.sub_sitemaps[:5]),
        )
    entries = []
    for page in sitemap.all_pages():
        story = page.news_story
        when = story.publish_date if story and story.publish_date else page.last_modified
        entries.append(
            Entry(
                page.url,
                page.url,
                story.title if story else None,
                when.timestamp() if when else None,
                revision=_digest(when, page.last_modified, story.title if story else None),
            )
        )
    if not entries and b"<url" not in body:
        raise FeedError(f"{url} is not a readable sitemap")
    return Parsed("sitemap", None, entries)


def _html(body: bytes, url: str, now: float | None = None) -> Parsed:
    import lxml.html

    try:
        tree = lxml.html.fromstring(body)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise FeedError(f"{url} is not a readable page: {exc}") from exc
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for obj in _objects(data):
            if _is_type(obj, "LiveBlogPosting"):
                found = _liveblog(_with_markup_posts(obj, tree, url, now), url)
                return _with_older(found, tree, url)
    declared = _microdata_blog(tree)
    if declared is not None:
        for update in declared["liveBlogUpdate"]:
            if "@id" in update:  # as the markup's posts are known: the page's address and id
                update["@id"] = update["url"] = urljoin(url, update["@id"])
        found = _liveblog(_with_markup_posts(declared, tree, url, now), url)
        return _with_older(found, tree, url)
    # no declared live blog: its posts may still be in the markup, each with its <time> — the
    # page is then what the user asked to watch, even when it links the site's feed
    updates = html_updates(tree, url, now)
    if updates:
        for update in updates:
            if "@id" in update:
                update["@id"] = update["url"] = urljoin(url, update["@id"])
        heading = tree.find(".//h1")
        title = heading.text_content() if heading is not None else tree.findtext(".//title")
        found = _liveblog({"headline": title, "liveBlogUpdate": updates}, url)
        return _with_older(found, tree, url)
    alternates = [
        urljoin(url, href)
        for href in tree.xpath(
            '//link[@rel="alternate"][contains(@type, "rss") or contains(@type, "atom") '
            'or contains(@type, "feed+json")]/@href'
        )
    ]
    title = tree.findtext(".//title")
    return Parsed("liveblog", title.strip() if title else None, [], alternates=alternates)


#: the labels of a live blog's link to its older posts (a link's whole text, case folded)
OLDER_LABELS = frozenset(
    {
        "older posts",
        "older entries",
        "older updates",
        "earlier posts",
        "earlier updates",
        "see older posts",
        "load more",
        "load more posts",
        "show more",
        "show more posts",
        "more posts",
        "previous page",
        "next page",
        "ранее",
        "раньше",
        "показать ещё",
        "показать еще",
        "загрузить ещё",
        "загрузить еще",
        "предыдущие записи",
        "более ранние записи",
        "ранние записи",
        "следующая страница",
    }
)


def older_link(tree: Any, url: str) -> str | None:
    """The page's own link to its older posts: a ``rel="next"`` link (``<link>`` or ``<a>``), or
    a link whose whole text is an "older posts" label — with an ``href`` to another page of the
    same host (a script's button, ``href="#"``, is nothing to follow)."""
    found = labelled_older_link(tree, url)
    return found[0] if found is not None else None


def labelled_older_link(tree: Any, url: str) -> tuple[str, bool] | None:
    """:func:`older_link`, and whether the link is labelled as the older posts (True) or only
    marked ``rel="next"`` (False)."""
    here = urlsplit(url)
    candidates: list[tuple[str, bool]] = []
    for link in tree.iter("a"):
        text = " ".join(link.text_content().split()).casefold().strip(" .…»›→")
        if text in OLDER_LABELS and link.get("href"):
            candidates.append((link.get("href"), True))
    # a labelled link first: a page's rel="next" is often the next article of a series (review
    # of session 44), followed only when the page labels no older-posts link
    candidates += [
        (str(h), False) for h in tree.xpath('//link[@rel="next"]/@href | //a[@rel="next"]/@href')
    ]
    for href, labelled in candidates:
        target = urlsplit(urljoin(url, str(href).strip()))
        if target.scheme not in ("http", "https") or target.hostname != here.hostname:
            continue
        if (target.path, target.query) == (here.path, here.query):
            continue  # the page itself, or a fragment of it
        return target._replace(fragment="").geturl(), labelled
    return None


def _with_older(found: Parsed, tree: Any, url: str) -> Parsed:
    """``found`` with the page's own older-posts link, and whether it is labelled."""
    older = labelled_older_link(tree, url)
    if older is None:
        return found
    return replace(found, older=older[0], older_labelled=older[1])


def _microdata_blog(tree: Any) -> dict[str, Any] | None:
    """A ``LiveBlogPosting`` declared in the page's microdata (``itemscope itemtype=…
    /LiveBlogPosting``, each update an element with ``itemprop="liveBlogUpdate"``), as the
    JSON-LD would give it: each update's ``headline``, ``articleBody``, ``datePublished`` (its
    ``datetime`` or ``content``) and its element's ``id`` — the properties of the update itself,
    not of an item inside it (its author's ``name``); None when the page declares none."""
    for blog in tree.xpath('//*[@itemscope][contains(@itemtype, "LiveBlogPosting")]'):
        updates = []
        for node in blog.xpath('.//*[contains(concat(" ", @itemprop, " "), " liveBlogUpdate ")]'):
            props = _microdata_props(node)
            update: dict[str, str] = {
                k: props[k] for k in ("headline", "articleBody", "datePublished") if k in props
            }
            if node.get("id"):
                update["@id"] = "#" + node.get("id")
            updates.append(update)
        if updates:
            head = _microdata_props(blog).get("headline")
            return {"headline": head, "liveBlogUpdate": updates}
    return None


def _microdata_props(item: Any) -> dict[str, str]:
    """The first value of each property of a microdata item, its nested items' left out."""
    out: dict[str, str] = {}

    def visit(node: Any) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                continue
            for name in (child.get("itemprop") or "").split():
                if name not in out:
                    value = child.get("datetime") or child.get("content")
                    if value is None and name == "articleBody":  # a picture's credit is no text
                        value = text_without_credits(child)
                    elif value is None:
                        value = " ".join(child.text_content().split())
                    out[name] = value
            if child.get("itemscope") is None:  # a nested item's properties are its own
                visit(child)

    visit(item)
    return out


#: the words of a post's opening that tell it is the same post in the JSON-LD and in the markup
SAME_POST_WORDS = 8


def _with_markup_posts(
    blog: dict[str, Any], tree: Any, url: str, now: float | None
) -> dict[str, Any]:
    """``blog`` (a JSON-LD ``LiveBlogPosting``) with the posts its page shows that its
    ``liveBlogUpdate`` leaves out: many CMSes list only the latest updates there (or the first
    page's), while the page shows the whole blog.  The markup's posts (:func:`html_updates`)
    join, in the page's order, only when they are the same blog — at least half of the JSON-LD's
    updates are among them (by their opening words) — and more than it gives; an update the
    JSON-LD gives is kept as it gives it (its key and time), the markup's others added."""
    updates = blog.get("liveBlogUpdate") or []
    if isinstance(updates, dict):
        updates = [updates]
    declared = [u for u in updates if isinstance(u, dict)]
    if not declared:
        return blog
    markup = html_updates(tree, url, now, live=True)  # it declares itself a live blog
    untimed = any(not u.get("datePublished") for u in declared)
    if len(markup) < len(declared) or (len(markup) == len(declared) and not untimed):
        return blog
    openings = [
        _opening(u.get("headline"), u.get("articleBody") or u.get("text")) for u in declared
    ]
    # an update's element id: the fragment of its ``@id`` or ``url`` ("…/live#p11") — compared
    # by fragment alone, as the JSON-LD may name the page by its canonical address while the
    # page was fetched at another (round 43: a blog whose posts' words differ between the two,
    # a badge or a byline in the markup, joined none of its markup's posts)
    ids = [_fragment(u.get("@id") or u.get("url")) for u in declared]
    merged: list[dict[str, Any]] = []
    taken: set[int] = set()
    for post in markup:
        mine = _opening(post.get("headline"), post.get("articleBody"))
        anchor = _fragment(post.get("@id"))
        same = next(
            (
                n
                for n, theirs in enumerate(openings)
                if n not in taken
                and (
                    (anchor is not None and anchor == ids[n])  # the same element's id
                    or (theirs and mine and (theirs in mine or mine in theirs))
                )
            ),
            None,
        )
        if same is None:
            if "@id" in post:
                post["@id"] = post["url"] = urljoin(url, post["@id"])
            merged.append(post)
        else:
            taken.add(same)
            merged.append(_timed(declared[same], post))
    if 2 * len(taken) < len(declared):
        return blog
    merged += [u for n, u in enumerate(declared) if n not in taken]
    return {**blog, "liveBlogUpdate": merged}


def _fragment(address: Any) -> str | None:
    """The element id an update's address names (``#p11``, ``https://…/live#p11``), if any."""
    return urlsplit(str(address)).fragment or None if isinstance(address, str) else None


def _timed(update: dict[str, Any], post: dict[str, str]) -> dict[str, Any]:
    """A declared update without a time given the time its post shows in the markup (a
    microdata blog whose posts say only "12 min ago" or "14:05")."""
    if update.get("datePublished") or not post.get("datePublished"):
        return update
    keep = (RELATIVE_TIME, "dateCreated")
    return {
        **update,
        "datePublished": post["datePublished"],
        **{k: post[k] for k in keep if k in post},
    }


def _opening(headline: Any, body: Any) -> str:
    """The first :data:`SAME_POST_WORDS` words of a post (its headline, then its text; a body
    that repeats the headline counted once), case folded."""
    head, text = _text(headline).casefold(), " ".join(_text(body).split()).casefold()
    words = (text if text.startswith(" ".join(head.split())) else f"{head} {text}").split()
    return " ".join(words[:SAME_POST_WORDS])


def _liveblog(blog: dict[str, Any], url: str) -> Parsed:
    updates = blog.get("liveBlogUpdate") or []
    if isinstance(updates, dict):
        updates = [updates]
    entries = []
    readable = []
    for update in updates:
        if not isinstance(update, dict):
            continue
        body = _text(update.get("articleBody") or update.get("text") or update.get("description"))
        headline = _text(update.get("headline") or update.get("name"))
        if body or headline:
            readable.append((update, body, headline))
    # an update without an @id or url of its own is known by its time and headline, not by its
    # text: a corrected figure in its text made it a new item, stored as a second article beside
    # the first, with no revision (the walk, s28); two updates of one time and headline keep
    # the digest of their text (neither is lost).  Without a headline, the opening words of its
    # text, digits masked, stand in for one (s29): by its time alone (often given to the
    # minute), a second update of the same minute took the first one's key — a revision of it
    # when the blog showed only its latest update, and the first one stored again under the
    # digest of its text when both were shown (the review of s28)
    keys = [_update_key(u, h, b) for u, b, h in readable]
    # the keys of the code before (its time and headline alone): an item stored under one is
    # this entry
    former_keys = [_update_key(u, h) for u, _, h in readable]
    for (update, body, headline), key, former_key in zip(readable, keys, former_keys, strict=True):
        published = parse_time(_text(update.get("datePublished") or update.get("dateCreated")))
        by_text = _digest(headline, body, published)
        own_id = _text(update.get("@id") or update.get("url"))
        stable = key if key is not None and keys.count(key) == 1 else None
        guid = own_id or stable or by_text
        unique_before = former_key is not None and former_keys.count(former_key) == 1
        former = former_key if unique_before and not headline else by_text
        if update.get(INNER_ANCHOR):  # its id was not read before: its key was its time's
            own_id, former = "", stable or by_text
        own = _text(update.get("url"))
        link = urljoin(url, own) if own else ""
        if not link or link == url:  # updates share the page: give each an address of its own
            link = f"{url.split('#')[0]}#update-{hashlib.sha1(guid.encode()).hexdigest()[:12]}"
        modified = _text(update.get("dateModified"))
        # a time from "12 min ago" moves from poll to poll: a revision is a change of words
        stamped = None if update.get(RELATIVE_TIME) else published
        entries.append(
            Entry(
                guid,
                link,
                headline or None,
                published,
                body or headline,
                revision=_digest(stamped, modified, headline, body),
                former_guid=former if guid != former and not own_id else None,
            )
        )
    return Parsed("liveblog", _text(blog.get("headline")) or None, entries)


#: the words of a headline-less update's text that stand in for its headline
OPENING_WORDS = 12


def _update_key(update: dict[str, Any], headline: str, body: str | None = None) -> str | None:
    """What keeps a live-blog update without an id of its own the same item when its text is
    corrected: the time it was published, with its headline — or, given its ``body`` and no
    headline, the first :data:`OPENING_WORDS` words of its text with their digits masked (a
    corrected figure keeps them) — ``None``: no time given."""
    published = _text(update.get("datePublished") or update.get("dateCreated"))
    if not published:
        return None
    if update.get(RELATIVE_TIME):  # its time moves with the fetch: the post is its words
        published = "relative"
    if headline or body is None:
        return _digest("update", published, headline)
    return _digest("update", published, "", _masked(" ".join(body.split()[:OPENING_WORDS])))


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _objects(data[key])


def _is_type(obj: dict[str, Any], name: str) -> bool:
    kind = obj.get("@type")
    return name in kind if isinstance(kind, list) else kind == name


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return _text(value.get("@value") or value.get("text") or value.get("name"))
    return str(value).strip()


_NUMBER = re.compile(r"\d+")


def _masked(value: Any) -> Any:
    """``value`` with every run of digits one ``#`` ("Views: 1,204" and "Views: 1,377" alike),
    a relative time's words as its age in minutes first ("3 minutes ago" and "2 hours ago"
    alike: round 39)."""
    return _NUMBER.sub("#", relative_as_minutes(value)) if isinstance(value, str) else value


def _digits(*parts: Any) -> str:
    """The runs of digits ``_masked`` hides in ``parts``, in order, comma-separated (a relative
    time as one run, its age in minutes: "an hour ago" → 60, so the runs keep their places)."""
    return ",".join(
        n for p in parts if isinstance(p, str) for n in _NUMBER.findall(relative_as_minutes(p))
    )


def _digest(*parts: Any) -> str:
    return "sha1:" + hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()
