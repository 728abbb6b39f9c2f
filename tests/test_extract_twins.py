"""The Python twins of trafilatura's id-and-class expressions select what the expressions select."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from trafilatura import main_extractor, xpaths

from newsprism.extract import fastpass, twins
from newsprism.extract.html import parse

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _pairs() -> list[tuple[str, Any, twins.Twin, bool]]:
    made = twins.twins()
    out = []
    for name, index, _, _, _, first in twins._WRITTEN_FOR:
        twin = made[name][index]
        assert isinstance(twin, twins.Twin), f"{name}[{index}] changed: its twin is not used"
        out.append((f"{name}[{index}]", getattr(xpaths, name)[index], twin, first))
    return out


def _same(tree: Any) -> None:
    for label, expression, twin, first in _pairs():
        theirs = expression(tree)
        # trafilatura reads only the first element of these (``next`` in its _extract)
        assert twin(tree) == (theirs[:1] if first else theirs), label


def test_each_twin_was_written_for_the_installed_expression() -> None:
    # a new trafilatura with other expressions fails here, not silently slower
    for name, index, written_for, *_ in twins._WRITTEN_FOR:
        assert twins.digest(getattr(xpaths, name)[index].path) == written_for, (name, index)


_STORY = """<html><body>
<div id="cookie-notice" class="banner"><p>We use cookies.</p></div>
<div class="cookie-wall" id="x"><p>Accept</p></div>
<div role="Navigation"><a href="/">Home</a></div>
<div class="wrapper"><main class="content">
<article class="post"><div class="article-body" itemprop="articleBody">
<p>The harbour board voted on Tuesday to keep the night ferry running through winter.</p>
<div class="share-tools"><span class="-icon">share</span></div>
<p style="display:none">hidden text</p><p aria-hidden="true">also hidden</p>
<div id="reply-4" class="comment"><p>A reader's reply.</p></div>
<section class="comments-area"><ol class="comment-list"><li>First!</li></ol>
<ul class="commentary"><li>An essay</li></ul><ul id="disqus_thread"><li>Thread</li></ul>
</section>
<div data-component="MostPopularStories"><p>Popular</p></div>
<div data-lp-replacement-content=""><p>Replaced</p></div>
<div class="Fulltext"><p>Full text</p></div>
</div></article></main>
<div id="Main-Content" class="page-Content story-body"><p>Other</p></div>
<div class="ad-slot dfpAd"><p>Advert</p></div><div id="akismet"><p>spam</p></div>
<div class="x hidden"><p>x</p></div><div style="color:red" id="hidden-box"><p>y</p></div>
</div></body></html>"""


@pytest.mark.parametrize("html", [_STORY], ids=["clauses"])
def test_twins_select_what_the_expressions_select_on_a_written_page(html: str) -> None:
    _same(parse(html))


def test_twins_select_what_the_expressions_select_on_the_fixture_pages() -> None:
    pages = sorted(FIXTURES.glob("*.html"))
    assert len(pages) >= 8
    for path in pages:
        _same(parse(path.read_bytes().decode("utf-8", errors="replace")))


#: pieces of ids, classes and styles that meet (or nearly meet) the expressions' clauses
_PIECES = st.sampled_from(
    ["cookie", "share", "Share", "shar", "nav", "Nav", "menu", "bar", " ad ", "ad-", "-ad-",
     "dfpAd", "comment", "Comment", "ary", "comments-title", "reply-", "hidden", " hide",
     "hide-", "display:none", "article", "-content", "post", "entry", "body", "text", "story",
     "Fulltext", "FULLTEXT", "main", "Main", "-", "_", " ", "C", "M", "P", "content", "page",
     "primary", "premium", "author", "widget", "akismet", "disqus_thread", "x"]
)  # fmt: skip
_VALUES = st.lists(_PIECES, max_size=4).map("".join)
_NAMES = st.sampled_from(
    ["id", "class", "style", "role", "itemprop", "aria-hidden", "data-component",
     "data-lp-replacement-content"]
)  # fmt: skip
_TAGS = st.sampled_from(
    ["div", "p", "span", "section", "article", "main", "ol", "ul", "details", "aside", "b"]
)
_ELEMENT = st.tuples(_TAGS, st.lists(st.tuples(_NAMES, _VALUES), max_size=4))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ELEMENT, min_size=1, max_size=6), st.booleans())
@example([("div", [("class", "x cookie"), ("id", "y")])], False)  # class first: it is tested
@example([("div", [("id", "y"), ("class", "x cookie")])], False)  # id first: class is not
@example([("div", [("id", "reply-1"), ("class", "c")])], False)
@example([("p", [("style", "a"), ("id", "hidden")])], False)
@example([("ol", [("class", "comment-list")]), ("ul", [("id", "commentary")])], True)
@example([("section", [("class", "x"), ("role", "article")])], True)
@example([("span", [("role", "subNav")])], False)
@example([("ul", [("id", "disqus_thread")]), ("div", [("id", "dsq-comments")])], False)
def test_twins_select_what_the_expressions_select_on_any_elements(
    elements: list[tuple[str, list[tuple[str, str]]]], nested: bool
) -> None:
    page = etree.fromstring("<html><body></body></html>", etree.HTMLParser())
    parent = page.find("body")
    for tag, attributes in elements:
        el = etree.SubElement(parent, tag)
        for name, value in attributes:
            if name not in el.attrib:  # (HTML keeps an attribute's first value)
                el.set(name, value)
        el.text = "Some words"
        if nested:
            parent = el
    _same(page)


def test_trafilatura_itself_is_left_as_it_was() -> None:
    fastpass._main_pass()
    module = vars(main_extractor)
    assert module["OVERALL_DISCARD_XPATH"] is xpaths.OVERALL_DISCARD_XPATH
    assert module["BODY_XPATH"] is xpaths.BODY_XPATH
    assert all(isinstance(x, etree.XPath) for x in module["OVERALL_DISCARD_XPATH"])
    assert fastpass._main_pass() is not main_extractor.extract_content
