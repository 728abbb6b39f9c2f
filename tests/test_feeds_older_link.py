"""A live blog's link to its older posts (candidate, forty-third session): found, never followed
yet.  Pages written here (invented)."""

from __future__ import annotations

import lxml.html
import pytest

from newsprism.feeds.parse import labelled_older_link, older_link, parse

URL = "https://coastnews.example/live/storm-idris"


@pytest.mark.parametrize(
    ("markup", "want"),
    [
        ('<a href="?page=2">Older posts</a>', f"{URL}?page=2"),
        ('<link rel="next" href="/live/storm-idris/2">', f"{URL}/2"),
        ('<a href="/live/storm-idris?before=p2">Показать ещё</a>', f"{URL}?before=p2"),
        ('<a href="/live/storm-idris?p=2#top">Ранее »</a>', f"{URL}?p=2"),
        ('<button>Older posts</button> <a href="#">Older posts</a>', None),  # a script's control
        ('<a href="https://elsewhere.example/x">Older posts</a>', None),  # another site
        ('<a href="#p2">Older posts</a>', None),  # the page itself
        ('<a href="/live/storm-idris?page=2">Storm Idris: what we know</a>', None),  # no label
    ],
)
def test_the_older_posts_link(markup: str, want: str | None) -> None:
    tree = lxml.html.fromstring(f"<html><body><h1>Storm</h1>{markup}</body></html>")
    assert older_link(tree, URL) == want


def test_a_live_blog_page_carries_its_older_link() -> None:
    posts = "".join(
        f"<article><time datetime='2026-10-14T0{h}:00:00+01:00'>0{h}:00</time><p>"
        f"Update {h}: the harbour master says the ferry terminal stays closed while gusts along "
        "the breakwater exceed sixty miles an hour, and the next review is due within the hour.</p>"
        "</article>"
        for h in (9, 8, 7)
    )
    page = (
        f"<!doctype html><html><body><h1>Storm Idris: live</h1><div class=feed>{posts}</div>"
        '<a href="?page=2">Older posts</a></body></html>'
    ).encode()
    parsed = parse(page, URL)
    assert parsed.kind == "liveblog" and len(parsed.entries) == 3
    assert parsed.older == f"{URL}?page=2"


def test_whether_the_older_link_is_labelled() -> None:
    tree = lxml.html.fromstring(
        '<html><head><link rel="next" href="/live/storm-idris/2"></head><body><h1>Storm</h1>'
        "</body></html>"
    )
    assert labelled_older_link(tree, URL) == (f"{URL}/2", False)
    tree = lxml.html.fromstring(
        '<html><head><link rel="next" href="/next-story"></head><body><h1>Storm</h1>'
        '<a href="?page=2">Older posts</a></body></html>'
    )
    assert labelled_older_link(tree, URL) == (f"{URL}?page=2", True)
