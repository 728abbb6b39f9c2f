"""Questions of an FAQ or accordion written as buttons, made text again before the extractors run.

An accordion (WAI-ARIA's disclosure pattern) shows each question as a ``<button
aria-controls="ID">`` and keeps the answer in the element with that id, collapsed until the
reader opens it (often wrapped in an ``<h3>``).  Both extractors drop buttons as page controls,
so the answers stayed and the questions went.  A button is the article's question when the
region it opens holds prose (a menu toggle opens a list of links, a share button opens nothing
on the page), and its own text is a line of words, not an icon ("☰", "+").  Such a button is
unwrapped in place inside a heading, and becomes an ``<h3>`` elsewhere; its decorative parts
(``aria-hidden``: a "+" or a chevron) go.

No rule here knows a site: the markup is the accessibility standard's own.

Round 30 (issue 11): a toggle without ``aria-controls`` (a CMS's spoiler: ``<button
aria-expanded>`` and its body right after it) opens the element right after it (after the heading
it is alone in), nothing but white space between.  Body F1 summed over pages, dev-a +0.093 on a
Russian spoiler FAQ (written22) and −0.096 on a German FAQ whose snippets leave the questions out
(trafilatura-eval), dev-b (checked only) +0.074 (a WCXB page), none down.

Round 22 (issue 11), **unproven**: on dev-a it changed 6 of the 268 pages with an
``aria-controls`` (written21's FAQ page 0.77 → 0.95, body F1 summed over the sets +0.017, the
others within ±0.001), on dev-b (checked only) 2 of 243 (WCXB +0.008 on a page, fundus −0.04 on
a page: −0.0001 summed): dev-b holds no accordion FAQ to confirm it.  Kept because the markup is
a standard's and the writers' pages use it (written21).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .htmlblocks import text_of
from .scraped_vocab import UI_LINES, ui_key

_WORD = re.compile(r"\w+")
#: the region a question opens holds at least this many words …
ANSWER_WORDS = 8
#: … of which less than this share is link text (a menu toggle opens a list of links)
LINKED_SHARE = 0.5
#: a question is a line: at least two words and at most this many
QUESTION_WORDS = 40
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WITH_ID = etree.XPath("//*[@id]")


def open_disclosures(tree: Any) -> int:
    """Make the question of every disclosure button whose region holds prose text of the page
    (in place, in ``tree``); the number of buttons changed."""
    buttons = [b for b in tree.iter("button") if b.get("aria-controls") or b.get("aria-expanded")]
    if not buttons:
        return 0
    wanted = {(b.get("aria-controls") or "").split(" ")[0] for b in buttons}
    wanted.discard("")
    regions = (
        {el.get("id"): el for el in _WITH_ID(tree) if el.get("id") in wanted} if wanted else {}
    )
    changed = 0
    for button in buttons:
        ident = (button.get("aria-controls") or "").split(" ")[0]
        region = regions.get(ident) if ident else _next_region(button)
        if region is None or region is button or not _holds_prose(region):
            continue
        for part in list(button.iter(etree.Element)):
            if part is not button and part.get("aria-hidden") == "true":
                _drop_keeping_tail(part)
        label = text_of(button)
        words = len(_WORD.findall(label))
        if not 2 <= words <= QUESTION_WORDS or _is_control(label):
            continue
        parent = button.getparent()
        if parent is not None and parent.tag in _HEADINGS:
            etree.strip_tags(parent, "button")
        else:
            button.tag = "h3"
            for name in ("type", "aria-controls", "aria-expanded"):
                button.attrib.pop(name, None)
        changed += 1
    return changed


#: a control's label opens with a verb of showing or reading ("Read the full story", "Show
#: transcript", «Читать полностью», «Показать ещё»): the region it opens is the article's own
#: rest, and the button is no question of it
_CONTROL_LABEL = re.compile(
    r"(?i)^\W*(?:read|show|hide|view|see|expand|collapse|open|close|load|continue|toggle|"
    r"display|reveal|more|less|click|tap|читать|дочитать|показать|скрыть|развернуть|свернуть|"
    r"открыть|закрыть|смотреть|подробнее|далее|ещё|еще|загрузить|продолжить|читати|показати|"
    r"приховати|розгорнути|згорнути|детальніше)\b"
)


def _is_control(label: str) -> bool:
    """Whether a button's ``label`` is a page control's (a question never ends so: a "?" keeps
    it), by the UI vocabulary or a verb of showing or reading at its start."""
    text = label.strip()
    if text.endswith("?"):
        return False
    return ui_key(text) in UI_LINES or bool(_CONTROL_LABEL.match(text))


def _next_region(button: Any) -> Any | None:
    """The region a toggle without ``aria-controls`` opens: the element right after it (after
    the heading it is wrapped in), with nothing but white space between (a spoiler's
    ``<button aria-expanded>`` and its body)."""
    at = button
    parent = button.getparent()
    if (
        parent is not None
        and parent.tag in _HEADINGS
        and len(parent) == 1
        and not (parent.text or "").strip()
    ):
        at = parent
    if (at.tail or "").strip():
        return None
    region = at.getnext()
    return region if region is not None and isinstance(region.tag, str) else None


def _holds_prose(region: Any) -> bool:
    words = len(_WORD.findall(text_of(region)))
    if words < ANSWER_WORDS:
        return False
    linked = sum(len(_WORD.findall(text_of(a))) for a in region.iter("a"))
    return linked < LINKED_SHARE * words


def _drop_keeping_tail(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


__all__ = ["open_disclosures"]
