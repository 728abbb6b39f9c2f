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
        if doc.is_html and _nested_too_deep(doc.text):
            raise NoArticleTextError(
                f"no article text found in {doc.source}: its elements nest deeper than the HTML "
                "parser reads (libxml2 stops at 2,048 levels), and what follows the first such "
                "nest is lost",
                hint="save the article's text from a browser as a .txt file and read that",
            )
        raise NoArticleTextError(f"no article text found in {doc.source}")
    return assemble(title, blocks, metadata, source=doc.source, url=doc.url, encoding=doc.encoding)


def _nested_too_deep(html: str) -> bool:
    """Did libxml2 stop reading the page at its nesting limit?  Asked only when no article text
    was found (it parses the page again).  Such a page is parsed again with its deepest levels'
    tags left out (:mod:`.deep_nesting`, round 33), so this answers yes only when that rewrite
    could not make it shallow; saying "no article text" alone would send the reader looking
    for a paywall."""
    from .html import _PARSER, parse

    try:
        parse(html)
    except NoArticleTextError:
        return False
    return any("Excessive depth" in e.message for e in _PARSER.error_log)
