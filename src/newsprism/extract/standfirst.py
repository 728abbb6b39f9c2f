"""The standfirst printed right under the headline, which neither extractor took.

A standfirst (deck, subtitle, "second title") sits between the headline and the article's body,
in its own element (``<h2 class="subhead">``, ``<div class="…second-title">``, ``<p class="lead">``):
outside the body's container, so readability never sees it, and trafilatura, which starts at
the body too, mostly leaves it or keeps it as a heading that the merge's head trim then drops.
It is found from the headline itself: the first element after the page's ``<h1>`` (the one that
reads as the title) that holds text, when that text is one line of prose of some length (not a
byline, a date or a menu), the article's first block starts within a few lines below it with no
heading between (a heading there is a blog post's own title: that ``<h1>`` was the site's name
and the line under it the site's motto), and it is not already in the article.

Round 20 (issue 11): fitted on the dev-a halves (the heading condition and the byline/date
tests were added after reading dev-a's losses), checked on dev-b: body F1 summed over the sets'
dev-b means +0.021 (fundus +0.0027, trafilatura-eval +0.0037, written17 +0.0092, written19
+0.0068; the sets whose gold leaves the standfirst out lose a little: scrapinghub −0.0017,
newspaper-2014 −0.0009, WCXB −0.0004); dev-a +0.024.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .assemble import RawBlock
from .htmlblocks import text_of
from .merge import block_text, shingle_set

_TOKEN = re.compile(r"\w+")
#: a standfirst has at least this many words (a kicker, a byline or a date has fewer) …
MIN_WORDS = 8
#: … and at most this many (more is the article's opening itself, or a container)
MAX_WORDS = 80
#: how far below the standfirst (in words of the page's text) the article's first block may
#: start: a byline, a date and a lead photo's caption lie between
GAP_WORDS = 150
#: the article's first blocks, where a standfirst it already has would be
LOOK_AT = 4
#: the shortest word that carries the subject (shorter ones are mostly function words)
_CONTENT_MIN_LETTERS = 4
#: elements a standfirst is never inside
_NOT_TEXT = frozenset({"a", "button", "nav", "time", "label", "select", "option", "figcaption"})
#: elements inside a block that make it a container rather than one line of text
_INNER_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "table", "section", "article", "figure", "header",
     "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "aside", "nav", "form"}
)  # fmt: skip
#: a byline's opening, in the languages of the written sets and of most news sites
_BYLINE = re.compile(r"(?:by|posted|written by|von|par|por|автор|текст)\b", re.I)
#: a time of day ("01:11 PM", "15:23"): a dateline, not a standfirst
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
#: menu separators ("about | flickr | feed")
_SEPARATED = re.compile(r"\s[|•·]\s")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: the block element a text node belongs to
_BLOCKS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "h6", "section", "header", "li", "td"})


def _norm(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


def _content_words(text: str) -> set[str]:
    """The stems of ``text``'s words that may carry its subject: four letters or more, not a
    function word of English or Russian."""
    from ..importance.features import STOP_WORDS
    from ..library.stemming import stem, words

    stop = STOP_WORDS["en"] | STOP_WORDS["ru"]
    return {
        stem(w.lower())
        for w in words(text)
        if len(w) >= _CONTENT_MIN_LETTERS and w.lower() not in stop
    }


def speaks_of(line: str, article: str) -> bool:
    """Whether ``line`` shares a word that carries a subject with ``article`` (its headline
    and opening): a line that shares none is a promo ("Listen to this story in our app"), a
    byline or a breadcrumb, not the article's standfirst or lead."""
    return bool(_content_words(line) & _content_words(article))


def _headline(tree: Any, title: str) -> Any:
    """The page's ``<h1>`` that reads as its title: the same words, else (when no ``<h1>`` has
    them) the first whose words the title holds or that holds the title's (a page's title adds
    the score or the section to its headline, or shortens it), of :data:`HEADLINE_WORDS` words
    or more.

    Round 28 (issue 11): a sports report titled "«A» — «B» — 2:1: <headline>" over an ``<h1>``
    of the headline alone lost its standfirst on a page trafilatura read alone."""
    norm = _norm(title)
    headings = [(h1, _norm(" ".join(h1.itertext()))) for h1 in tree.iter("h1")]
    for h1, text in headings:
        if text == norm:
            return h1
    for h1, text in headings:
        if len(text.split()) >= HEADLINE_WORDS and (
            f" {text} " in f" {norm} " or f" {norm} " in f" {text} "
        ):
            return h1
    return None


#: the fewest words an ``<h1>`` must share with the title, in one run, to read as it
HEADLINE_WORDS = 4


def _chrome(text: str) -> bool:
    """A byline, a date line, a credit or a line of page chrome, by the scraped-text labeller,
    or a line that carries a whole date (a byline's "on Aug 7, 2012")."""
    from .scraped_labels import (
        BYLINE,
        CHROME,
        CREDIT,
        DATE,
        FOOTER_LINE,
        NOTICE,
        RELATED,
        label_alone,
    )
    from .scraped_lines import Line
    from .scraped_meta import find_date

    label = label_alone(Line(text, False, 0)).label
    if label in (BYLINE, CHROME, CREDIT, DATE, FOOTER_LINE, NOTICE, RELATED):
        return True
    if _BYLINE.match(text) or _CLOCK.search(text):
        return True
    return find_date(text)[0] is not None  # "Posted by … on Aug 7, 2012", "By … on 11/12/2012"


def _block_of(el: Any) -> Any:
    while el is not None and el.tag not in _BLOCKS:
        el = el.getparent()
    return el


@dataclass(frozen=True)
class Candidate:
    """The line right under the headline, and the page's words after it."""

    text: str
    after: list[str]
    headings: list[int]  # where a heading starts among ``after``
    headline: str = ""
    #: the line is the first item of a list of points under the headline (a "Key points" box):
    #: every item, and the box's own heading ("" when it has none)
    points: tuple[str, ...] = ()
    label: str = ""


def standfirst_candidate(tree: Any, title: str | None) -> Candidate | None:
    """The line under the headline that may be a standfirst (read before the extractors run:
    their cleaning changes the tree)."""
    if not title:
        return None
    h1 = _headline(tree, title)
    if h1 is None:
        return None
    block = _line_under(h1)
    if block is None:
        return None
    text = text_of(block)
    points, label = _points_of(block, h1)
    start = block.getparent() if points else block
    after: list[str] = []
    headed: list[int] = []  # where a heading starts in ``after``
    for piece, heading in _text_after(start):
        if heading:
            headed.append(len(after))
        else:
            after += _TOKEN.findall(piece.lower())
        if len(after) >= GAP_WORDS + 5:
            break
    return Candidate(text, after, headed, title, points, label)


#: a box of key points has at least this many items, each of at least this many words
POINTS = 2
POINT_WORDS = 4
#: its heading is a label: at most this many words ("Key points", «Главное»)
LABEL_WORDS = 5


def _points_of(block: Any, h1: Any) -> tuple[tuple[str, ...], str]:
    """When the line under the headline is an item of a list of points (each a line of words, no
    link list), every item and the heading right above the list ("Key points"); else nothing.

    Round 31 (issue 11; noticed since round 30): a summary box under the headline lost all but
    its first point, which was taken for the standfirst.  Body F1 summed over the pages it
    changed: dev-a +0.112 (2 up: written30, Big9), dev-b (checked only) no page changed —
    unproven there."""
    parent = block.getparent()
    if block.tag != "li" or parent is None or parent.tag not in ("ul", "ol"):
        return (), ""
    items = [text_of(li) for li in parent.iterchildren("li")]
    if len(items) < POINTS or any(len(_TOKEN.findall(i)) < POINT_WORDS for i in items):
        return (), ""
    linked = sum(len(_TOKEN.findall(text_of(a))) for a in parent.iter("a"))
    if linked * 2 > sum(len(_TOKEN.findall(i)) for i in items):
        return (), ""
    label = ""
    before = parent.getprevious()
    if before is not None and before.tag in _HEADINGS and before is not h1:
        words = _TOKEN.findall(text_of(before))
        label = text_of(before) if 0 < len(words) <= LABEL_WORDS else ""
    return tuple(items), label


#: lines of chrome (a section label, a byline, a date) passed over between the headline and
#: the standfirst
SKIPPED_LINES = 2
#: where no line under the headline is passed over (a teaser list, a gallery's caption)
_STOP_AT = frozenset({"nav", "figcaption", "button"})


def _line_under(h1: Any) -> Any:
    """The block under the headline that may be its standfirst: the first line of text after
    the ``<h1>``, or, when that line and up to :data:`SKIPPED_LINES` more are chrome (a
    section's label, a byline, a date: too short, separated by "·", links or the labeller's
    chrome), the first line after them that is not.

    Round 25 (issue 11): a standfirst under a line holding a section's label, a byline and a
    date, each set apart by a dot, was lost on the pages that trafilatura reads alone.  Body F1
    summed over the sets' means, dev-a +0.0095 (15 pages up, 26 down, most by under 0.03:
    golds that leave the standfirst out), dev-b (checked only) +0.021 (14 up, 17 down; written16
    +0.014, written17 +0.006, trafilatura-eval +0.001; newspaper-2014 −0.0005, Big9 −0.0003)."""
    skipped = 0
    last = None  # the line just passed over
    for el in _elements_after(h1):
        if not (el.text and el.text.strip()):
            continue
        if last is not None and (el is last or last in el.iterancestors()):
            continue  # more text of the line just passed over
        if skipped and el.tag in _HEADINGS:
            return None  # the line under the headline was chrome, and a section starts
        block = _block_of(el)
        if el.tag in _NOT_TEXT or any(a.tag in _NOT_TEXT for a in el.iterancestors()):
            # a link, a date or a caption: no standfirst, unless it is a piece of a byline's
            # or a dateline's line, passed over
            hidden = el.tag in _STOP_AT or any(a.tag in _STOP_AT for a in el.iterancestors())
            if hidden or block is None or skipped >= SKIPPED_LINES:
                return None
            skipped += 1
            last = block
            continue
        if block is None:
            return None
        if any(d.tag in _INNER_BLOCKS for d in block.iterdescendants()):
            return None  # a container (a byline box, a teaser with its caption), not one line
        text = text_of(block)
        words = _TOKEN.findall(text)
        linked = sum(len(_TOKEN.findall(text_of(a))) for a in block.iter("a"))
        if (
            MIN_WORDS <= len(words) <= MAX_WORDS
            and not _SEPARATED.search(text)
            and not _chrome(text)
            and linked * 2 <= len(words)
        ):
            # a picture's caption under the headline (the lead photo's, in a box the figure
            # finder does not know) is no standfirst, and nothing under it is
            return None if _beside_picture(block, h1) else block
        if skipped >= SKIPPED_LINES or len(words) > MAX_WORDS:
            return None
        skipped += 1
        last = block
    return None


#: the elements a picture is shown with
_PICTURES = ("img", "picture", "video", "svg")
#: how far above a line the box that holds it and its picture may be
CAPTION_LEVELS = 3
#: a class or id that names a box a picture's caption ("Caption", "wp-caption", "photo-cutline"):
#: a newspaper-2014 dev-a page's lead photo is a ``<span data-image>`` its script fills, so no
#: picture stands beside its caption, which was read as the standfirst
_CAPTION_NAMED = re.compile(r"caption|cutline", re.I)


def _beside_picture(block: Any, h1: Any) -> bool:
    """``block`` stands beside a picture: inside a ``<figure>``, or in a small box (not much more
    text than its own, and not the headline's) that also holds an image — a caption, though
    the page does not mark it as one (the test ``html._beside_image`` makes of a text).

    Round 26 (issue 11; last round's noticed: the standfirst rule moved 14 dev-b pages up and
    17 down, one of them a lead photo's caption under the headline taken for the deck): body F1
    summed over the sets' means, dev-a +0.0012 (16 pages up, 1 down), dev-b (checked only)
    +0.0020 (20 up, 1 down; Big9, fundus, trafilatura-eval, newspaper-2014, L3S, Dragnet,
    WCXB)."""
    words = len(_TOKEN.findall(text_of(block)))
    for box in (block, *block.iterancestors())[: CAPTION_LEVELS + 1]:
        if box.tag in ("figure", "figcaption"):
            return True
        if box is h1 or h1 in box.iterancestors() or box in h1.iterancestors():
            return False  # the headline's own box (a header with a hero image)
        if _CAPTION_NAMED.search(f"{box.get('class', '')} {box.get('id', '')}"):
            return True  # a box the page names a caption (its picture lazy-loaded, no <img>)
        if len(_TOKEN.findall(text_of(box))) > 2 * words + 20:
            return False
        if any(True for _ in box.iter(*_PICTURES)):
            return True
    return False


def _elements_after(el: Any) -> Iterator[Any]:
    """The elements after ``el`` in document order (not its own), lazily."""
    node = el
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter(etree.Element)
        node = node.getparent()


def _text_after(el: Any) -> Iterator[tuple[str, bool]]:
    """The page's text after ``el`` in document order, lazily: each piece of text, and an empty
    piece marked ``True`` where a heading starts."""
    node = el
    while node is not None:
        if node.tail:
            yield node.tail, False
        for sibling in node.itersiblings():
            for event, sub in etree.iterwalk(sibling, events=("start", "end")):
                if event == "start":
                    if sub.tag in _HEADINGS:
                        yield "", True
                    if sub.text:
                        yield sub.text, False
                elif sub is not sibling and sub.tail:
                    yield sub.tail, False
            if sibling.tail:
                yield sibling.tail, False
        node = node.getparent()


def standfirst_blocks(candidate: Candidate | None, blocks: list[RawBlock]) -> list[RawBlock]:
    """The blocks to put above the article: its standfirst as a paragraph, or a box of key
    points as its heading and list (:func:`find_standfirst` decides whether)."""
    text = find_standfirst(candidate, blocks)
    if text is None or candidate is None:
        return []
    if not candidate.points:
        return [RawBlock("paragraph", text)]
    box = [RawBlock("heading", candidate.label, level=2)] if candidate.label else []
    return [*box, RawBlock("list", "\n".join(candidate.points))]


def find_standfirst(candidate: Candidate | None, blocks: list[RawBlock]) -> str | None:
    """The candidate's text when it is not already in the article and the article's first
    block starts within :data:`GAP_WORDS` words below it, with no heading between."""
    if candidate is None or not blocks:
        return None
    text, after, headed = candidate.text, candidate.after, candidate.headings
    top = [t for t in (block_text(b) for b in blocks[:LOOK_AT]) if t]
    if not top:
        return None
    own = shingle_set(text)
    if len(own & shingle_set("\n".join(top))) * 2 >= len(own):
        return None  # already the article's (a standfirst is among its first blocks)
    if not speaks_of(text, " ".join([candidate.headline, *top])):
        # a standfirst speaks of what the article does: a line that shares no word with the
        # headline or the article's opening is a promo ("Listen to this story in our app"), a
        # byline or a breadcrumb.  Review, round 20: of 296 development pages where a
        # standfirst was added, this withholds it on 6, none of them in a text gold.
        return None
    opening = _TOKEN.findall(top[0].lower())[:5]
    n = len(opening)
    if not n:
        return None
    at = next((i for i in range(len(after) - n + 1) if after[i : i + n] == opening), None)
    if at is None:
        return None
    if any(h <= at for h in headed):
        # a heading between them is the post's own title: the <h1> was the site's name, and
        # the line under it the site's motto ("an insider's perspective on …")
        return None
    return text
