"""One self-contained HTML page per article: inline CSS and script, no external requests.

The article text is plain text and is escaped by Jinja2's autoescaping; URLs are allowed only
with http(s) schemes.  Remote images are linked, not loaded, so that opening the file makes no
request to the publisher (a Content-Security-Policy in the page enforces it).  Every sentence is
a ``<span class="s" id="s-N">`` so that highlights, narration and quote links can address it.

Feature sections live in their own partial templates (``who_said_what.html.j2``,
``player.html.j2``, ``translation.html.j2``) and are included when present.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import jinja2

from ..article import Article, Block
from ..urls import safe_url
from .markdown import metadata_line
from .quoting import quoted

#: the page may load nothing from anywhere; media from data: URLs or files beside it
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; media-src data: blob: 'self'; base-uri 'none'; form-action 'none'"
)


@dataclass
class Piece:
    text: str
    sentence: int | None = None
    highlight: bool = False
    importance: float | None = None
    lang: str | None = None


@dataclass
class BlockView:
    block: Block
    pieces: list[Piece] = field(default_factory=list)
    lang: str | None = None
    image_host: str | None = None
    image: str | None = None

    @property
    def lines(self) -> list[list[Piece]]:
        """The pieces split at line breaks (list items; sentences never cross them)."""
        lines: list[list[Piece]] = [[]]
        for p in self.pieces:
            if p.sentence is None and "\n" in p.text:
                first, *rest = p.text.split("\n")
                if first:
                    lines[-1].append(Piece(first))
                for part in rest:
                    lines.append([Piece(part)] if part else [])
            else:
                lines[-1].append(p)
        return [line for line in lines if line]


def block_views(article: Article) -> list[BlockView]:
    views = []
    by_block: dict[int, list[Any]] = {}
    for s in article.sentences:
        by_block.setdefault(s.block, []).append(s)
    for block in article.blocks:
        pieces: list[Piece] = []
        pos = block.start
        for s in by_block.get(block.id, []):
            if s.start > pos:
                pieces.append(Piece(article.text[pos : s.start]))
            pieces.append(
                Piece(
                    s.text,
                    sentence=s.id,
                    highlight=s.highlight,
                    importance=s.importance,
                    lang=s.language if s.language != block.language else None,
                )
            )
            pos = s.end
        if pos < block.end:
            pieces.append(Piece(article.text[pos : block.end]))
        image = safe_url(block.image)
        views.append(
            BlockView(
                block=block,
                pieces=pieces,
                lang=block.language if block.language != article.language else None,
                image=image,
                image_host=urlsplit(image).netloc if image else None,  # safe_url parsed it
            )
        )
    return views


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsprism", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["safe_url"] = safe_url
    env.filters["quoted"] = quoted
    from .who_said_what import figure_in_context, groups

    env.globals["figure_in_context"] = figure_in_context
    env.globals["wsw_groups"] = groups
    env.filters["split_lines"] = lambda s: [line for line in (s or "").split("\n") if line]
    return env


def render_html(article: Article, **extra: Any) -> str:
    """Render the page.  ``extra`` reaches the feature templates (e.g. ``audio`` for the player)."""
    template = environment().get_template("article.html.j2")
    has_highlights = any(s.highlight for s in article.sentences)
    return template.render(
        article=article,
        views=block_views(article),
        meta=metadata_line(article),
        has_highlights=has_highlights,
        csp=extra.pop("csp", CSP),
        source_url=safe_url(article.metadata.url),
        extra=extra,
    )


def sentence_anchor(sentence_id: int) -> str:
    return f"s-{sentence_id}"
