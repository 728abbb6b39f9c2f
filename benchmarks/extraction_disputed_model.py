"""Round 15: a learned scorer for trafilatura's disputed edge blocks, tried and NOT adopted.

Evidence for trafilatura's blocks at the article's edges, which readability does not confirm.

When both extractors found the same article (``merge.merge``), trafilatura's blocks before the
first and after the last block readability confirms are *disputed*: an opening or an ending
that readability missed, or chrome (bylines, related links, teasers, newsletter boxes).  The
merge drops them by rule (at the head it keeps paragraphs that read as the article's own).  This
module weighs each disputed block's evidence with a small logistic model over features every
page has, whatever its site: the block's kind and length, whether it ends a sentence, whether
the scraped-text labeller calls it chrome, how far it lies from the confirmed text, and, new in
round 15, **how much of it is link text on the page** (teaser boxes and related-link lists are
links; an article's ending is not), which trafilatura's output alone cannot show.

The weights are fitted by ``benchmarks/extraction_disputed.py`` on the dev-a halves of every
development set jointly (no set, site or word list is a feature).  Round 15 also read, from the
page itself, where each block stands: whether it shares its parent element or its container
path (the tag and class of its parent and grandparent) with the confirmed text, and whether a
container around it carries a chrome word in its class or id (``CHROME_CLASS_WORDS``).  The best
form (tail only, keep while p >= 0.8, stop at the first block that goes) raised the dev-b sum by
+0.0016 with no dev-b set falling, but cost scrapinghub dev-a -0.0020, and every looser form
cost L3S-GN1, big9 or Dragnet: not adopted (``docs/extraction.md``, round 15).  Nothing here is
wired into ``newsprism``: the fitting script reads the page's evidence itself, before the
extractors run, as the merge would have.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from extraction_edges import (  # the round-12 edge model this one extends: same helpers
    _TOKEN,
    _chrome_like,
)
from extraction_edges import FEATURES as ROUND12_FEATURES
from extraction_edges import block_features as round12_features

from newsprism.extract.assemble import RawBlock

if TYPE_CHECKING:
    from newsprism.extract.merge import Candidate, Shingles


#: the features, in order (the names the fitting script prints beside the weights): the
#: round-12 edge model's, then this round's
FEATURES = (
    *ROUND12_FEATURES,
    "share of link text",
    "share of link text, tail",
    "found on the page",
    "same parent element as confirmed text",
    "same container path as confirmed text",
    "a chrome word in its containers' class or id",
)

#: fitted on the dev-a halves of every development set (``benchmarks/extraction_disputed.py``);
#: in the order of FEATURES
WEIGHTS: tuple[float, ...] = (
    -1.519, -0.159, +1.436, -0.131, -1.188, +0.963, +0.971, -1.518, +0.682, -0.745,
    -0.962, -1.178, +0.693, -0.132, -0.683, -0.080, -0.380, +1.424, -0.906,
)  # fmt: skip
BIAS = -2.999


def _shingles(tokens: list[str]) -> Shingles:
    if len(tokens) < 4:
        return {tuple(tokens)} if tokens else set()
    return set(zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False))


def anchor_pool(tree: Any) -> Shingles:
    """The word 4-shingles of every link's text on the page, each link on its own (a link of
    fewer than four words: its words as one tuple)."""
    pool: Shingles = set()
    for a in tree.iter("a"):
        try:
            text = a.text_content()
        except ValueError:
            continue
        tokens = _TOKEN.findall(text.lower())
        if tokens:
            pool |= _shingles(tokens)
    return pool


def link_share(text: str, pool: Shingles) -> float:
    """The share of the block's word 4-shingles that lie in one link's text."""
    own = _shingles(_TOKEN.findall(text.lower()))
    if not own or not pool:
        return 0.0
    return len(own & pool) / len(own)


#: words in a container's class or id that name page chrome on any site (checked as whole
#: parts of the attribute, split at "-", "_", spaces and case changes)
CHROME_CLASS_WORDS = frozenset(
    [
        "comment",
        "comments",
        "related",
        "recommended",
        "recommendations",
        "promo",
        "newsletter",
        "subscribe",
        "subscription",
        "share",
        "sharing",
        "social",
        "footer",
        "sidebar",
        "aside",
        "widget",
        "teaser",
        "teasers",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "sponsored",
        "disclaimer",
        "bio",
        "author",
        "byline",
        "tags",
        "tag",
        "more",
        "trending",
        "popular",
        "nav",
        "menu",
        "signup",
        "outbrain",
        "taboola",
    ]
)
_CLASS_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
#: the elements a block of trafilatura's can come from
_BLOCK_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "td",
        "th",
        "div",
        "section",
        "article",
        "span",
        "ul",
        "ol",
        "table",
        "figcaption",
        "font",
        "center",
    ]
)
#: a block is found on the page by its first words
_KEY_WORDS = 8


def _key(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower())[:_KEY_WORDS])


class Locator:
    """Finds trafilatura's blocks on the page again: the element whose text begins with the
    block's first words (the innermost such element of the block elements)."""

    def __init__(self, tree: Any) -> None:
        self._at: dict[str, Any] = {}
        for el in tree.iter():
            if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS:
                continue
            own = (el.text or "").strip()
            if not own and el.tag not in ("p", "li", "blockquote", "td", "dd", "pre"):
                continue
            key = _first_words(el)
            if key:
                self._at[key] = el  # document order: an inner element overwrites its container

    def find(self, text: str) -> Any:
        key = _key(text)
        return self._at.get(key) if key else None


def _first_words(el: Any) -> str:
    """The element's first words (as :func:`_key` gives them), read only as far as needed."""
    tokens: list[str] = []
    for piece in el.itertext():
        tokens.extend(_TOKEN.findall(piece.lower()))
        if len(tokens) >= _KEY_WORDS:
            break
    return " ".join(tokens[:_KEY_WORDS])


class PageEvidence:
    """What the page itself says about trafilatura's blocks, read before the extractors run
    (they prune the tree they read): its link texts and where each block stands."""

    def __init__(self, tree: Any) -> None:
        self.pool = anchor_pool(tree)
        self.locator = Locator(tree)


def _signature(el: Any) -> tuple[str, ...]:
    out = []
    for anc in list(el.iterancestors())[:2]:
        out.append(f"{anc.tag}.{anc.get('class') or ''}")
    return tuple(out)


def _class_words(el: Any, depth: int = 6) -> set[str]:
    words: set[str] = set()
    for node in [el, *list(el.iterancestors())[:depth]]:
        for attr in ("class", "id"):
            value = node.get(attr)
            if value:
                words |= {w.lower() for w in _CLASS_SPLIT.split(value) if w}
    return words


def block_features(
    block: RawBlock,
    text: str,
    words: int,
    tail: bool,
    distance: int,
    breaks: int,
    shared: float,
    links: float,
    place: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0),
) -> list[float]:
    """The round-12 edge features (:func:`extraction_edges.block_features`), then this round's:
    link text, link text at the tail, and where the block stands on the page."""
    base = round12_features(block, text, words, tail, distance, breaks, shared)
    return [*base, links, links if tail else 0.0, *place]


def edge_features(
    primary: Candidate, second: Candidate, pool: Shingles, locator: Locator | None = None
) -> Iterator[tuple[int, bool, list[float]]]:
    """(index, tail, features) of each of ``primary``'s disputed blocks: those before the first
    and after the last block ``second`` confirms, nearest the confirmed text first."""
    from newsprism.extract.merge import block_text

    confirmed = primary.against(second).confirmed
    idx = [i for i, c in enumerate(confirmed) if c]
    if not idx:
        return
    first, last = idx[0], idx[-1]
    parents: set[Any] = set()
    signatures: set[tuple[str, ...]] = set()
    body_words: set[str] = set()
    if locator is not None:
        for i in idx:
            el = locator.find(block_text(primary.blocks[i]))
            if el is not None:
                parent = el.getparent()
                if parent is not None:
                    parents.add(parent)
                signatures.add(_signature(el))
                body_words |= _class_words(el)

    def place(text: str) -> tuple[float, float, float, float]:
        if locator is None:
            return (0.0, 0.0, 0.0, 0.0)
        el = locator.find(text)
        if el is None:
            return (0.0, 0.0, 0.0, 0.0)
        chrome = (_class_words(el) - body_words) & CHROME_CLASS_WORDS
        return (
            1.0,
            1.0 if el.getparent() in parents else 0.0,
            1.0 if _signature(el) in signatures else 0.0,
            1.0 if chrome else 0.0,
        )

    def walk(order: list[int], tail: bool) -> Iterator[tuple[int, bool, list[float]]]:
        breaks = 0
        for distance, i in enumerate(order):
            block, words, text = primary.blocks[i], primary.words[i], block_text(primary.blocks[i])
            own = primary.sets[i]
            shared = len(own & second.pool) / len(own) if own else 0.0
            links = link_share(text, pool)
            feats = block_features(
                block, text, words, tail, distance, breaks, shared, links, place(text)
            )
            yield i, tail, feats
            if _chrome_like(block, text, words):
                breaks += 1

    yield from walk(list(range(first - 1, -1, -1)), tail=False)
    yield from walk(list(range(last + 1, len(primary.blocks))), tail=True)


def chance_of_article(
    features: list[float], weights: tuple[float, ...] = WEIGHTS, bias: float = BIAS
) -> float:
    z = bias + sum(w * f for w, f in zip(weights, features, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


#: an edge block stays when the model gives it at least this chance of being the article's
KEEP_AT = 0.8
#: which edges the model judges: "tail", "head" or "both"
EDGES = "tail"
#: stop at the first block that goes (an article ends once: after a box of teasers or an
#: advertisement, a long sentence-like block is not the article's)
UNBROKEN = True


def kept_edges(primary: Candidate, second: Candidate, evidence: PageEvidence) -> set[int]:
    """The indices of the disputed blocks the model keeps (beside the head's paragraphs the
    merge's own rule keeps)."""
    kept: set[int] = set()
    stopped = {False: False, True: False}
    features_of = edge_features(primary, second, evidence.pool, evidence.locator)
    for i, tail, features in features_of:
        if (EDGES == "tail" and not tail) or (EDGES == "head" and tail):
            continue
        if UNBROKEN and stopped[tail]:
            continue
        if chance_of_article(features) >= KEEP_AT:
            kept.add(i)
        else:
            stopped[tail] = True
    return kept
