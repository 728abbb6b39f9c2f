"""Web components read as a browser renders them, before the extractors see the page.

Page builders of the 2020s write a page as *custom elements* (HTML's own extension point: a tag
whose name holds a hyphen, ``<story-paragraph>``, ``<app-article-body>``), often server-rendered
with a *declarative shadow root* (``<template shadowrootmode="open">``) whose ``<slot>``
elements say where the element's own children appear.  Neither extractor knows either:

* a custom element is an unknown tag, which both read as inline text, so an article written as
  ``<x-paragraph>`` elements came out as one run-together paragraph with its headline, captions
  and the related links glued in;
* a ``<template>`` is inert in HTML's parser model and is stripped with scripts, so text a
  component rendered into its shadow root (a server-rendered headline, a caption) was lost.

What a browser does is the standard's, and it is what this module does, knowing no site:

* :func:`compose_shadow_roots` puts each declarative shadow root's content in place of the
  ``<template>``, with the host's children moved into the slots that name them (the default
  slot takes the rest); children no slot takes stay after it (a browser hides them, but a lost
  paragraph costs more than a kept line);
* :func:`unfold_custom_elements` reads each custom element that stands on its own (not inside a
  paragraph, a heading or a link, with no text run beside it) as a block: a ``<div>`` when it
  holds blocks, a ``<p>`` when it holds only text; its name is kept in
  :data:`ELEMENT_NAME`, where the furniture rules of :mod:`.inline_chrome` read it as they read
  a class (``<site-newsletter-signup>`` is named as a sign-up box).  It is not added to the
  class: trafilatura reads classes by fragments ("bar", "meta", "expand", "slide"), which
  took text out of elements whose names merely held them (a share bar kept, a byline's date
  lost: on the development halves it moved two pages each way).  A custom element inside a
  sentence (``<relative-time>``, an icon) stays as it is.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

#: HTML's block-level elements (a custom element holding one is a container, not a paragraph)
_BLOCKS = (
    "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "dd", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
)  # fmt: skip
#: elements that hold a run of text: a custom element inside one is part of that text
_TEXT_HOLDERS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "label", "span", "em", "strong",
     "b", "i", "u", "q", "small", "time", "code", "pre", "sup", "sub", "mark", "cite", "abbr",
     "summary", "figcaption", "caption", "title"}
)  # fmt: skip
#: inline elements: a custom element beside one is inside a line of text (an image is not:
#: a caption stands beside its picture)
_INLINE = frozenset(
    {"a", "span", "em", "strong", "b", "i", "u", "q", "small", "time", "code", "sup", "sub",
     "mark", "cite", "abbr", "br", "label"}
)  # fmt: skip
_SHADOW_ATTRIBUTES = ("shadowrootmode", "shadowroot")
#: the attribute that keeps a renamed custom element's own name (read as a box's name by
#: :mod:`.inline_chrome`, as a class or an id is)
ELEMENT_NAME = "data-newsprism-element"
#: every custom element, in document order (found by libxml2: a walk in Python cost more)
_CUSTOM = etree.XPath("//*[contains(local-name(), '-')]")


def compose_shadow_roots(tree: Any) -> int:
    """Compose every declarative shadow root with its host's children (in place); the number
    of shadow roots composed.  Innermost first: a shadow root may hold other hosts."""
    templates = [t for t in tree.iter("template") if any(t.get(a) for a in _SHADOW_ATTRIBUTES)]
    composed = 0
    for template in reversed(templates):
        host = template.getparent()
        if host is None:
            continue
        _compose(host, template)
        composed += 1
    if composed:
        etree.strip_tags(tree, "slot")
    return composed


def _compose(host: Any, template: Any) -> None:
    slots = list(template.iter("slot"))
    default = next((s for s in slots if not s.get("name")), None)
    named = {s.get("name"): s for s in slots if s.get("name")}
    light_text = template.tail  # the host's own text after the template: default content
    template.tail = None
    host.remove(template)
    filled: set[int] = set()

    def fill(slot: Any, node: Any) -> None:
        if id(slot) not in filled:  # assigned content replaces the slot's fallback
            filled.add(id(slot))
            slot.text = None
            for fallback in list(slot):
                slot.remove(fallback)
        slot.append(node)

    leading = (host.text or "") + (light_text or "") if host.text or light_text else None
    host.text = None
    for node in list(host):
        name = node.get("slot") if isinstance(node.tag, str) else None
        slot = named.get(name) if name else default
        if slot is not None:
            fill(slot, node)
    if leading and leading.strip() and default is not None:
        first_assigned = id(default) in filled
        if not first_assigned:
            default.text = None
            for fallback in list(default):
                default.remove(fallback)
            filled.add(id(default))
        default.text = leading + (default.text or "")
        leading = None
    # the shadow root's content first, then what no slot took
    rest = list(host)
    for node in rest:
        host.remove(node)
    host.text = template.text
    for node in template:
        host.append(node)
    if leading:
        _append_text(host, leading)
    for node in rest:
        host.append(node)


def _append_text(parent: Any, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


#: AMP's picture elements (an AMP page, a news site's mobile version, writes every picture so):
#: read as ``<img>``, so that a figure has its picture and its address (round 31)
_AMP_PICTURES = frozenset({"amp-img", "amp-anim"})


def unfold_custom_elements(tree: Any) -> int:
    """Read every custom element that stands on its own as the block it renders as (in place);
    the number renamed.  Innermost first, so a container of renamed elements is a container."""
    elements = _CUSTOM(tree)
    changed = 0
    for el in elements:
        if el.tag in _AMP_PICTURES:  # an AMP page's picture is an <img> to its runtime
            el.tag = "img"
            changed += 1
    for el in reversed(elements):
        if el.tag == "img":
            continue
        if any(a.tag in _TEXT_HOLDERS for a in el.iterancestors()) or not _stands_alone(el):
            continue
        holds_blocks = next(el.iter(*_BLOCKS), None) is not None
        if not holds_blocks and not "".join(el.itertext()).strip():
            continue  # an icon, an empty slot for an advertisement: nothing to read
        name = el.tag
        el.tag = "div" if holds_blocks else "p"
        el.set(ELEMENT_NAME, name)
        changed += 1
    return changed


def _stands_alone(el: Any) -> bool:
    """Whether ``el`` has no text run beside it: blank text before and after, and no inline
    element for a neighbour."""
    if el.tail and el.tail.strip():
        return False
    before = el.getprevious()
    if before is None:
        parent = el.getparent()
        if parent is not None and parent.text and parent.text.strip():
            return False
    elif (before.tail and before.tail.strip()) or before.tag in _INLINE:
        return False
    after = el.getnext()
    return after is None or not isinstance(after.tag, str) or after.tag not in _INLINE


__all__ = ["ELEMENT_NAME", "compose_shadow_roots", "unfold_custom_elements"]
