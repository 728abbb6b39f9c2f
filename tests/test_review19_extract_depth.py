"""Review, nineteenth session: a page whose article follows a nest deeper than libxml2 reads
(2,048 levels) says so instead of the bare "no article text" (which points at paywalls and
front pages); the article above such a nest is still read.  Since round 33 the page is read
again with its deepest levels' tags left out (:mod:`newsprism.extract.deep_nesting`), so the
article after the nest is read too; the message stays for a page that rewrite could not make
shallow.  Invented page."""

from __future__ import annotations

import pytest

import newsprism
from newsprism.errors import NoArticleTextError

ARTICLE = (
    "<article><h1>Ferry timetable changes</h1>"
    + "".join(
        f"<p>Change {i}: the harbour board moved the early crossing to a later slot so that "
        "the crews can rest between the night freight runs and the morning passengers.</p>"
        for i in range(6)
    )
    + "</article>"
)
NEST = "<div>" * 3000 + "<span>menu</span>" + "</div>" * 3000


def test_an_article_after_a_too_deep_nest_is_read() -> None:
    page = f"<html><body>{NEST}{ARTICLE}</body></html>".encode()
    text = newsprism.read(page, stages=()).text
    assert all(f"Change {i}:" in text for i in range(6))


def test_an_article_lost_after_a_too_deep_nest_is_reported_as_such(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsprism.extract import deep_nesting

    # the rewrite failing to make the page shallow (it never has on a page we know of)
    monkeypatch.setattr(deep_nesting, "shallow_markup", lambda html, limit=0: (html, 0))
    page = f"<html><body>{NEST}{ARTICLE}</body></html>".encode()
    with pytest.raises(NoArticleTextError) as caught:
        newsprism.read(page)
    assert "nest" in caught.value.message and "2,048" in caught.value.message
    assert ".txt" in caught.value.hint


def test_an_article_above_the_nest_is_read() -> None:
    page = f"<html><body>{ARTICLE}{NEST}</body></html>".encode()
    assert "harbour board" in newsprism.read(page).text


def test_a_shallow_page_with_no_article_keeps_the_plain_message() -> None:
    page = b"<html><body><div><div><a href='/a'>Home</a></div></div></body></html>"
    with pytest.raises(NoArticleTextError) as caught:
        newsprism.read(page)
    assert "nest" not in caught.value.message
