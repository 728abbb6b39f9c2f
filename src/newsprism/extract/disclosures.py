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

Round 31 (issue 11): what a control opens is the page's text, only collapsed.  A region that a
disclosure button, a "read more" button or a tab names, and that holds prose, is shown: its
hiding (``hidden``, ``aria-hidden``, an inline ``display: none``, a class word that says
"hidden") goes, as a reader's click would take it away; trafilatura and readability drop hidden
elements as the page's machinery.  A tab (``role="tab"`` with ``aria-controls``, or a link
``href="#ID"`` that toggles a tab or pill) is a control, not a question: its panel is shown, its
label stays a control (before, a WAI-ARIA tab's label became a heading in the row of tabs, over
the first panel; a writer's gold left a live page's filter tabs out, written30).  A "read more"
button between the article's two parts in boxes of their own (the rest after it, prose on both
sides) joins them, as the reader sees them after the click: the extractors took the larger part
for the article and trimmed the rest as a box after it.  Body F1 summed over the pages it changed,
dev-b (checked only) +0.175 (3 up, none down: WCXB), dev-a +0.142 (2 up, 1 down: WCXB, written22).

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


def open_disclosures(tree: Any, page: str | None = None) -> int:
    """Make the question of every disclosure button whose region holds prose text of the page
    and show every region a control opens (in place, in ``tree``); the number of buttons and
    tabs changed.  ``page``: the page's HTML, to look for only the kinds of control it writes."""
    controls = _CONTROLS(tree) if page is None else _controls_written(tree, page)
    tabs = [c for c in controls if _is_tab(c) and _tab_target(c)]
    buttons = [c for c in controls if not _is_tab(c)]
    if not buttons and not tabs:
        return 0
    wanted = {(b.get("aria-controls") or "").split(" ")[0] for b in buttons}
    wanted.update(_tab_target(t) for t in tabs)
    wanted.discard("")
    regions = (
        {el.get("id"): el for el in _WITH_ID(tree) if el.get("id") in wanted} if wanted else {}
    )
    changed = _tabs_over_panels(tabs, regions)
    for button in buttons:
        ident = (button.get("aria-controls") or "").split(" ")[0]
        if not ident and _opens_rest(button):
            continue
        if not (ident or button.get("aria-expanded")):
            continue
        region = regions.get(ident) if ident else _next_region(button)
        if region is None or region is button or not _holds_prose(region):
            continue
        _show(region)
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


#: a "read more" control stands in a box of at most this many words around it
CONTROL_BOX_WORDS = 6


def _opens_rest(button: Any) -> bool:
    """Whether ``button`` (without ``aria-controls``) is a control labelled as one ("Continue
    reading", «Читать далее»): then it is no question.  A hidden element beside it (or beside
    the small box it stands in) that holds prose is the article's rest, collapsed: shown.  When
    that rest comes after the control and prose stands before it too, the rest joins the
    element before (:func:`_join_rest`)."""
    label = text_of(button)
    if not _is_control(label):
        return False
    if not _CONTROL_LABEL.match(label.strip()):
        return True  # a control of the page's own ("Subscribe", "Menu"): it opens no story
    at = button
    for _ in range(3):
        before, after = at.getprevious(), at.getnext()
        for near in (before, after):
            hidden = near is not None and isinstance(near.tag, str) and _hidden(near)
            if hidden and _holds_prose(near):
                _show(near)
                if near is after:
                    _join_rest(before, after)
                return True
        if _join_rest(before, after):
            return True
        parent = at.getparent()
        if parent is None or len(_WORD.findall(text_of(parent))) > CONTROL_BOX_WORDS:
            break
        at = parent
    return True


def _join_rest(before: Any, after: Any) -> bool:
    """The article's two parts on either side of a "read more" control, one element again, as
    the reader sees them after the click: the children of ``after`` (the rest) move to the end
    of ``before`` — when both are elements of the same kind that hold prose.  (The extractors
    read the larger part as the article and trimmed the rest as a box after it.)"""
    if before is None or after is None or not isinstance(before.tag, str):
        return False
    if not isinstance(after.tag, str) or before.tag != after.tag:
        return False
    if not (_holds_prose(before) and _holds_prose(after)):
        return False
    if after.text and after.text.strip():
        last = before[-1] if len(before) else None
        if last is None:
            before.text = (before.text or "") + after.text
        else:
            last.tail = (last.tail or "") + after.text
    for child in list(after):
        before.append(child)
    parent = after.getparent()
    if parent is not None:
        _drop_keeping_tail(after)
    return True


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style, classes = el.get("style"), el.get("class")
    return bool(
        style
        and _HIDING_STYLE.search(style)
        or classes
        and any(_HIDING_CLASS.search(c) for c in classes.split())
    )


#: the page's controls, in one walk: buttons (``<button>``, ``role="button"``) and tabs — WAI-ARIA's
#: ``role="tab"``, or a link that a script library toggles as a tab or pill (Bootstrap's
#: ``data-toggle`` / ``data-bs-toggle``)
_CONTROLS = etree.XPath(
    "//button | //*[@role='button' or @role='tab'] | //a[@data-toggle='tab' or "
    "@data-toggle='pill' or @data-bs-toggle='tab' or @data-bs-toggle='pill']"
)
_TAB_TOGGLES = frozenset({"tab", "pill"})
#: the same, a kind at a time: each is looked for only where the page's HTML writes it (a walk of
#: every element for a ``role`` costs about 2 % of a page's extraction, and most pages write
#: no tab)
_BUTTON_TAGS = etree.XPath("//button")
_ROLE_CONTROLS = etree.XPath("//*[@role='button' or @role='tab']")
_TOGGLE_LINKS = etree.XPath(
    "//a[@data-toggle='tab' or @data-toggle='pill' or @data-bs-toggle='tab' or "
    "@data-bs-toggle='pill']"
)
_ROLE_MARKS = (
    'role="button"',
    "role='button'",
    "role=button",
    'role="tab"',
    "role='tab'",
    "role=tab",
)
_TOGGLE_MARKS = (
    'toggle="tab"',
    "toggle='tab'",
    'toggle="pill"',
    "toggle='pill'",
    "toggle=tab",
    "toggle=pill",
)


#: a link that goes nowhere (``href="#"``, a ``javascript:`` address) is a script's control
#: when its label is one ("Читать полностью ↓" whose click shows the hidden rest of the story)
_NOWHERE_LINKS = etree.XPath("//a[@href='#' or starts-with(@href, 'javascript:')]")
NOWHERE_MARKS = ('href="#"', "href='#'", "javascript:")


def _read_on_links(tree: Any, page: str) -> list[Any]:
    """Links going nowhere whose label opens with a verb of reading or showing: "read more"
    controls written as links, not buttons (round 32)."""
    if not any(mark in page for mark in NOWHERE_MARKS):
        return []
    return [a for a in _NOWHERE_LINKS(tree) if _CONTROL_LABEL.match(text_of(a).strip())]


def _controls_written(tree: Any, page: str) -> list[Any]:
    found: list[Any] = _BUTTON_TAGS(tree) if "button" in page else []
    found = [*found, *_read_on_links(tree, page)]
    # (each mark's test scans the whole page: one scan for what they share first)
    if "role=" in page and any(mark in page for mark in _ROLE_MARKS):
        found = [*found, *_ROLE_CONTROLS(tree)]
    if "toggle=" in page and any(mark in page for mark in _TOGGLE_MARKS):
        found = [*found, *_TOGGLE_LINKS(tree)]
    return list(dict.fromkeys(found))


def _is_tab(control: Any) -> bool:
    return (
        control.get("role") == "tab"
        or (control.get("data-toggle") or control.get("data-bs-toggle")) in _TAB_TOGGLES
    )


def _tab_target(tab: Any) -> str:
    """The id of the panel a tab shows ("" when it names none on the page)."""
    ident = (tab.get("aria-controls") or "").split(" ")[0]
    if not ident:
        href = tab.get("href") or tab.get("data-target") or tab.get("data-bs-target") or ""
        ident = href[1:] if href.startswith("#") else ""
    return ident


def _tabs_over_panels(tabs: list[Any], regions: dict[str, Any]) -> int:
    """Show the panel of each tab that holds prose; the number shown.  The tab's label stays a
    control (both extractors drop it): a writer's gold left a live page's "All" / "Line-ups"
    filter tabs out (written30), and a label over each panel was no better on the
    development pages."""
    shown = 0
    for tab in tabs:
        panel = regions.get(_tab_target(tab))
        if panel is None or tab in panel.iterancestors() or not _holds_prose(panel):
            continue
        _show(panel)
        shown += 1
    return shown


#: a class word that hides an element (trafilatura's and readability's tests for hidden
#: furniture read these)
_HIDING_CLASS = re.compile(r"(?i)hidden|^hide$|^hide-|-hide$|-hide-")
_HIDING_STYLE = re.compile(r"(?i)(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*;?")


def _show(region: Any) -> None:
    """Take away what hides ``region`` (a collapsed answer, a "read more" rest, a tab's panel)."""
    for name in ("hidden", "aria-hidden"):
        region.attrib.pop(name, None)
    style = region.get("style")
    if style and _HIDING_STYLE.search(style):
        region.set("style", _HIDING_STYLE.sub("", style))
    classes = region.get("class")
    if classes and _HIDING_CLASS.search(classes):
        region.set("class", " ".join(c for c in classes.split() if not _HIDING_CLASS.search(c)))


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
