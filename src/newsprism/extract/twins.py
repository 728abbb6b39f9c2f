"""Python twins of the trafilatura expressions that test ids and classes with regular expressions.

trafilatura's fast pass asks six XPath expressions of every page (where its article sits: three
of ``BODY_XPATH``; what to prune from it: both of ``OVERALL_DISCARD_XPATH``, twice a page; comment
sections: ``REMOVE_COMMENTS_AND_LISTS_XPATH``).  They test each element's ``id`` and ``class``
with EXSLT's ``re:test``, which libxml2 hands back to Python element by element, one call per
clause: on WCXB's test pages evaluating them was about 10 % of newsprism's extraction time.  A
page repeats a few attribute sets on thousands of elements, so a twin walks the elements once,
judges each distinct (tag, attributes) once with the same regular expressions (taken from the
expression's own text, compiled as lxml compiles them for ``re:test``) and returns the same
elements in the same (document) order.

XPath's details kept: ``@id|@class`` as a string is the value of whichever attribute the element
has first (document order of attributes is their order in the source); a missing attribute is
the empty string; ``translate(@role, 'N', 'n')`` maps that one letter.  The expressions whose
result the caller reads only the first of (``BODY_XPATH``: ``next(…)`` in trafilatura's
``_extract``) return that first element only.

Each twin is written for one expression's exact text (trafilatura 2.3.1, pinned): the text's
digest is checked when the twins are made, and on any other text the original expressions are
used (:func:`twins`); ``tests/test_extract_twins.py`` holds that the digests match the installed
trafilatura and that each twin selects what its expression selects, on written pages and on
elements made to meet each clause.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from lxml import etree

#: an element's attributes, in source order
Attributes = tuple[tuple[str, str], ...]
#: a twin's judgement of one element: (tag, attributes) → selected
Test = Callable[[str, Attributes], bool]

#: ``re:test(ARG, 'PATTERN')`` or ``re:test(ARG, 'PATTERN', 'FLAGS')`` in an expression's text
_RE_TEST = re.compile(r"re:test\(([^,]+),\s*'([^']*)'(?:,\s*'([^']*)')?\)")


def _get(attributes: Attributes, name: str) -> str:
    """The attribute's value; missing, the empty string (XPath's string of an empty node-set)."""
    for key, value in attributes:
        if key == name:
            return value
    return ""


def _has(attributes: Attributes, name: str) -> bool:
    return any(key == name for key, _ in attributes)


def _first(attributes: Attributes, one: str, other: str) -> str:
    """The string XPath makes of ``@one|@other``: the value of the one the element has first."""
    for key, value in attributes:
        if key in (one, other):
            return value
    return ""


def _patterns(path: str) -> list[re.Pattern[str]]:
    """The regular expressions of an expression's ``re:test`` calls, in their order, compiled as
    lxml compiles them (``re.UNICODE``, ``re.IGNORECASE`` under the flag ``i``)."""
    return [
        re.compile(pattern, re.UNICODE | (re.IGNORECASE if "i" in flags else 0))
        for _, pattern, flags in _RE_TEST.findall(path)
    ]


class Twin:
    """The elements under the context node that one expression selects, in document order
    (only the first, for ``first``)."""

    def __init__(
        self, expression: Any, tags: tuple[str, ...], test: Test, *, first: bool = False
    ) -> None:
        #: the expression's text (fastpass's prune gate reads it)
        self.path: str = expression.path
        self._tags = tags
        self._test = test
        self._first = first

    def __call__(self, tree: Any) -> list[Any]:
        verdicts: dict[tuple[str, Attributes], bool] = {}
        found = []
        elements = (
            tree.iterdescendants(*self._tags) if self._tags else tree.iterdescendants(etree.Element)
        )
        for el in elements:
            key = (el.tag, tuple(el.items()))
            verdict = verdicts.get(key)
            if verdict is None:
                verdict = verdicts[key] = self._test(*key)
            if verdict:
                if self._first:
                    return [el]
                found.append(el)
        return found


_BOXES = ("div", "item", "list", "p", "section", "span")
_CONTAINERS = ("article", "div", "main", "section")


def _overall_boxes(path: str) -> Test:
    """``OVERALL_DISCARD_XPATH[0]``: boxes named as the page's furniture."""
    consent, ids, classes = _patterns(path)

    def test(tag: str, a: Attributes) -> bool:
        return bool(
            _has(a, "data-lp-replacement-content")
            or "nav" in _get(a, "role").replace("N", "n")
            or "MostPopularStories" in _get(a, "data-component")
            or consent.search(_first(a, "id", "class"))
            or ids.search(_get(a, "id"))
            or classes.search(_get(a, "class"))
        )

    return test


def _overall_hidden(path: str) -> Test:
    """``OVERALL_DISCARD_XPATH[1]``: hidden elements and comment furniture."""
    hidden, ids, classes = _patterns(path)

    def test(tag: str, a: Attributes) -> bool:
        style = _get(a, "style")
        return bool(
            (_has(a, "class") and _get(a, "class") == "comments-title")
            or _first(a, "id", "class").startswith("reply-")
            or hidden.search(_first(a, "id", "style"))
            or "display:none" in style
            or "display: none" in style
            or ids.search(_get(a, "id"))
            or classes.search(_get(a, "class"))
            or (_has(a, "aria-hidden") and _get(a, "aria-hidden") == "true")
        )

    return test


def _is(a: Attributes, name: str, *values: str) -> bool:
    """``@name='v1' or @name='v2' …``: the element has the attribute with one of the values."""
    return _has(a, name) and _get(a, name) in values


def _body_named(path: str) -> Test:
    """``BODY_XPATH[0]``: a container named as the article's content."""
    ids, classes = _patterns(path)

    def test(tag: str, a: Attributes) -> bool:
        return bool(
            _is(a, "class", "post", "entry")
            or _is(a, "itemprop", "articleBody")
            or _is(a, "id", "articleContent")
            or ids.search(_get(a, "id"))
            or classes.search(_get(a, "class"))
        )

    return test


def _body_story(path: str) -> Test:
    """``BODY_XPATH[2]``: a container named as the story."""
    ids, fulltext, classes = _patterns(path)

    def test(tag: str, a: Attributes) -> bool:
        return bool(
            _is(a, "role", "article")
            or _is(a, "id", "article", "story")
            or _is(a, "class", "postarea", "art-postcontent", "text", "cell", "story")
            or ids.search(_get(a, "id"))
            or fulltext.search(_get(a, "class"))
            or classes.search(_get(a, "class"))
        )

    return test


def _body_main(path: str) -> Test:
    """``BODY_XPATH[3]``: a container named as the page's main content."""
    ids, classes = _patterns(path)

    def test(tag: str, a: Attributes) -> bool:
        ident, name = _get(a, "id"), _get(a, "class")
        return bool(
            _is(a, "id", "content")
            or _is(a, "class", "content")
            or ids.search(ident)
            or classes.search(name)
            or "main-content" in ident.replace("C", "c").replace("M", "m")
            or "main-content" in name.replace("C", "c").replace("M", "m")
            or "page-content" in name.replace("C", "c").replace("P", "p")
        )

    return test


def _comments(path: str) -> Test:
    """``REMOVE_COMMENTS_AND_LISTS_XPATH[0]``: comment sections (lists only by their own
    name)."""
    ids, classes, list_ids, list_classes = _patterns(path)

    def test(tag: str, a: Attributes) -> bool:
        ident, name = _get(a, "id"), _get(a, "class")
        if not (ids.search(ident) or classes.search(name)):
            return False
        return tag not in ("ol", "ul") or bool(list_ids.search(ident) or list_classes.search(name))

    return test


#: (list name, index, the first 16 hex digits of the SHA-256 of the expression's text, tags,
#: the test's maker, only the first element wanted) — trafilatura 2.3.1
_WRITTEN_FOR: tuple[tuple[str, int, str, tuple[str, ...], Callable[[str], Test], bool], ...] = (
    ("OVERALL_DISCARD_XPATH", 0, "a837e58a1b1ea116", _BOXES, _overall_boxes, False),
    ("OVERALL_DISCARD_XPATH", 1, "c1d5b70b8cd03783", (), _overall_hidden, False),
    ("BODY_XPATH", 0, "caaa561ceca17064", _CONTAINERS, _body_named, True),
    ("BODY_XPATH", 2, "6c9b5e1fdc092943", _CONTAINERS, _body_story, True),
    ("BODY_XPATH", 3, "10a7ceacc0ff8cdf", _CONTAINERS, _body_main, True),
    ("REMOVE_COMMENTS_AND_LISTS_XPATH", 0, "9cc18d34e6e2d258", (
        "div", "list", "section", "details", "ol", "ul"), _comments, False),
)  # fmt: skip


def digest(path: str) -> str:
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


@cache
def twins() -> dict[str, list[Any]]:
    """trafilatura's expression lists with each expression above replaced by its twin; a list
    whose expression's text is not the one its twin was written for keeps its expressions."""
    from trafilatura import xpaths

    lists: dict[str, list[Any]] = {}
    for name, index, written_for, tags, make, first in _WRITTEN_FOR:
        expressions = lists.setdefault(name, list(getattr(xpaths, name)))
        expression = expressions[index]
        if digest(expression.path) != written_for:
            continue
        expressions[index] = Twin(expression, tags, make(expression.path), first=first)
    return lists


__all__ = ["Twin", "digest", "twins"]
