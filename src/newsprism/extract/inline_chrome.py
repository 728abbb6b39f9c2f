"""Boxes inside the article's container that the page itself names as furniture, taken out of
the tree before the extractors read it.

A sponsor's line between two paragraphs, a newsletter sign-up box, an advertisement slot, a
call-to-action button: sites put them inside the story's container, where both extractors keep
them (readability keeps its container's children; trafilatura's own class lists miss most of
these names), and the merge's trims only act at the article's edges.  The page's markup says
what they are: an element whose ``class`` or ``id`` (or a custom element's own name, kept by
:mod:`.components`) has one of :data:`CHROME_NAMES` as a word
("sponsor", "newsletter-signup", "ad-slot", "hs-cta-wrapper") and that holds a box's worth of
text (at most :data:`MAX_WORDS`: a container named "newsletter" that holds the whole story stays)
goes.

No name of a site: the words are the ones templates use for these boxes in every CMS (and the
ones readability-lxml itself reads as a negative sign).  "promo", "related" and "paywall" are not
among them: a paywalled article's own text sits in ``.paywall-content``, and a "promo" is as often
the lead image's wrapper.  Round 24 added the boxes at an article's end that a page names as
an appeal for money (``donate``, ``donation``), an offer to republish the story (``republish``),
a legal ``disclaimer`` and an ``about`` box (the author's or the company's standing paragraph):
at most :data:`MAX_WORDS` words, so a section named "about" that holds an article stays.
"support" was tried and left out (more pages down than up on the development half).

Round 23 (issue 11): body F1 summed over the sets' means, dev-a (developed on) +0.016 (29 pages
changed, none down by more than 0.005: WCXB +0.0014, written21 +0.0098, written22 +0.0032),
dev-b (checked only) +0.009 (35 pages, 19 up and 1 down: WCXB +0.0006, written16 +0.0038,
written17 +0.0027, written22 +0.0020; scrapinghub −0.0008 on one page).
Round 24 (issue 11), the five names of appeals, republishing, disclaimers and "about" boxes:
dev-a +0.042 (39 pages changed, 27 up, 12 down; written23 +0.028, written20 +0.007, Dragnet,
Big9, fundus up; one trafilatura-eval snippet page −0.14); dev-b (checked only) +0.0067 (28
pages, 20 up, 4 down: Dragnet +0.0029, CleanEval +0.0012; one trafilatura-eval snippet page
−0.2); without "about" dev-a +0.023 and dev-b +0.0027 (15 up, none down).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from .components import ELEMENT_NAME

_WORD = re.compile(r"\w+")
#: the words of a class or an id, split at what is not a letter or a digit
_NAME_PARTS = re.compile(r"[^a-z0-9]+")
#: the names a box of furniture goes by, as whole words of its class or id
CHROME_NAMES = frozenset(
    {"sponsor", "sponsored", "sponsorship", "advert", "advertisement", "newsletter",
     "subscribe", "subscription", "signup", "cta",
     "donate", "donation", "donations", "republish", "disclaimer", "about"}
)  # fmt: skip
#: a box holds at most this many words (more is a container of the article itself)
MAX_WORDS = 80
#: a part of every name in :data:`CHROME_NAMES`: a class or id without any of them is not
#: split into words (most elements: splitting every one cost 3 % of extraction's time)
_PARTS_OF_NAMES = (
    "spons", "adver", "newsl", "subscr", "signup", "cta", "donat", "republ", "disclaim", "about"
)  # fmt: skip


#: the class and id values under an element, in page order (each knows its element)
_CLASS_AND_ID = etree.XPath(".//*/@class | .//*/@id")
_ELEMENT_NAMES = etree.XPath(f".//*/@class | .//*/@id | .//*/@{ELEMENT_NAME}")


def drop_named_chrome(tree: Any, *, elements_named: bool = False) -> int:
    """Remove (in place) every element the page names as a box of furniture and that holds at
    most :data:`MAX_WORDS` words; the number removed.  ``elements_named``: custom elements
    were read as blocks and keep their names (:data:`~.components.ELEMENT_NAME`), read too."""
    body = tree.find("body")
    if body is None:
        return 0
    dropped = 0
    for el in list(_named(body, elements_named)):
        if el.getparent() is None:
            continue
        if len(_WORD.findall(" ".join(el.itertext()))) > MAX_WORDS:
            continue
        if _in_running_text(el):
            continue
        _remove_keeping_tail(el)
        dropped += 1
    return dropped


#: elements that sit inside a line of text rather than make a box of their own
_INLINE = frozenset(
    {"a", "span", "b", "strong", "em", "i", "u", "small", "mark", "font", "abbr", "cite", "q",
     "sup", "sub", "time", "code", "s", "ins", "del"}
)  # fmt: skip


def _in_running_text(el: Any) -> bool:
    """Whether ``el`` is words of a sentence: an inline element with words right after it, or
    right before it that do not end a sentence ("sponsored by <span class="sponsor-name">…</span>,
    the festival …", "published <a class="cta-link">its report</a> on Monday"). Its name says
    what it links to or whom it names, not that it is a box: taking it out would cut the
    sentence. A box stands alone between blocks ("<a class="cta">Subscribe</a>" between two
    paragraphs) or after a finished sentence ("… on Monday. <a class="cta">Sign up</a>")."""
    node = el
    while node.tag in _INLINE:
        if _has_words(node.tail):
            return True
        prev, parent = node.getprevious(), node.getparent()
        before = (parent.text if parent is not None else None) if prev is None else prev.tail
        if _has_words(before) and not (before or "").rstrip().endswith(_SENTENCE_ENDS):
            return True
        if parent is None or not isinstance(parent.tag, str):
            return False
        node = parent  # an inline element inside another: the outer one's line
    return False


_SENTENCE_ENDS = (".", "!", "?", ":", "…")


def _has_words(text: str | None) -> bool:
    return bool(text) and _WORD.search(text or "") is not None


def _named(root: Any, elements_named: bool) -> Iterator[Any]:
    """The elements under ``root`` whose class or id (or kept element name) has a word of
    :data:`CHROME_NAMES`, in page order.  Each distinct name is judged once (a page repeats its
    classes on many elements: "card", "col-md-6"), and only the elements that carry a name are
    visited: their attributes are gathered by one XPath, in C (round 33: the walk over every
    element in Python was 7 % of extraction's time on WCXB).  A class and an id are judged
    apart: no part of a name spans the space between them, so an element is named exactly when
    one of its names is."""
    judged: dict[str, bool] = {}
    seen: set[Any] = set()
    for value in (_ELEMENT_NAMES if elements_named else _CLASS_AND_ID)(root):
        named = judged.get(value)
        if named is None:
            named = judged[value] = _names_chrome(value.lower())
        if named:
            el = value.getparent()
            if el not in seen:
                seen.add(el)
                yield el


def _names_chrome(names: str) -> bool:
    """Whether lower-cased names have a word of :data:`CHROME_NAMES`."""
    return any(part in names for part in _PARTS_OF_NAMES) and not CHROME_NAMES.isdisjoint(
        _NAME_PARTS.split(names)
    )


def _remove_keeping_tail(el: Any) -> None:
    parent = el.getparent()
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


__all__ = ["CHROME_NAMES", "drop_named_chrome"]
