"""Extraction: a decoded document becomes an :class:`~newsprism.article.Article` with blocks.

HTML pages go through :mod:`.html`; anything else is treated as text scraped from a page and
goes through :mod:`.scraped`.  Both produce :class:`~.assemble.RawBlock` lists that
:func:`~.assemble.assemble` joins into the canonical text with exact offsets.
"""

from __future__ import annotations

from ..article import Article
from ..errors import NoArticleTextError
from ..sources import Document
from .assemble import RawBlock, assemble

__all__ = ["RawBlock", "assemble", "extract"]


def extract(doc: Document) -> Article:
    if doc.is_html:
        from .html import extract_html

        title, blocks, metadata = extract_html(
            doc.text, url=doc.url, controls_removed=doc.controls_removed
        )
    else:
        from .scraped import extract_scraped

        title, blocks, metadata = extract_scraped(doc.text)
    if not any(b.kind != "figure" and (b.text.strip() or b.rows) for b in blocks):
        raise NoArticleTextError(f"no article text found in {doc.source}")
    return assemble(title, blocks, metadata, source=doc.source, url=doc.url, encoding=doc.encoding)
