"""Clean Markdown.  Highlighted sentences are in bold and carry a ★ (visible without colour)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..article import Article, Block
from ..urls import safe_url

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
#: characters that could end a link destination early or open markup inside it
_URL_UNSAFE = re.compile(r"[\s<>()\[\]\\`\"']")


def escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def link_target(url: str | None) -> str | None:
    """``url`` as a Markdown link destination, or ``None`` when it is not a plain http(s) URL.

    Only http(s) addresses become links (a page's ``javascript:`` image must not become a live
    link in the Markdown), and the characters that could close the destination early
    (``)``, ``>``, white space) are percent-encoded inside ``<…>``, so that nothing in the URL
    can start a link of its own.
    """
    safe = safe_url(url)
    if safe is None:
        return None
    return "<" + _URL_UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", safe) + ">"


def _inline(article: Article, block: Block, anchored: frozenset[int] = frozenset()) -> str:
    """The block's text, with highlighted sentences marked; a sentence in ``anchored`` opens
    with ``<a id="s-N"></a>``, the target of the "Who said what" section's ¶ links."""
    out: list[str] = []
    pos = block.start
    for s in article.sentences_in(block):
        out.append(escape(article.text[pos : s.start]))
        if s.id in anchored:
            out.append(_anchor(s.id))
        out.append(f"**★ {escape(s.text)}**" if s.highlight else escape(s.text))
        pos = s.end
    out.append(escape(article.text[pos : block.end]))
    return "".join(out)


def link_targets(article: Article) -> frozenset[int]:
    """The sentences the "Who said what" section links to (``#s-N``): in the HTML every
    sentence carries its id; in Markdown only these get an anchor (a ¶ link pointed at
    nothing in a .md file before)."""
    quoted = {q.sentences[0] for q in article.quotes if q.sentences}
    return frozenset(quoted | {c.sentence for c in article.claims if c.sentence is not None})


def _anchor(sentence_id: int) -> str:
    # the id the HTML rendering gives the sentence (html.sentence_anchor)
    return f'<a id="s-{sentence_id}"></a>'


def _anchors_before(article: Article, block: Block, anchored: frozenset[int]) -> str:
    """For a block written from its items or rows (a list, a table, a caption): the anchors
    of its linked sentences, on a line of their own before it."""
    return "".join(_anchor(s.id) for s in article.sentences_in(block) if s.id in anchored)


def render_markdown(article: Article, *, marks: Mapping[tuple[str, int], str] | None = None) -> str:
    """The article as Markdown; ``marks``: a note shown beside a quote or a figure of "Who said
    what", by ``("quote" | "claim", id)`` (a reader's correction,
    :mod:`newsprism.library.corrections`)."""
    parts: list[str] = []
    anchored = link_targets(article)
    if article.title:
        parts.append(f"# {escape(article.title)}")
    meta = metadata_line(article)
    if meta:
        parts.append(f"*{escape(meta)}*")
    for block in article.blocks:
        if block.kind in ("list", "table", "figure"):
            ahead = _anchors_before(article, block, anchored)
            if ahead:
                parts.append(ahead)
        if block.kind == "heading":
            parts.append(
                f"{'#' * min(6, max(2, (block.level or 2)))} {_inline(article, block, anchored)}"
            )
        elif block.kind == "list":
            parts.append("\n".join(f"- {escape(item)}" for item in block.items))
        elif block.kind == "quote":
            parts.append("> " + _inline(article, block, anchored))
        elif block.kind == "table" and block.rows:
            rows = [[escape(c) for c in row] for row in block.rows]
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            if block.credit:  # the table's source line
                lines += ["", f"*{escape(block.credit)}*"]
            parts.append("\n".join(lines))
        elif block.kind == "figure":
            fig = []
            target = link_target(block.image)
            if target:
                fig.append(f"![{escape(block.alt or block.caption or '')}]({target})")
            caption = " ".join(
                p for p in (block.caption, f"({block.credit})" if block.credit else None) if p
            )
            if caption:
                fig.append(f"*{escape(caption)}*")
            if fig:
                parts.append("\n".join(fig))
        else:
            parts.append(_inline(article, block, anchored))
    from .who_said_what_md import who_said_what_markdown

    section = who_said_what_markdown(article, marks=marks)
    if section:
        parts.append(section)
    if any(s.highlight for s in article.sentences):
        parts.append("---\n★ **bold** marks the sentences newsprism selected as important.")
    return "\n\n".join(parts) + "\n"


def metadata_line(article: Article) -> str:
    m = article.metadata
    bits = [m.site, ", ".join(m.authors) if m.authors else None, (m.published or "")[:10] or None]
    if m.translated_by:
        src = f" from {m.source_language}" if m.source_language else ""
        bits.append(f"machine-translated{src} by {m.translated_by}")
    return " · ".join(b for b in bits if b)
