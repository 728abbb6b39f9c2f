"""The updates of a live blog that declares none: posts found in the page's own markup.

Many live blogs carry no schema.org ``LiveBlogPosting``: their updates are only blocks of the
page, each with its time.  Such a page was refused as "no feed" (or switched to the site-wide
feed it links), so a user could not watch it.  The posts are found by what every live blog's
markup shares rather than by a site's class names:

- a post carries its time as an HTML ``<time datetime>`` element (the element HTML gives a
  machine-readable time; live-blog templates use it for each post's stamp);
- a post is the largest element around such a time that holds no other one, and the posts of a
  blog are siblings in one container;
- a post is mostly prose: a list of teasers (a "latest news" column, a home page) is mostly
  links, so a block whose text is more than half link text is no post (link density, the
  classic boilerplate feature);
- posts are paragraphs, not headlines: a run counts only when its blocks average
  :data:`MIN_MEAN_CHARS` characters and there are at least :data:`MIN_POSTS` of them;
- the posts are the page's text: an article followed by its readers' comments (timed prose
  blocks too) has more prose of its own, in paragraphs outside the blocks, than the blocks hold.

Blocks inside ``<nav>``, ``<aside>`` or ``<footer>`` are chrome.  A page whose times are text
only ("12:45") is not read: nothing in its markup says which text is a time.
"""

from __future__ import annotations

from typing import Any

#: a blog of one post is an article; two timed blocks of prose already make a blog (it grows)
MIN_POSTS = 2
#: a post's mean length in characters: teaser lists run to a headline's length
MIN_MEAN_CHARS = 100
#: the most of a post's text that may be link text
MAX_LINK_SHARE = 0.5

_CHROME = {"nav", "aside", "footer"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def html_updates(tree: Any) -> list[dict[str, str]]:
    """The live-blog posts of a parsed page (``lxml.html``), newest or oldest first as the page
    has them, as schema.org ``liveBlogUpdate`` dicts (``datePublished``, ``headline``,
    ``articleBody`` and ``@id`` when the post has an ``id``); empty when the page has no run of
    posts."""
    containers: dict[Any, list[Any]] = {}
    for stamp in tree.iter("time"):
        if not stamp.get("datetime") or _in_chrome(stamp):
            continue
        post = _post_of(stamp)
        parent = post.getparent()
        if parent is not None and post not in containers.setdefault(parent, []):
            containers[parent].append(post)
    best: list[dict[str, str]] = []
    best_chars = 0
    best_posts: list[Any] = []
    for posts in containers.values():
        read = [(p, u) for p, u in ((p, _update(p)) for p in posts) if u is not None]
        chars = sum(len(u["articleBody"]) for _, u in read)
        if len(read) >= MIN_POSTS and chars / len(read) >= MIN_MEAN_CHARS and chars > best_chars:
            best, best_chars, best_posts = [u for _, u in read], chars, [p for p, _ in read]
    if best and _prose_outside(tree, best_posts) >= best_chars:
        return []
    return best


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


def _stamps(node: Any) -> int:
    return sum(1 for t in node.iter("time") if t.get("datetime"))


def _post_of(stamp: Any) -> Any:
    """The largest element around ``stamp`` holding no other timed element."""
    post = stamp
    parent = post.getparent()
    while parent is not None and parent.tag not in ("body", "html") and _stamps(parent) == 1:
        post, parent = parent, parent.getparent()
    return post


def _update(post: Any) -> dict[str, str] | None:
    stamp = next(t for t in post.iter("time") if t.get("datetime"))
    heading = next((h for h in post.iter() if isinstance(h.tag, str) and h.tag in _HEADINGS), None)
    headline = " ".join(heading.text_content().split()) if heading is not None else ""
    skip = {stamp, heading}
    parts: list[str] = []
    _text_without(post, skip, parts)
    body = " ".join(" ".join(parts).split())
    whole = " ".join(post.text_content().split())
    links = sum(len(" ".join(a.text_content().split())) for a in post.iter("a"))
    if not body or links > MAX_LINK_SHARE * max(len(whole), 1):
        return None
    update = {"datePublished": stamp.get("datetime", ""), "headline": headline, "articleBody": body}
    if post.get("id"):
        update["@id"] = "#" + post.get("id")
    return update


def _text_without(node: Any, skip: set[Any], out: list[str]) -> None:
    """The text of ``node`` in order, leaving out the elements in ``skip`` (their
    tails kept); a block element's text is set apart by a space."""
    if not isinstance(node.tag, str) or node.tag in ("script", "style"):
        return
    if node not in skip:
        out.append(node.text or "")
        for child in node:
            _text_without(child, skip, out)
            out.append(child.tail or "")
    out.append(" ")
