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
    groups: dict[tuple[str, ...], list[tuple[str, Any]]] = defaultdict(list)
    for ld, data in objects:
        if not ld:
            _collect(_revived(data), (), None, groups)
    # readers' posts are no article, whatever the data calls them: refusing is better than
    # reading them as the story
    stories = [items for items in groups.values() if not _posts_of_many(items)]
    if not stories:
        return []
    chosen = max(stories, key=lambda items: sum(_words(s) for s, _ in items))
    blocks = _blocks_of_strings(_unique([s for s, _ in chosen]))
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


def _collect(
    item: Any,
    path: tuple[str, ...],
    holder: dict[str, Any] | None,
    groups: dict[tuple[str, ...], list[tuple[str, Any]]],
) -> None:
    """Every prose string under ``item``, grouped by its path, with the object that holds it
    (``None`` for a string in a list)."""
    if isinstance(item, dict):
        for key, value in item.items():
            if not _NOT_THE_ARTICLE.search(str(key)):
                _collect(value, (*path, str(key)), item, groups)
    elif isinstance(item, list):
        for value in item:
            _collect(value, (*path, "[]"), None, groups)
    elif isinstance(item, str) and _words(item) >= PROSE_WORDS:
        text = _plain(item)
        if _SENTENCE_END.search(text):
            groups[path].append((item, holder))


#: a group of strings is posts by many people when at least this many of their objects …
POSTS_AT_LEAST = 3
#: … carry a person's name under the same key, with this share of them different (a story's
#: blocks carry a kind — "paragraph", "quote" — repeated, or no name at all)
POSTS_DISTINCT_SHARE = 0.6
_PERSON = re.compile(r"^[^\W\d_][^\d]{0,39}$")


def _posts_of_many(items: list[tuple[str, Any]]) -> bool:
    """Whether the strings of a group are posts signed by many people: each sits in an object
    that also names someone (a short name, beside it or in an object of its own: ``author``,
    ``user.name``, whatever the key), and the names differ from post to post — readers'
    comments, a thread's replies, whatever the data calls them.

    Why: the key's own name ("comments") was the only sign before (review, round 27); a thread
    kept under "thread", "conversation" or "feedback", or in a payload that keeps no keys on
    the path (Nuxt's), was read as the article (round 28: our own invented shells)."""
    holders = [h for _, h in items if isinstance(h, dict)]
    if len(holders) < POSTS_AT_LEAST:
        return False
    names: dict[str, list[str]] = defaultdict(list)
    for holder in holders:
        for key, value in _scalars(holder):
            if isinstance(value, str) and _is_person(value):
                names[key].append(value)
    return any(
        len(values) * 2 >= len(holders)
        and len(set(values)) >= max(POSTS_AT_LEAST, POSTS_DISTINCT_SHARE * len(holders))
        for values in names.values()
    )


def _scalars(holder: dict[str, Any]) -> list[tuple[str, Any]]:
    """An object's values, and those of the objects directly in it (``author: {name: …}``)."""
    out: list[tuple[str, Any]] = []
    for key, value in holder.items():
        if isinstance(value, dict):
            out.extend((f"{key}.{k}", v) for k, v in value.items() if not isinstance(v, dict))
        elif not isinstance(value, list):
            out.append((str(key), value))
    return out


def _is_person(value: str) -> bool:
    """A person's name or a user's handle: up to four words, no digits, and not a lower-case
    word alone (a block's kind: "paragraph", "quote")."""
    value = value.strip()
    words = value.split()
    if not words or len(words) > 4 or not _PERSON.match(value) or "://" in value:
        return False
    return not (len(words) == 1 and value.islower())


#: a list-of-references payload (devalue, Nuxt's ``__NUXT_DATA__``): each object's values are
#: positions in the list, and a list opening with a name ("Reactive", "ShallowReactive",
#: "Ref") wraps the value at its position
_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef"})


def _revived(data: Any) -> Any:
    """``data`` with a list-of-references payload read back into the objects it stands for
    (their keys make the paths the groups are told apart by; read flat, a story's paragraphs
    and its readers' comments were one group); any other data as it is."""
    if not (isinstance(data, list) and len(data) > 1 and _is_reference(data[0], len(data))):
        return data
    done: dict[int, Any] = {}

    def value(index: Any, depth: int) -> Any:
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(data):
            return None
        if index in done or depth > 200:
            return done.get(index)
        done[index] = None  # (a reference back to an object being read: read as nothing)
        raw = data[index]
        if isinstance(raw, dict):
            out: Any = {k: value(v, depth + 1) for k, v in raw.items()}
        elif isinstance(raw, list):
            if raw and isinstance(raw[0], str):
                out = value(raw[1], depth + 1) if raw[0] in _WRAPPERS and len(raw) > 1 else None
            else:
                out = [value(v, depth + 1) for v in raw]
        else:
            out = raw
        done[index] = out
        return out

    return value(0, 0)


def _is_reference(first: Any, size: int) -> bool:
    """Whether a payload's first entry is made of references: an object whose values are all
    positions in the payload, or a wrapper of one."""
    if isinstance(first, list):
        # (a list may open the payload with another list: not hashable, no wrapper's name)
        return (
            len(first) == 2
            and isinstance(first[0], str)
            and first[0] in _WRAPPERS
            and isinstance(first[1], int)
        )
    return (
        isinstance(first, dict)
        and bool(first)
        and all(
            isinstance(v, int) and not isinstance(v, bool) and 0 < v < size for v in first.values()
        )
    )


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
