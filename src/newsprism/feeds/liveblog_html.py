"""The updates of a live blog that declares none: posts found in the page's own markup.

Many live blogs carry no schema.org ``LiveBlogPosting``: their updates are only blocks of the
page, each with its time.  Such a page was refused as "no feed" (or switched to the site-wide
feed it links), so a user could not watch it.  The posts are found by what every live blog's
markup shares rather than by a site's class names:

- a post carries its time as an HTML ``<time datetime>`` element (the element HTML gives a
  machine-readable time; live-blog templates use it for each post's stamp);
- a post is the largest element around such a time that holds no other post's time, and the
  posts of a blog are siblings in one container — or in several alike (a blog grouped by day
  under "Today" and "Yesterday"): the runs whose posts have the largest run's tag and class are
  the blog, in page order;
- a post's own time is its first: a second one a label's words after it ("Updated 10:42") is
  the same post's (the label and its time are no part of the post's text), and a time the prose mentions (inside a paragraph after more than a
  label's words: "the hearing is on <time>…") stamps nothing;
- a post is mostly prose: a list of teasers (a "latest news" column, a home page) is mostly
  links, so a block whose text is more than half link text is no post (link density, the
  classic boilerplate feature); and a post does not lead away: a run whose blocks mostly link
  another page of the same site (a section page's cards, a blog's excerpts with their "read
  more") is a list of articles, whose feed the page links;
- posts are paragraphs, not headlines: a run counts only when its blocks average
  :data:`MIN_MEAN_CHARS` characters and there are at least :data:`MIN_POSTS` of them;
- the posts are the page's text: an article followed by its readers' comments (timed prose
  blocks too) has more prose of its own, in paragraphs outside the blocks, than the blocks hold.

Blocks inside ``<nav>``, ``<aside>`` or ``<footer>`` are chrome.  A page whose times are text
only ("12:45") is not read: nothing in its markup says which text is a time.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

#: a blog of one post is an article; two timed blocks of prose already make a blog (it grows)
MIN_POSTS = 2
#: a post's mean length in characters: teaser lists run to a headline's length
MIN_MEAN_CHARS = 100
#: the most of a post's text that may be link text
MAX_LINK_SHARE = 0.5

_CHROME = {"nav", "aside", "footer"}
#: elements of running text: a <time> inside one is a time the text mentions, not a post's stamp
_PROSE = {"p", "blockquote", "q"}
#: the most text between a post's first time and a second one of the same post ("Updated")
MAX_LABEL_CHARS = 40
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
#: set on an update whose ``@id`` is an inner element's (read since s34): it was stored under
#: its time-and-words key before, which its entry names as its former key
INNER_ANCHOR = "newsprismInnerAnchor"


def html_updates(tree: Any, url: str = "") -> list[dict[str, str]]:
    """The live-blog posts of a parsed page (``lxml.html``) at ``url``, newest or oldest first
    as the page has them, as schema.org ``liveBlogUpdate`` dicts (``datePublished``, ``headline``,
    ``articleBody`` and ``@id`` when the post has an ``id``); empty when the page has no run of
    posts."""
    stamps, labels = _post_stamps(tree)
    containers: dict[Any, list[Any]] = {}
    for stamp in stamps:
        post = _post_of(stamp, stamps)
        parent = post.getparent()
        if parent is not None and post not in containers.setdefault(parent, []):
            containers[parent].append(post)
    runs: list[tuple[list[Any], list[dict[str, str]], int]] = []
    page = _page_path(url)
    for posts in containers.values():
        read = [
            (p, u) for p, u in ((p, _update(p, stamps, labels)) for p in posts) if u is not None
        ]
        # a section page or a blog's home page: each block is the door to an article of its
        # own (its heading or its "more" link leads to another page of the site) — the feed
        # it links is what to watch, not its excerpts (the review of s33)
        if 2 * sum(_is_teaser(p, url, page) for p, _ in read) > len(read):
            continue
        chars = sum(len(u["articleBody"]) for _, u in read)
        if len(read) >= MIN_POSTS and chars / len(read) >= MIN_MEAN_CHARS:
            runs.append(([p for p, _ in read], [u for _, u in read], chars))
    if not runs:
        return []
    best = max(runs, key=lambda run: run[2])
    # a blog grouped by day or hour ("Today", "Yesterday") has a container per group: the
    # groups whose posts have the best run's markup are the same blog, read in page order
    shape = {_shape(p) for p in best[0]}
    blog = [run for run in runs if run is best or {_shape(p) for p in run[0]} <= shape]
    posts = [p for run in blog for p in run[0]]
    updates = [u for run in blog for u in run[1]]
    order = {node: n for n, node in enumerate(tree.iter())}
    ranked = sorted(zip(posts, updates, strict=True), key=lambda pu: order[pu[0]])
    chars = sum(run[2] for run in blog)
    if _prose_outside(tree, posts) >= chars:
        return []
    return [u for _, u in ranked]


def _page_path(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return (parts.hostname or "").removeprefix("www."), parts.path.rstrip("/")


def _is_teaser(post: Any, url: str, page: tuple[str, str]) -> bool:
    """Whether the block links another page of this site (a post's permalink is this page with
    a fragment or a query; a source it cites is mostly another site's)."""
    for link in post.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = _page_path(urljoin(url, href))
        if target[0] == page[0] and target[1] != page[1]:
            return True
    return False


def _shape(post: Any) -> tuple[str, str]:
    return (str(post.tag), " ".join(sorted((post.get("class") or "").split())))


def _post_stamps(tree: Any) -> tuple[set[Any], set[Any]]:
    """The ``<time datetime>`` elements that stamp a post: not in chrome, not a time the
    prose mentions (inside a paragraph or a quotation after more than a label's words: "the
    hearing is on <time>…"; a paragraph opening with its time is a post), and not a post's
    second time — an "updated 10:42" beside its first, with no more than a label's text
    between them; and, apart, those second times (the labels')."""
    out: set[Any] = set()
    labels: set[Any] = set()
    state = {"at": 0, "last_end": -1_000_000}

    def visit(node: Any, prose_start: int | None) -> None:
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            return
        if node.tag in _PROSE and prose_start is None:
            prose_start = state["at"]
        stamp = node.tag == "time" and node.get("datetime") and not _in_chrome(node)
        mentioned = prose_start is not None and state["at"] - prose_start > MAX_LABEL_CHARS
        if stamp and not mentioned:
            near = state["at"] - state["last_end"] <= MAX_LABEL_CHARS
            if not near:
                out.add(node)
            elif prose_start is None:  # a label's time; a near time inside a paragraph is prose
                labels.add(node)
        state["at"] += _chars(node.text)
        for child in node:
            visit(child, prose_start)
            state["at"] += _chars(child.tail)
        if stamp and not mentioned:
            state["last_end"] = state["at"]

    visit(tree, None)
    return out, labels


def _chars(text: str | None) -> int:
    """Visible characters of ``text``, spaces not counted."""
    return len("".join((text or "").split()))


def _prose_outside(tree: Any, posts: list[Any]) -> int:
    """Characters of the page's paragraphs outside ``posts`` and outside chrome."""
    # the elements themselves, held: lxml gives one proxy per node only while it is referenced
    inside = {n for p in posts for n in p.iter()}
    return sum(
        len(" ".join(para.text_content().split()))
        for para in tree.iter("p")
        if para not in inside and not _in_chrome(para)
    )


def _in_chrome(node: Any) -> bool:
    return any(isinstance(a.tag, str) and a.tag in _CHROME for a in node.iterancestors())


def _stamps(node: Any, stamps: set[Any]) -> int:
    return sum(1 for t in node.iter("time") if t in stamps)


def _post_of(stamp: Any, stamps: set[Any]) -> Any:
    """The largest element around ``stamp`` holding no other post's stamp."""
    post = stamp
    parent = post.getparent()
    while (
        parent is not None and parent.tag not in ("body", "html") and _stamps(parent, stamps) == 1
    ):
        post, parent = parent, parent.getparent()
    return post


def _update(post: Any, stamps: set[Any], labels: set[Any]) -> dict[str, str] | None:
    stamp = next(t for t in post.iter("time") if t in stamps)
    heading = next((h for h in post.iter() if isinstance(h.tag, str) and h.tag in _HEADINGS), None)
    headline = " ".join(heading.text_content().split()) if heading is not None else ""
    parts: list[str] = []
    _text_without(post, {stamp, heading}, parts, _LabelCut(stamp, labels))
    body = " ".join(" ".join(parts).split())
    whole = " ".join(post.text_content().split())
    links = sum(len(" ".join(a.text_content().split())) for a in post.iter("a"))
    if not body or links > MAX_LINK_SHARE * max(len(whole), 1):
        return None
    update = {
        "datePublished": stamp.get("datetime", ""),
        "headline": headline,
        "articleBody": body,
    }
    # the post's anchor: its own id, else the id of an element around its time inside it (a
    # template that wraps each post twice) — a key that survives an edit of the post's words
    anchor = post.get("id")
    if not anchor:
        for around in stamp.iterancestors():  # up from the time to the post: the outermost wins
            if around is post:
                break
            anchor = around.get("id") or anchor
    if anchor:
        update["@id"] = "#" + anchor
        if anchor != post.get("id"):
            # keyed by its time and words before this id was read: the key it was stored under
            update[INNER_ANCHOR] = "1"
    return update


class _LabelCut:
    """Leaves a post's second time out of its text with the label's words before it
    ("Updated"): the words between the post's own time and a label time, when no more than a
    label's, are the label's."""

    def __init__(self, stamp: Any, labels: set[Any]) -> None:
        self.stamp, self.labels, self.mark = stamp, labels, -1

    def passed(self, node: Any, out: list[str]) -> None:
        if node is self.stamp:
            self.mark = len(out)

    def is_label(self, node: Any, out: list[str]) -> bool:
        if node not in self.labels:
            return False
        if self.mark >= 0 and _chars("".join(out[self.mark :])) <= MAX_LABEL_CHARS:
            del out[self.mark :]
        self.mark = -1  # one label a post: words before a later time are the post's own
        return True


def _text_without(node: Any, skip: set[Any], out: list[str], cut: _LabelCut) -> None:
    """The text of ``node`` in order, leaving out the elements in ``skip`` (their
    tails kept) and label times with their label (and the bracket or separator that closes
    it: "(updated 10:42)"); a block element's text is set apart by a space."""
    if not isinstance(node.tag, str) or node.tag in ("script", "style"):
        return
    if node not in skip:
        out.append(node.text or "")
        for child in node:
            if cut.is_label(child, out):
                tail = child.tail or ""
                out.append(tail if tail.strip(_LABEL_CLOSERS) else " ")
                continue
            _text_without(child, skip, out, cut)
            out.append(child.tail or "")
    cut.passed(node, out)
    out.append(" ")


#: what may close a label after its time: "(updated 10:42)", "10:42 |"
_LABEL_CLOSERS = " \t\n)]|·•,;"
