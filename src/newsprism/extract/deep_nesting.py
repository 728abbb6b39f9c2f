"""A page whose elements nest deeper than the HTML parser reads, made shallow enough to read.

libxml2 stops building the tree at 2,048 levels of nesting (with ``huge_tree``; 256 without)
and drops everything after the element that went past it: an old template that opens a
``<font>`` or a ``<span>`` on every line and never closes it lost the article's second half
without a word.  Browsers have no such limit, so the reader expects the text.

:func:`shallow_markup` rewrites such a page the way a reader sees it: the page's start and end
tags are followed with a stack of open elements (an end tag closes the nearest open element of
its name and those opened after it, as a browser's parser does), and a start tag that would open
an element deeper than :data:`MAX_DEPTH` is left out with its end tag — its text stays, in place.
What is left out is the structure of the deepest levels only: formatting tags nobody closed.  A
block element left out there (a ``<p>`` opened at level 1,500) is replaced by a line break so
that its text does not run into the text before it.

The rewrite runs only when the parser said it stopped (its error log names "Excessive depth"):
Python's tokenizer is slower than libxml2's, and no other page pays for it.
"""

from __future__ import annotations

from html.parser import HTMLParser

#: the deepest level kept (libxml2 stops at 2,048; the extractors' own walks add their own
#: frames, so the rewrite leaves room)
MAX_DEPTH = 1024
#: elements without content (never pushed on the stack)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr", "keygen", "command", "basefont", "frame", "isindex"}
)  # fmt: skip
#: elements whose start ends a line of text: left out, they leave a line break
_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
     "blockquote", "section", "article", "table", "tr", "td", "th", "pre", "center", "form"}
)  # fmt: skip


#: start tags that close an open ``<p>`` (HTML's parsing rules: a paragraph ends where a block
#: begins), so that a page of paragraphs nobody closed is not counted as nested
_CLOSE_P = _BLOCKS | {"hr", "address", "fieldset", "figure", "header", "footer", "main", "nav",
                      "aside", "details", "menu", "figcaption", "hgroup"}  # fmt: skip
#: a start tag that closes an open element of the same kind inside its own container
#: (``<li>`` after ``<li>`` in one list, ``<td>`` after ``<td>`` in one row)
_SIBLINGS = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "option": ({"option"}, {"select", "datalist", "optgroup"}),
}


class _Shallow(HTMLParser):
    def __init__(self, limit: int) -> None:
        super().__init__(convert_charrefs=False)
        self.limit = limit
        self.out: list[str] = []
        #: the open elements, each with whether its start tag was written
        self.stack: list[tuple[str, bool]] = []
        self.left_out = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in _VOID:
            self.out.append(raw)
            return
        self._close_implied(tag)
        kept = len(self.stack) < self.limit
        self.stack.append((tag, kept))
        if kept:
            self.out.append(raw)
        else:
            self.left_out += 1
            if tag in _BLOCKS:
                self.out.append("<br>")

    def _close_implied(self, tag: str) -> None:
        """Pop what ``tag``'s start closes by HTML's rules (an open paragraph, the previous list
        item or cell of the same container)."""
        if tag in _CLOSE_P:
            self._pop_to("p", stops={"div", "td", "th", "li", "blockquote", "table", "button"})
        if tag in _SIBLINGS:
            same, containers = _SIBLINGS[tag]
            for name in same:
                if self._pop_to(name, stops=containers):
                    break

    def _pop_to(self, name: str, stops: set[str] | frozenset[str]) -> bool:
        for i in range(len(self.stack) - 1, -1, -1):
            open_tag = self.stack[i][0]
            if open_tag == name:
                del self.stack[i:]
                return True
            if open_tag in stops:
                return False
        return False

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                kept = self.stack[i][1]
                del self.stack[i:]
                if kept:
                    self.out.append(f"</{tag}>")
                return
        self.out.append(f"</{tag}>")  # a stray end tag: the HTML parser ignores it as before

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        pass  # the tree is parsed without comments anyway

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass


def shallow_markup(html: str, limit: int = MAX_DEPTH) -> tuple[str, int]:
    """``html`` with every element deeper than ``limit`` left out (its text kept in place), and
    the number of start tags left out."""
    parser = _Shallow(limit)
    parser.feed(html)
    parser.close()
    return "".join(parser.out), parser.left_out


__all__ = ["MAX_DEPTH", "shallow_markup"]
