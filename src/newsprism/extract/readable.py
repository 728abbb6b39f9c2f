"""readability-lxml as a second, independent opinion on where the article is.

readability scores containers by paragraph text and class names and keeps the best one with
its siblings; trafilatura walks the cleaned tree with rules.  Their mistakes differ, which is
what :mod:`.merge` uses.

readability-lxml normally parses the page itself and runs lxml's ``Cleaner`` over it, which
rewrites every link on the page and costs about as much as the whole extraction.  Here it gets a
copy of the tree newsprism parsed once, with scripts, styles and hidden elements dropped
directly (all that Cleaner's work changes for text extraction).
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

import lxml.html
from lxml import etree
from lxml.etree import tounicode
from readability import Document
from readability.cleaners import clean_attributes
from readability.readability import REGEXES, is_video_url

from .assemble import RawBlock
from .htmlblocks import c_element_lookup, element_blocks

#: readability-lxml logs every failure of its own with ``log.exception`` before raising
#: ``Unparseable``, which :func:`readability_blocks` catches (the page is then read by trafilatura
#: alone).  With no logging configured, Python's last-resort handler printed that traceback on
#: the user's terminal (a page with a NULL byte did it, round 11).  A handler of its own keeps
#: the last resort away; an application that configures logging still gets the records.
logging.getLogger("readability.readability").addHandler(logging.NullHandler())

_DISPLAY_NONE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)


#: what HTML itself marks as not the article: navigation, page footers, complementary boxes,
#: controls, hidden elements.  readability would not keep them, and dropping them first makes it
#: faster (its cost grows with the number of elements it scores).
_NOT_ARTICLE_TAGS = ("nav", "footer", "aside", "svg", "iframe", "select", "button", "input",
                     "textarea", "script", "style", "link", "noscript")  # fmt: skip
_NOT_ARTICLE_ROLES = frozenset({"navigation", "contentinfo", "complementary"})
#: readability's ``divToPElementsRe`` (``<(blockquote|dl|div|img|ol|p|pre|table|ul)``, no word
#: boundary) as tag prefixes
_BLOCK_PREFIXES = ("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul")


_WITH_CLASS_OR_ID = etree.XPath("//*[@class or @id]")
_MARKING_ATTRIBUTES = etree.XPath("//@hidden | //@aria-hidden | //@role | //@style")


def _not_article(attribute: Any) -> bool:
    """Whether an attribute (an XPath result: its name and value) hides its element."""
    name, value = attribute.attrname, str(attribute)
    if name == "hidden":
        return True
    if name == "aria-hidden":
        return value == "true"
    if name == "role":
        return value in _NOT_ARTICLE_ROLES
    return bool(_DISPLAY_NONE.search(value))


#: the runs of white space that :func:`_space_run` changes: a single white-space character other
#: than a tab stays as it is, so single spaces (most runs) are not handed to Python at all.
#: Written ``\s\s+`` rather than ``\s{2,}`` (the same runs, the same matches): re's compiler
#: gives this form a first-character test that skips non-space text at C speed, and that scan
#: is most of :func:`_clean`'s time (-20 % on the 16,216 texts readability measured on 160
#: CleanEval and WCXB dev-a pages; issue 11, round 40)
_SPACE_RUN = re.compile(r"\s\s+|\t")
_TABS = re.compile(r"\t|[ \t]{2,}")


def _space_run(match: re.Match[str]) -> str:
    run = match.group()
    if len(run) == 1:
        return " " if run == "\t" else run
    if len(run) >= 255:
        return " "  # readability: 255 spaces, which its last step makes one
    if "\n" in run:
        return "\n"
    return _TABS.sub(" ", run)


def _clean(text: str) -> str:
    """readability's ``clean()``, the same result in one linear pass.

    readability runs three substitutions over the text (``\\s{255,}`` → 255 spaces,
    ``\\s*\\n\\s*`` → newline, ``\\t|[ \\t]{2,}`` → space); the first two try every position of
    a run of white space again, which costs quadratic time in the run's length (the indentation
    of page source), and it is called on the text of every candidate and link.  Each of the
    three only ever changes a run of white space, by what that run holds, so each run is
    rewritten on its own here (``tests/test_extract_html.py`` holds the two equal).
    """
    return _SPACE_RUN.sub(_space_run, text).strip()


def _text_length(el: Any) -> int:
    """readability's ``text_length``, with :func:`_clean`."""
    return len(_clean(el.text_content() or ""))


def _link_limit(el: Any, tag: str) -> float:
    """The link density above which readability's sanitize drops a box of little weight."""
    if tag in ("ul", "section") and el.xpath("ancestor::main | ancestor::article"):
        return 0.25
    return 0.2


def _fresh_page(scope: Any) -> Any:
    """A copy readability may change: of the whole page, or of the part of it in view (as a page
    of its own).  Copied here, once per reading, rather than also when the part is chosen."""
    if scope.getparent() is None:
        return copy.deepcopy(scope)
    page = scope.makeelement("html", {})
    body = etree.SubElement(page, "body")
    body.append(copy.deepcopy(scope))
    return page


def _c_lookup_parser() -> Any:
    """lxml.html's default HTML parser, with lxml's C-level element class lookup
    (:func:`~.htmlblocks.c_element_lookup`): readability's article and the fragment parsed from
    its summary live in documents of this parser, so the elements that readability's
    ``sanitize`` and :func:`~.htmlblocks.element_blocks` touch cost no Python call each.  Same
    parse options as lxml.html's default, so the trees are the same."""
    return c_element_lookup(lxml.html.HTMLParser())


_FRAGMENT_PARSER = _c_lookup_parser()


def _fragment(html: str) -> Any:
    """``lxml.html.fragment_fromstring(html, create_parent="div")`` (the same steps), with the
    parent made by :data:`_FRAGMENT_PARSER`, so that the fragment stays in a document whose
    element lookup is C-level (lxml.html's ``Element`` belongs to its default parser)."""
    elements = lxml.html.fragments_fromstring(html, parser=_FRAGMENT_PARSER)
    root = _FRAGMENT_PARSER.makeelement("div")
    if elements and isinstance(elements[0], str):
        root.text = elements[0]
        del elements[0]
    root.extend(elements)
    return root


class _TreeDocument(Document):  # type: ignore[misc]
    """readability-lxml 0.9 reading an already parsed tree, with two of its steps made linear.

    ``_parse`` is readability's own hook for turning its input into a tree; it is called again
    on the "not ruthless" retry, so each call works on a fresh copy.  The two overridden steps
    return exactly what readability's own code returns (same loops, same conditions), without
    serialising every ``<div>`` to test a regular expression on its markup, and without
    formatting debug messages nobody reads; readability-lxml is pinned to the version whose
    code they mirror.
    """

    def _parse(self, input: Any) -> Any:
        doc = _fresh_page(input)
        etree.strip_elements(doc, *_NOT_ARTICLE_TAGS, with_tail=False)
        # attribute nodes found by libxml2, judged here (a Python walk over every element
        # costs more than readability's own scoring of a small page)
        marked = {a.getparent() for a in _MARKING_ATTRIBUTES(doc) if _not_article(a)}
        for el in marked:
            if el.getparent() is not None:  # (inside an already dropped box: harmless)
                el.drop_tree()
        self.encoding = "utf-8"
        return doc

    def remove_unlikely_candidates(self) -> None:
        unlikely = REGEXES["unlikelyCandidatesRe"]
        maybe = REGEXES["okMaybeItsACandidateRe"]
        # readability asks two XPath questions of every unlikely element (is it inside <pre>
        # or <code>, does it hold <main>, <article> or <math>); the answers are read off two
        # sets built in one pass each.  Dropping an element changes neither answer for the
        # elements that remain.
        in_code = {el for top in self.html.iter("pre", "code") for el in top.iter()}
        holds_main = set()
        for top in self.html.iter("main", "article", "math"):
            for el in (top, *top.iterancestors()):
                if el in holds_main:
                    break
                holds_main.add(el)
        # readability visits every element but skips those without class and id; libxml2 finds
        # the ones that have either, in document order
        # (a page repeats its class names: each distinct one is judged once)
        judged: dict[str, bool] = {}
        for elem in _WITH_CLASS_OR_ID(self.html):
            s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
            if len(s) < 2:
                continue
            is_unlikely = judged.get(s)
            if is_unlikely is None:
                is_unlikely = judged[s] = bool(unlikely.search(s)) and not maybe.search(s)
            if (
                is_unlikely
                and elem.tag not in ("html", "body")
                and elem not in in_code
                and elem not in holds_main
            ):
                elem.drop_tree()

    def get_article(self, candidates: Any, best_candidate: Any, html_partial: bool = False) -> Any:
        # readability's own, then its output's children moved into a <div> of a document with
        # C-level element lookup (see :func:`_c_lookup_parser`); ``sanitize`` walks it next
        output = super().get_article(candidates, best_candidate, html_partial=html_partial)
        if not html_partial:
            return output
        moved = lxml.html.fragment_fromstring("<div/>", parser=_FRAGMENT_PARSER)
        moved.text, moved.tail = output.text, output.tail
        for key, value in output.attrib.items():
            moved.set(key, value)
        moved.extend(output)
        return moved

    def score_paragraphs(self) -> dict[Any, dict[str, Any]]:
        # readability's own, without formatting a debug line (describe()) for every candidate
        min_len = self.min_text_length
        candidates: dict[Any, dict[str, Any]] = {}
        ordered = []
        for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
            parent_node = elem.getparent()
            if parent_node is None:
                continue
            grand_parent_node = parent_node.getparent()
            raw_text = elem.text_content() or ""
            if len(raw_text) < min_len:  # cleaning only ever shortens a text: too short anyway
                continue
            inner_text = _clean(raw_text)
            inner_text_len = len(inner_text)
            if inner_text_len < min_len:
                continue
            if parent_node not in candidates:
                candidates[parent_node] = self.score_node(parent_node)
                ordered.append(parent_node)
            if grand_parent_node is not None and grand_parent_node not in candidates:
                candidates[grand_parent_node] = self.score_node(grand_parent_node)
                ordered.append(grand_parent_node)
            content_score = 1.0
            content_score += len(inner_text.split(","))
            content_score += min((inner_text_len / 100), 3)
            candidates[parent_node]["content_score"] += content_score
            if grand_parent_node is not None:
                candidates[grand_parent_node]["content_score"] += content_score / 2.0
        # readability's get_link_density, with each link's length measured once: the links of a
        # paragraph's parent are its grandparent's too (the tree does not change in this loop)
        link_lengths: dict[Any, int] = {}
        for elem in ordered:
            link_length = 0
            for link in elem.iterfind(".//a"):
                length = link_lengths.get(link)
                if length is None:
                    length = link_lengths[link] = len(_clean(link.text_content() or ""))
                link_length += length
            total_length = len(_clean(elem.text_content() or ""))
            density = float(link_length) / max(total_length, 1)
            candidates[elem]["content_score"] *= 1 - density
        return candidates

    def get_link_density(self, elem: Any) -> float:
        # readability's own (its sanitize step calls it), with :func:`_clean`
        link_length = 0
        for link in elem.iterfind(".//a"):
            link_length += len(_clean(link.text_content() or ""))
        total_length = len(_clean(elem.text_content() or ""))
        return float(link_length) / max(total_length, 1)

    def transform_misused_divs_into_paragraphs(self) -> None:
        # readability: a <div> none of whose children's markup contains one of the block tags
        # becomes a <p>.  A child's markup contains a block tag exactly when the child or one of
        # its descendants is a block element, so a div keeps its tag when any element below it
        # is one: each block element marks its ancestors once (a walk up stops at an ancestor
        # already marked, whose own ancestors are marked too), instead of serialising each
        # div's children.
        holds_block: set[Any] = set()
        for el in self.html.iter(etree.Element):  # (elements only: a comment is no block)
            if el.tag.lower().startswith(_BLOCK_PREFIXES):
                for ancestor in el.iterancestors():
                    if ancestor in holds_block:
                        break
                    holds_block.add(ancestor)
        for elem in self.tags(self.html, "div"):
            if elem not in holds_block:
                elem.tag = "p"
        self._wrap_inline_runs()

    def _wrap_inline_runs(self) -> None:
        # the second half of readability's transform_misused_divs_into_paragraphs, unchanged
        # but for making new <p> elements directly instead of parsing the string "<p/>"
        inline_tags = {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong",
                       "sub", "sup", "u"}  # fmt: skip
        block_re = REGEXES["divToPElementsRe"]
        for elem in self.tags(self.html, "div"):
            children = list(elem)
            paragraph = None
            if elem.text and elem.text.strip():
                p = elem.makeelement("p", {})
                p.text = elem.text
                elem.text = None
                elem.insert(0, p)
                paragraph = p
            for child in children:
                if child.tag == "br":
                    paragraph = None
                    continue
                if child.tag not in inline_tags or block_re.search(tounicode(child, method="html")):
                    paragraph = None
                    continue
                if paragraph is None:
                    paragraph = elem.makeelement("p", {})
                    child.addprevious(paragraph)
                paragraph.append(child)
            for pos, child in reversed(list(enumerate(elem))):
                if child.tail and child.tail.strip():
                    p = elem.makeelement("p", {})
                    p.text = child.tail
                    child.tail = None
                    elem.insert(pos + 1, p)
                if child.tag == "br":
                    child.drop_tree()

    def sanitize(self, node: Any, candidates: Any, keep_all_images: bool = False) -> str:
        # readability's own (same loops, conditions and order), with two changes that leave its
        # result as it is: text lengths measured with :func:`_clean` (readability's ``clean()``
        # is quadratic in a run of white space, and it is asked for every candidate box and its
        # neighbours), and no debug messages formatted (readability builds a description of
        # every box it keeps or removes, with its whole text, for a logger nobody reads)
        for header in self.tags(node, "h1", "h2", "h3", "h4", "h5", "h6"):
            if self.class_weight(header) < 0 or self.get_link_density(header) > 0.33:
                header.drop_tree()
        for elem in self.tags(node, "p"):
            if (
                REGEXES["callToActionRe"].search(elem.text_content())
                and self.get_link_density(elem) > 0.2
            ):
                elem.drop_tree()
        for elem in self.tags(node, "form", "textarea"):
            elem.drop_tree()
        for elem in self.tags(node, "iframe"):
            if "src" in elem.attrib and is_video_url(elem.attrib["src"]):
                elem.attrib.pop("srcdoc", None)
                elem.text = "VIDEO"
            else:
                elem.drop_tree()
        allowed = self.get_preserved_elements(node)
        for el in self.reverse_tags(
            node, "table", "ul", "div", "aside", "header", "footer", "section"
        ):
            if el in allowed:
                continue
            weight = self.class_weight(el)
            content_score = candidates[el]["content_score"] if el in candidates else 0
            tag = el.tag
            if weight + content_score < 0:
                el.drop_tree()
            elif el.text_content().count(",") < 10:
                if self._keep_box(el, tag, weight, keep_all_images, allowed):
                    continue
                el.drop_tree()
        self.html = node
        return self.get_clean_html()

    def _keep_box(
        self, el: Any, tag: str, weight: float, keep_all_images: bool, allowed: dict[Any, bool]
    ) -> bool:
        # readability's conditions for a box with few commas, in its order
        counts = {kind: len(el.findall(f".//{kind}")) for kind in ("p", "img", "li", "embed")}
        counts["li"] -= 100
        inputs = len(el.findall(".//input")) - len(el.findall('.//input[@type="hidden"]'))
        content_length = _text_length(el)
        link_density = self.get_link_density(el)
        if keep_all_images and el.tag == "div" and counts["img"] >= 1:
            return True
        short = content_length < self.min_text_length
        if (
            (counts["p"] and counts["img"] > 1 + counts["p"] * 1.3)
            or (counts["li"] > counts["p"] and tag not in ("ol", "ul"))
            or inputs > counts["p"] / 3
            or (short and (counts["img"] == 0 or counts["img"] > 2))
            or (weight < 25 and link_density > _link_limit(el, tag))
            or (weight >= 25 and link_density > 0.5)
            or (counts["embed"] == 1 and content_length < 75)
            or counts["embed"] > 1
        ):
            return False
        if content_length:
            return True
        # an empty box stays when its nearest non-empty neighbours hold much text
        lengths = []
        for siblings in (el.itersiblings(), el.itersiblings(preceding=True)):
            length = next((n for n in map(_text_length, siblings) if n), 0)
            if length:
                lengths.append(length)
        if sum(lengths) > 1000:
            for inner in self.tags(el, "table", "ul", "div", "section"):
                allowed[inner] = True
            return True
        return False

    def select_best_candidate(self, candidates: Any) -> Any:
        # readability's own, without describing its five best candidates for the debug log
        if not candidates:
            return None
        ranked = sorted(candidates.values(), key=lambda x: x["content_score"], reverse=True)
        best = ranked[0]
        article_body = [
            c
            for c in ranked
            if "articleBody" in (c["elem"].get("itemprop") or "").split()
            and self.get_link_density(c["elem"]) <= 0.1
        ]
        if article_body:
            best = article_body[0]
        descendants = set(best["elem"].iterdescendants())
        nested_articles = [
            c
            for c in ranked
            if c["elem"].tag == "article"
            and c["elem"] in descendants
            and _text_length(c["elem"]) >= 250
            and c["content_score"] >= best["content_score"] * 0.25
        ]
        return nested_articles[0] if nested_articles else best

    def get_clean_html(self) -> str:
        # readability's own (the article's markup without presentational attributes), except
        # that the attributes are left in when that cannot matter: nothing here reads them, and
        # readability only measures the string's length against its retry length (a text of
        # that length makes markup at least as long, attributes or not)
        markup: str = tounicode(self.html, method="html")
        if len(markup) >= self.retry_length and _text_length(self.html) < self.retry_length:
            return str(clean_attributes(markup))
        return markup


class _PlainTreeDocument(_TreeDocument):
    """The same, without dropping what HTML marks as not the article (for sites that put their
    story in an ``<aside>``)."""

    def _parse(self, input: Any) -> Any:
        doc = _fresh_page(input)
        etree.strip_elements(doc, "script", "style", "noscript", with_tail=False)
        self.encoding = "utf-8"
        return doc


def readability_blocks(
    tree: Any, near: list[list[str]] | None = None, *, semantic: bool = True
) -> list[RawBlock]:
    """The article as readability sees it, or ``[]`` when it finds nothing.

    ``near``: phrases of the paragraphs trafilatura found.  readability then reads only the part
    of the page around them (their common container, two levels up, so that the sibling
    containers of an article split in parts are in view), not the whole page.
    ``semantic``: drop navigation, footers, asides and hidden elements first (faster, and what
    HTML marks as not the article); ``False`` gives readability's own reading of the page.
    """
    try:
        scope = _scope(tree, near) if near else tree
        reader = _TreeDocument if semantic else _PlainTreeDocument
        summary = reader(scope).summary(html_partial=True)
        if not summary or not summary.strip():
            return []
        root = _fragment(summary)
    except Exception:  # readability raises its bare Unparseable and lxml errors on odd pages
        return []
    return element_blocks(root)


#: levels above the common container of the probes that readability still sees
SCOPE_LEVELS = 2


def _scope(tree: Any, near: list[list[str]]) -> Any:
    """The smallest part of the page that holds the probed paragraphs, widened by two levels
    (readability reads it as a page of its own); the whole page when that part is the body.

    ``near`` holds, per paragraph, phrases that should each occur once on the page (the start
    and the end of the paragraph: one of them may be broken up by a link).
    """
    phrases = [p for group in near for p in group if p]
    if not phrases:
        return tree
    # the text and tail of every element, tested with one regular expression (cheaper than
    # libxml2's XPath contains(), which copies each text node once per phrase)
    any_phrase = re.compile("|".join(map(re.escape, phrases)))
    hits: list[tuple[str, Any]] = []  # (text, the element it belongs to)
    for el in tree.iter(etree.Element):  # (elements only: a comment's text is no text)
        text, tail = el.text, el.tail
        if text and any_phrase.search(text):
            hits.append((text, el))
        if tail and any_phrase.search(tail):
            hits.append((tail, el.getparent()))
    found: list[Any] = []
    for group in near:
        for phrase in group:
            where = [el for text, el in hits if phrase in text]
            if len(where) == 1:  # missing or repeated (a teaser elsewhere): no landmark
                found.append(where[0])
                break
    found = [el for el in found if el is not None]
    if len(found) < 2:
        return tree
    chains = [[el, *el.iterancestors()] for el in found]
    common = set(chains[0]).intersection(*map(set, chains[1:]))
    lca = next((el for el in chains[0] if el in common), None)
    for _ in range(SCOPE_LEVELS):
        if lca is None or lca.getparent() is None:
            break
        lca = lca.getparent()
    if lca is None or lca.tag in ("body", "html"):
        return tree
    return lca
