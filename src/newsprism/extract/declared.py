"""The article's text as the page declares it in data, for a page whose markup shows none of it.

A page built by a JavaScript framework may be saved as its shell (a skeleton, a spinner) with
the article only in the data the framework renders it from: schema.org's ``articleBody`` in
JSON-LD, or the framework's *hydration data* — Next.js's ``__NEXT_DATA__``, Nuxt's
``__NUXT_DATA__``, Angular's transfer state, a store's ``window.__INITIAL_STATE__ = {…}``.
Both extractors read markup only, so such a page had no article (exit code 3) though its text
is in the file a reader saved.

:func:`declared_blocks` reads it back, knowing no framework's layout: ``articleBody`` when the
page declares one (the standard's own field for the text); otherwise, in every JSON object of
a ``<script>``, the strings that read as prose (eight words or more and a sentence's end; an
HTML fragment is read as its paragraphs), grouped by where they sit in the object (their path
with list positions left out: ``article.blocks[].html``): the article is the group with the
most words, in its order.  The caller asks only when the markup gave no article text (or
almost none), so a page read as before is never changed.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from .assemble import RawBlock

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…»”\"]\s*$|[.!?…]\s")
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_ASSIGNED = re.compile(r"(?:=|\(|:)\s*(?=[\[{])")
#: a prose string has at least this many words …
PROSE_WORDS = 8
#: … and the text declared must hold at least this many
MIN_WORDS = 60
_HTML_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def declared_blocks(html: str) -> list[RawBlock]:
    """The article's blocks from the page's data (JSON-LD ``articleBody``, else the largest
    group of prose strings in its hydration data); ``[]`` when neither holds
    :data:`MIN_WORDS` words."""
    objects: list[tuple[bool, Any]] = []
    for attributes, body in _SCRIPT.findall(html):
        if "{" not in body and "[" not in body:
            continue
        data = _json_of(body, "json" in attributes.lower())
        if data is not None:
            objects.append(("ld+json" in attributes.lower(), data))
    bodies = [b for ld, data in objects if ld for b in _article_bodies(data)]
    best = max(bodies, key=len, default="")
    if len(_WORD.findall(best)) >= MIN_WORDS:
        return _blocks_of_strings([best])
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for ld, data in objects:
        if not ld:
            _collect(data, (), groups)
    if not groups:
        return []
    chosen = max(groups.values(), key=lambda strings: sum(_words(s) for s in strings))
    blocks = _blocks_of_strings(_unique(chosen))
    if sum(len(_WORD.findall(b.text)) for b in blocks) < MIN_WORDS:
        return []
    return blocks


def _json_of(body: str, is_json: bool) -> Any:
    text = body.strip()
    if is_json:
        try:
            return json.loads(text)
        except ValueError:
            return None
    match = _ASSIGNED.search(text)  # window.__STATE__ = {...}; a push([...]) of a stream
    if match is None:
        return None
    try:
        return json.JSONDecoder().raw_decode(text, match.end())[0]
    except ValueError:
        return None


def _article_bodies(data: Any) -> list[str]:
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            body = item.get("articleBody")
            if isinstance(body, str):
                found.append(body)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


#: a key under which the data holds what is not the article: readers' comments and replies,
#: links to other stories (a page's comments outweighed its story and were read as the article)
_NOT_THE_ARTICLE = re.compile(r"comment|repl(?:y|ies)|related|recommend|discussion|forum", re.I)


def _collect(item: Any, path: tuple[str, ...], groups: dict[tuple[str, ...], list[str]]) -> None:
    if isinstance(item, dict):
        for key, value in item.items():
            if not _NOT_THE_ARTICLE.search(str(key)):
                _collect(value, (*path, str(key)), groups)
    elif isinstance(item, list):
        for value in item:
            _collect(value, (*path, "[]"), groups)
    elif isinstance(item, str) and _words(item) >= PROSE_WORDS:
        text = _plain(item)
        if _SENTENCE_END.search(text):
            groups[path].append(item)


def _words(text: str) -> int:
    return len(_WORD.findall(_plain(text) if "<" in text else text))


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text) if "<" in text else text


def _unique(strings: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for s in strings:
        key = " ".join(_WORD.findall(_plain(s).lower()))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _blocks_of_strings(strings: list[str]) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    for s in strings:
        if re.search(r"<(?:p|h[2-6]|li|blockquote|br)\b", s, re.I):
            blocks.extend(_blocks_of_html(s))
            continue
        for line in s.splitlines():
            line = " ".join(line.split())
            if line:
                blocks.append(RawBlock("paragraph", line))
    return blocks


def _blocks_of_html(fragment: str) -> list[RawBlock]:
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, TypeError):
        return []
    blocks = []
    for el in root.iter(*_HTML_BLOCKS):
        if any(a.tag in _HTML_BLOCKS for a in el.iterancestors()):
            continue  # a paragraph inside a quote or a list item: read with it
        text = " ".join("".join(el.itertext()).split())
        if text:
            if el.tag in _HEADINGS:
                blocks.append(RawBlock("heading", text, level=int(el.tag[1])))
            else:
                blocks.append(RawBlock("quote" if el.tag == "blockquote" else "paragraph", text))
    return blocks


__all__ = ["declared_blocks"]
