"""An ``<aside>`` that is the article's own box, read as part of the article.

trafilatura deletes every ``<aside>`` before it reads a page (HTML marks them as "not the main
content"), and the merge's tail trim keeps nothing after the last block both readings share.
But stories put their own boxes in ``<aside>``: "How we did this", «Методика», "How we reported
this story", a correction, a "Quick guide" — text about this story, in sentences, standing in
the story's flow.  Five development pages of written17–32 lost such a box (the same mechanism in
both languages), while the ``<aside>`` elements the sites fill with furniture (a sidebar of most
read stories, a sign-up box, a donation appeal, cookie consent) differ from it in what the
markup shows:

* no links to speak of (at most a tenth of its words are link text): a sidebar is links;
* nothing to click, fill in or look at — no form, input, button, image, video or frame: a
  sign-up or promotion box asks for an address, an embed shows a picture or a player;
* at least one paragraph of running prose (:data:`PROSE_WORDS` words ending a sentence);
* in the story's flow: the text right before it on the page is a paragraph of running prose
  (a sidebar follows the article's container, a header or another box);
* text of its own: most of its word 4-grams (:data:`REPEAT_SHARE`) do not occur on the page
  outside it — a pull quote repeats a sentence of the story in large type, and read into the
  body it would give that sentence twice.

Such an aside becomes a ``<section>``, which both extractors read as any other part of the
page; boxes the page names as furniture were taken out before (:mod:`.inline_chrome`).  No
class name is read: the names of these boxes differ on every site ("methods-box", "fact-box",
"note note-info", "dcr-explainer").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

#: a paragraph of running prose has at least this many words and ends a sentence
PROSE_WORDS = 15
#: an aside whose link text is more than this share of its words is links (a sidebar)
MAX_LINK_SHARE = 0.1
#: fewer words than this make no box of the article
MIN_WORDS = 8
#: an aside more than this share of whose word 4-grams occur on the page outside it repeats
#: the story (a pull quote)
REPEAT_SHARE = 0.5
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
#: what a furniture box holds and a box of the story does not: something to click, fill in
#: or look at
_INTERACTIVE = ("form", "input", "button", "select", "textarea", "img", "picture", "video",
                "iframe", "figure")  # fmt: skip
#: the elements a box's paragraphs are, and those the text before it ends with
_PARAGRAPHS = ("p", "li", "dd", "blockquote")


def open_article_asides(tree: Any) -> int:
    """Rename (in place) every ``<aside>`` of ``tree`` that reads as the article's own box to
    ``<section>``; the number renamed."""
    opened = 0
    page: Counter[tuple[str, ...]] | None = None

    def page_grams() -> Counter[tuple[str, ...]]:
        # the page's text is counted once, and only when an aside passes the other tests
        nonlocal page
        if page is None:
            page = _grams(tree)
        return page

    for aside in list(tree.iter("aside")):
        if _article_box(aside, page_grams):
            aside.tag = "section"
            opened += 1
    return opened


def _grams(el: Any) -> Counter[tuple[str, ...]]:
    """The word 4-grams of ``el``'s text (lower-cased words, punctuation left out)."""
    words = _WORD.findall(" ".join(el.itertext()).lower())
    return Counter(zip(words, words[1:], words[2:], words[3:], strict=False))


def _repeats_page(aside: Any, page: Counter[tuple[str, ...]]) -> bool:
    """Whether most of ``aside``'s word 4-grams occur on the page outside it (``page`` counts
    the whole page's, the aside's own included)."""
    own = _grams(aside)
    if not own:
        return False
    outside = sum(n for g, n in own.items() if page[g] > n)
    return outside > REPEAT_SHARE * own.total()


def _words(el: Any) -> int:
    return len(" ".join(el.itertext()).split())


def _prose(el: Any) -> bool:
    text = " ".join(el.itertext()).strip()
    return len(text.split()) >= PROSE_WORDS and _SENTENCE_END.search(text) is not None


def _article_box(aside: Any, page_grams: Callable[[], Counter[tuple[str, ...]]]) -> bool:
    words = _words(aside)
    if words < MIN_WORDS:
        return False
    links = sum(_words(a) for a in aside.iter("a"))
    if links > MAX_LINK_SHARE * words:
        return False
    if next(aside.iter(*_INTERACTIVE), None) is not None:
        return False
    paragraphs = [p for p in aside.iter(*_PARAGRAPHS, "div") if p.tag != "div" or len(p) == 0]
    if not any(_prose(p) for p in paragraphs):
        return False
    before = _text_before(aside)
    if before is None:
        return False
    last = [p for p in before.iter(*_PARAGRAPHS)] or [before]
    return _prose(last[-1]) and not _repeats_page(aside, page_grams())


def _text_before(el: Any) -> Any | None:
    """The element with text right before ``el`` on the page: its nearest earlier sibling that
    holds text, or its parent's when it opens its parent (a box wrapped in a ``<div>``)."""
    node = el
    while True:
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            if "".join(sibling.itertext()).strip():
                return sibling
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or (parent.text or "").strip():
            return None
        node = parent


__all__ = ["open_article_asides"]
