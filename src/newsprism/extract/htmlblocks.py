"""Blocks from an HTML fragment (readability's summary, or any article container).

A walk in document order: headings, paragraphs, lists, block quotes and tables become blocks;
containers (``div``, ``section`` …) are walked into; runs of inline text between block
elements, or between ``<br>`` in a container, become paragraphs.  Figures are skipped here:
:mod:`.figures` reads them from the page itself, with their captions and credits.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from .assemble import RawBlock, clean_inline


def c_element_lookup(parser: Any) -> Any:
    """``parser`` with lxml's C-level element class lookup, giving lxml.html's element classes.

    lxml.html's own lookup calls back into Python for every element object it hands out (to give
    forms and inputs classes of their own, which nothing here uses); trafilatura, readability and
    newsprism together touch hundreds of thousands of elements a page.  Both the page parser
    (:mod:`.html`) and readability's documents (:mod:`.readable`) use it."""
    import lxml.html

    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: elements that start a new block (everything else is inline text)
BLOCK_TAGS = frozenset(
    {
        *HEADINGS,
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul",
        "ol", "dl", "dt", "dd", "li", "blockquote", "table", "thead", "tbody", "tfoot", "tr",
        "td", "th", "figure", "figcaption", "pre", "form", "center", "details", "summary",
        "address", "hr", "br", "body", "html", "picture", "video", "audio", "iframe",
    }
)  # fmt: skip
#: dropped with their text (scripts and styles are gone before extraction starts)
_SKIP = frozenset({"figure", "figcaption", "button"})
_SKIP_ALSO = frozenset({"nav", "form", "select", "option", "svg", "iframe", "video", "audio"})


def text_of(el: Any) -> str:
    """Visible text of an element; block elements and ``<br>`` separate words."""
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                parts.append(" ")
            if tag and node.text:
                parts.append(node.text)
        elif node is not el and node.tail:
            parts.append(node.tail)
    return clean_inline("".join(parts))


def element_blocks(root: Any) -> list[RawBlock]:
    out: list[RawBlock] = []
    _walk(root, out)
    return out


def _walk(el: Any, out: list[RawBlock]) -> None:
    buffer: list[str] = []

    def flush() -> None:
        text = clean_inline("".join(buffer))
        buffer.clear()
        if text:
            out.append(RawBlock("paragraph", text))

    if el.text:
        buffer.append(el.text)
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in BLOCK_TAGS or tag in _SKIP:
            flush()
            _block(child, tag, out)
        elif tag:
            buffer.append(text_of(child))
        if child.tail:
            buffer.append(child.tail)
    flush()


def _block(el: Any, tag: str, out: list[RawBlock]) -> None:
    if tag in _SKIP or tag in _SKIP_ALSO or tag in ("br", "hr"):
        return
    if tag in HEADINGS:
        text = text_of(el)
        if text:
            out.append(RawBlock("heading", text, level=HEADINGS[tag]))
    elif tag in ("ul", "ol", "dl"):
        items = [
            text_of(li) for li in el if isinstance(li.tag, str) and li.tag in ("li", "dt", "dd")
        ]
        items = [i for i in items if i]
        if items:
            out.append(RawBlock("list", "\n".join(items)))
    elif tag == "blockquote":
        text = text_of(el)
        if text:
            out.append(RawBlock("quote", text))
    elif tag == "table":
        if el.find(".//p") is not None or el.find(".//div") is not None:
            # a layout table: its cells hold paragraphs, not data.  Its own cells only: a
            # nested table walks its own, so walking every cell below would read each nested
            # cell once per enclosing table, and then again below it (2 KB of 70 nested
            # tables took 20 GB)
            for cell in el.iter("td", "th"):
                if next(cell.iterancestors("table"), None) is el:
                    _walk(cell, out)
            return
        rows = [
            [
                text_of(cell)
                for cell in row
                if isinstance(cell.tag, str) and cell.tag in ("td", "th")
            ]
            for row in el.iter("tr")
        ]
        rows = [r for r in rows if any(r)]
        if rows:
            out.append(RawBlock("table", rows=rows))
    elif tag in ("p", "pre", "dt", "dd", "address", "summary", "li"):
        if any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS - {"br"} for c in el):
            _walk(el, out)  # a <p> wrapping blocks (invalid HTML that parsers keep)
        else:
            text = text_of(el)
            if text:
                out.append(RawBlock("paragraph", text))
    else:
        _walk(el, out)
