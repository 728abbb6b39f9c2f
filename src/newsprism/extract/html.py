"""Structured extraction from an HTML page.

The page is parsed once.  Two extractors read the same tree: trafilatura (which keeps headings,
lists, block quotes and tables in order) and readability-lxml; :mod:`.merge` makes one article
of their two opinions.  Figures, with caption and photo credit, are read from the page itself
(:mod:`.figures`) and put where they stand on the page (:mod:`.placement`); captions that an
extractor let into the text are taken out of it.  Metadata comes from :mod:`.metadata`, and a
machine-translation notice from :mod:`.notices`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from lxml import etree

from ..article import Metadata
from ..errors import NoArticleTextError
from .article_asides import open_article_asides
from .assemble import RawBlock, clean_inline
from .components import compose_shadow_roots, unfold_custom_elements
from .declared import declared_blocks
from .disclosures import NOWHERE_MARKS, open_disclosures
from .fastpass import fast_recall_body
from .figures import find_figures
from .footnotes import add_footnotes, find_footnotes
from .headings import headings_in_place
from .htmlblocks import c_element_lookup, text_of
from .inline_chrome import drop_named_chrome
from .merge import (
    LAYOUT_CELL_WORDS,
    SAME_ARTICLE,
    Candidate,
    block_text,
    confirms,
    merge,
    reads_as_article,
    shingle_set,
)
from .metadata import TITLE_PARTS, complete_from_page, page_metadata, saved_from, visible_date
from .notices import Notice, find_translation_notice, source_language
from .page_chrome import drop_page_chrome
from .placement import place_figures, strip_captions, table_credits
from .readable import readability_blocks
from .standfirst import standfirst_blocks, standfirst_candidate

#: pages with more tags than this are read by trafilatura alone (readability's cost grows
#: faster than the page, and such pages are archives or listings rather than articles)
MAX_TAGS_FOR_READABILITY = 80_000
#: text nodes that may hold a translation notice ("Translated by", «Переведено», «Машинный
#: перевод»), found by libxml2 itself rather than by a walk over every element
#: (plain substring tests: a case-insensitive regular expression over the whole page costs more
#: than parsing it)
_NOTICE_WORDS = ("ranslated", "еревед", "еревод", "ашинн")
#: a short part of each notice word (or one letter of it) that is looked for first: most pages
#: hold none of them, and CPython finds a short needle or a single character in a page several
#: times faster than a longer one (most pages are stored two bytes a character: one curly
#: quote does it); only when it is there is the word itself looked for
_NOTICE_GATES = (("ransl", "ranslated"), ("е", "еревед"), ("е", "еревод"), ("а", "ашинн"))
_WORD = re.compile(r"\w+")
#: a custom element's start tag (HTML: a name with a hyphen), the cheap test before the walk
_CUSTOM_ELEMENT = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*-")

_NOTICE_TEXT = etree.XPath(
    "//body//text()[contains(., 'ranslat') or contains(., 'еревед') or contains(., 'еревод')"
    " or contains(., 'ашинн')]"
)


def _parser() -> Any:
    """trafilatura's HTML parser settings, with lxml's C-level element class lookup
    (:func:`~.htmlblocks.c_element_lookup`).  ``huge_tree``: libxml2
    stops at 256 levels of nesting by default, and old templates that leave ``<font><b>``
    unclosed on every line nest the article deeper than that (it was lost); the input's size is
    capped before it gets here (:mod:`newsprism.sources`).
    """
    import lxml.html

    parser = lxml.html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
        remove_pis=True, huge_tree=True,
    )  # fmt: skip
    return c_element_lookup(parser)


_PARSER = _parser()


def _repair(html: str, beginning: str, controls_removed: bool) -> str:
    """trafilatura's ``repair_faulty_html``; its first step (deleting the characters XML forbids:
    C0 controls, U+FFFE, U+FFFF) scans the whole page, which costs more than a millisecond,
    and the C0 controls are already gone from a decoded page: only the other two are looked
    for there."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS, repair_faulty_html

    if not controls_removed:
        return repair_faulty_html(html, beginning)
    if "\ufffe" in html or "\uffff" in html:
        html = INVALID_XML_CHARS.sub("", html)
    # the rest of repair_faulty_html (trafilatura 2.3.1, pinned), line for line
    if "doctype" in beginning:
        firstline, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    return html


def parse(html: str, *, controls_removed: bool = False, shallow: bool = False) -> Any:
    """The page as an lxml tree, parsed the way trafilatura's ``load_html`` parses it.

    ``controls_removed``: the text holds no C0 control characters (:func:`~newsprism.sources.
    decode` removed them).  A page nested deeper than the parser reads is parsed again with its
    deepest levels' tags left out (:mod:`.deep_nesting`; ``shallow``: this is that parse).
    """
    import lxml.html
    from trafilatura.utils import is_dubious_html

    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = _repair(html, beginning, controls_removed)
    tree = None
    try:
        try:
            tree = lxml.html.fromstring(html, parser=_PARSER)
        except ValueError:  # a string with an encoding declaration: lxml wants bytes
            tree = None
        if tree is None or len(tree) < 1:
            tree = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=_PARSER)
    except (etree.ParserError, ValueError, TypeError) as exc:
        raise NoArticleTextError(f"the page could not be parsed as HTML: {exc}") from exc
    if tree is None or not isinstance(tree.tag, str) or (dubious and len(tree) < 2):
        raise NoArticleTextError("the page could not be parsed as HTML")
    if not shallow and html.count("<") > DEPTH_LIMIT and _stopped_at_depth():
        # libxml2 dropped everything after an element 2,048 levels deep (formatting tags never
        # closed): the page again with its deepest levels' tags left out, their text kept
        from .deep_nesting import shallow_markup

        return parse(shallow_markup(html)[0], controls_removed=True, shallow=True)
    return tree


#: libxml2's deepest level with ``huge_tree`` (a page needs more start tags than this to reach it)
DEPTH_LIMIT = 2048


def _stopped_at_depth() -> bool:
    """Whether the last parse stopped at libxml2's nesting limit."""
    return any("Excessive depth" in e.message for e in _PARSER.error_log.filter_from_fatals())


def extract_html(
    html: str, url: str | None = None, *, controls_removed: bool = False
) -> tuple[str | None, list[RawBlock], Metadata]:
    tree = parse(html, controls_removed=controls_removed)
    page = page_metadata(tree, url)  # before scripts go: JSON-LD lives in <script>
    if page.url is None and url is None and "saved from url=" in html[:2048]:
        page = replace(page, url=saved_from(html))
    page = complete_from_page(page, tree, url)
    notice = _translation_notice(tree) if _may_hold_notice(html) else None
    if "shadowroot" in html:  # a web component's server-rendered content: in place
        compose_shadow_roots(tree)
    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    # <story-paragraph>: read as the block it renders as
    unfolded = bool(_CUSTOM_ELEMENT.search(html)) and unfold_custom_elements(tree) > 0
    if "button" in html or "tab" in html or any(mark in html for mark in NOWHERE_MARKS):
        # an accordion's questions are buttons: text again; what a control opens is shown
        # (a "read more" link going nowhere is such a control too)
        open_disclosures(tree, html)
    drop_named_chrome(tree, elements_named=unfolded)  # a sponsor's line, a sign-up box
    if "<aside" in html or "<ASIDE" in html:
        open_article_asides(tree)  # "How we did this": the story's own box, not furniture
    figures = find_figures(tree, page.url or url, elements_named=unfolded)
    lead = standfirst_candidate(tree, _clean_title(page.title, page.site))
    notes = find_footnotes(tree)
    primary = Candidate.of(trafilatura_blocks(tree, url))
    # counting "<" is the cheap stand-in for counting elements
    # (asked last: on a page read alone for its text, the page is not counted)
    alone = (
        _read_alone(primary)
        or _plain_article(primary)
        or html.count("<") > MAX_TAGS_FOR_READABILITY
    )
    probes = [] if alone else _probes(primary.blocks)
    second = Candidate.of([] if alone else readability_blocks(tree, probes))
    if probes and not confirms(second, primary):
        # readability, shown only the part of the page around trafilatura's text, did not find
        # that text there: its opinion of the whole page is needed after all
        second = Candidate.of(readability_blocks(tree))
    if not alone and not has_prose(second.blocks):
        # readability drops asides, navigation and footers before it scores (HTML marks them as
        # not the article); a site that puts its story in an <aside> is read again without that
        retry = readability_blocks(tree, semantic=False)
        if has_prose(retry):
            second = Candidate.of(retry)
    blocks, extractor = _settle(
        primary,
        second,
        live=page.live,
        links=lambda: _link_text(tree),
        beside_image=lambda text: _beside_image(tree, text),
    )
    # (without readability's opinion the fuller reading could never be confirmed: not asked)
    if not alone and _suspect(blocks, tree, second):
        blocks, extractor = _escalate(blocks, extractor, tree, url, second)
    if page.live:
        blocks, extractor = _all_posts(blocks, extractor, tree, url, second)
    if _few_words(blocks, DECLARED_BELOW_WORDS):
        # the markup holds (almost) no article: a framework's shell; the page's data may
        declared = declared_blocks(html)
        if _words_read(declared) > 2 * _words_read(blocks):
            blocks, extractor = declared, "declared"
    blocks = strip_captions(blocks, figures)
    blocks = table_credits(blocks)  # a table's source line is its credit
    blocks = drop_page_chrome([b for b in blocks if not _is_promo(b)])
    if notice:
        blocks = [b for b in blocks if find_translation_notice(b.text) is None or len(b.text) > 300]
    title = _clean_title(page.title, page.site)
    blocks = _drop_title(blocks, title)
    blocks = [*standfirst_blocks(lead, blocks), *blocks]
    blocks = add_footnotes(blocks, notes)
    blocks = headings_in_place(blocks, tree)
    blocks = place_figures(blocks, figures, tree)
    if not page.published:
        page.published = visible_date(tree, url)  # last: htmldate cleans the tree it reads
    metadata = Metadata(
        site=page.site,
        url=page.url or url,
        published=page.published,
        modified=page.modified,
        authors=tuple(page.authors),
        translated_by=notice[0] if notice else None,
        source_language=source_language(notice, [b.text for b in blocks if b.kind == "paragraph"]),
        description=page.description,
        section=page.section,
        image=page.image,
        extractor=extractor,
        declared_language=page.language,
    )
    return title, blocks, metadata


def _may_hold_notice(html: str) -> bool:
    """Whether the page holds one of :data:`_NOTICE_WORDS` (the same answer as looking for each
    word, in a tenth of the time on most pages: :data:`_NOTICE_GATES`)."""
    return any(gate in html and word in html for gate, word in _NOTICE_GATES)


#: a reading of fewer words than this is no article: the text the page declares in its data
#: (JSON-LD ``articleBody``, a framework's hydration data) is read instead when it holds more
#: than twice as many (:mod:`.declared`)
DECLARED_BELOW_WORDS = 50


def _words_read(blocks: list[RawBlock]) -> int:
    return sum(len(_WORD.findall(b.text)) for b in blocks if b.kind != "figure")


def _few_words(blocks: list[RawBlock], limit: int) -> bool:
    """Whether the blocks hold fewer than ``limit`` words (white-space separated: asked of every
    page, so it stops counting at the limit; counting every block's words cost 1 %)."""
    count = 0
    for block in blocks:
        if block.kind != "figure":
            count += len(block.text.split())
            if count >= limit:
                return False
    return True


#: trafilatura's text at least this long (characters) is taken without readability's opinion
READ_ALONE_CHARS = 20_000


def _read_alone(primary: Candidate) -> bool:
    """Whether trafilatura's reading is taken as it is, without asking readability: its text is
    long running text (at least :data:`READ_ALONE_CHARS` characters with prose in it).

    Why: on a long article readability's opinion only trims edges (the text found is far past
    the length at which trafilatura's reading is suspect), and there it trimmed as much of the
    article as of chrome, while its cost grows with the page (issue 11, round 19: our
    readability reading is 27 % of extraction's CPU time over the development parts).  Counted
    with ``benchmarks/extraction_gate.py``: readability changes the text of 1,120 of 2,670
    dev-a pages and dropping it everywhere costs 0.346 F1 summed over the 19 sets; for texts
    this long the threshold was fitted on dev-a (the shortest with the sets' sum not falling
    and no set falling by a page's worth; 19,000, rounded up): dev-a +0.0032, dev-b (checked
    only) +0.0041, no set of either half down by a page's worth, and 3.7 % / 4.4 % of the CPU
    time saved (WCXB 7.5 % / 7.1 %)."""
    return _text_length(primary.blocks) >= READ_ALONE_CHARS and has_prose(primary.blocks)


#: trafilatura's text of at least this many words that begins and ends with the article's own
#: prose is taken without readability's opinion (:func:`_plain_article`) …
PLAIN_ARTICLE_WORDS = 300
#: … when at least this share of its words is in such prose
PLAIN_PROSE_SHARE = 0.5


def _plain_article(primary: Candidate) -> bool:
    """Whether trafilatura's reading is plainly the article, with nothing at its edges for
    readability to settle: it has some length, its first and its last block read as the
    article's own prose (a paragraph of running text, or a sentence of some length:
    :func:`~.merge.reads_as_article`), and most of its words are such prose.

    Why: readability's opinion is asked to cut what trafilatura kept beyond the article's edges
    (bylines, related links, newsletter boxes: lines, not prose) and to catch a reading that
    took the wrong text or stopped early (which is short, or ends in chrome).  Where neither
    edge is chrome it changed the text of few pages, as often for the worse as for the better,
    at a quarter of extraction's CPU time (issue 11, round 21: counted with
    ``benchmarks/extraction_gate.py`` on every development page, dev-a 2,468 pages: readability
    changed 29 of the 484 pages this gate skips, body F1 summed over the 16 sets +0.0009, CPU
    time 4.6 % less (WCXB 5.9 %); the thresholds were chosen on dev-a, dev-b checked only)."""
    blocks, words = primary.blocks, primary.words
    total = sum(words)
    if not blocks or total < PLAIN_ARTICLE_WORDS:
        return False
    if not (reads_as_article(blocks[0], words[0]) and reads_as_article(blocks[-1], words[-1])):
        return False
    prose = sum(_prose_words(b, w) for b, w in zip(blocks, words, strict=True))
    return prose >= PLAIN_PROSE_SHARE * total


def _prose_words(block: RawBlock, words: int) -> int:
    """The words of ``block`` that are the article's own prose; a block of several lines counts
    only its lines that read as prose on their own.

    Why: trafilatura reads a container without paragraphs (a page whose head holds stray text,
    which the parser puts at the start of the body) as one block of the page's lines — its
    menus, teasers and footer — and that block, long and ending in a full stop, read as one
    paragraph of prose, so the page's whole text was taken without readability's opinion (an
    evan-extract dev-a page: body F1 0.05 where readability and trafilatura's own cascade found
    the article)."""
    if "\n" not in block.text:
        return words if reads_as_article(block, words) else 0
    prose = 0
    for line in block.text.split("\n"):
        length = len(_WORD.findall(line))
        if reads_as_article(RawBlock(block.kind, line), length):
            prose += length
    return prose


# -- trafilatura --------------------------------------------------------------------------------


def trafilatura_blocks(tree: Any, url: str | None, *, full: bool = False) -> list[RawBlock]:
    """trafilatura's reading of the page, without its own fallbacks (readability runs here).

    In its recall mode: the merge trims what it keeps at the article's edges by agreement with
    readability, so the primary should rather keep too much than too little.  On both halves
    of the dev parts this raised F1 a little (+0.0007 and +0.0005, mean over the sets), and it
    is cheaper: the balanced mode's "recall escalation" (a second pass over the whole page's
    text when the first found little) does not run.

    ``full``: trafilatura's whole cascade in its balanced mode, as ``trafilatura.extract`` runs
    it (its own comparison with readability and jusText, its baseline rescue and its recall
    escalation); several times the cost, so only for pages whose text is suspect
    (:func:`_escalate`).
    """
    from trafilatura.core import bare_extraction

    try:
        if full:
            doc = bare_extraction(
                tree,
                url=url,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_formatting=False,
                output_format="xml",
            )
            body = getattr(doc, "body", None) if doc is not None else None
        else:  # the same reading as bare_extraction's fast recall pass, on one copy of the tree
            body = fast_recall_body(tree, url)
    except Exception:  # trafilatura's heuristics on a malformed page; readability may still read it
        return []
    if body is None:
        return []
    blocks = xml_blocks(body)
    if _unfolds_layout(body) and any(b.kind == "table" for b in blocks):
        blocks = tables_in_place(blocks, tree)
    return blocks


def _unfolds_layout(body: Any) -> bool:
    return any(
        len(_WORD.findall(_xml_text(cell))) > LAYOUT_CELL_WORDS
        for table in body.iterchildren("table")
        for cell in table.iter("cell")
    )


def tables_in_place(blocks: list[RawBlock], tree: Any) -> list[RawBlock]:
    """A data table that trafilatura put after the page's layout table goes back to where it
    stands on the page.

    Why: trafilatura reads a table nested in a layout table's cell after the whole layout table
    (its walk yields the inner table once the outer one is done), so on an old table-layout
    page the article's table of figures came after the side column and the footer, and the
    merge's tail trim, which keeps everything up to the last block readability confirms, kept
    that chrome with it.  Each block is found again in the page's words (as figures are, by
    :func:`~.placement.locate`); a table found before blocks that precede it in the reading goes
    right after the last block that starts before it.

    Round 20 (issue 11): dev-a +0.013 summed over the sets' means (written19 +0.011, written18
    +0.005, Big9 +0.001, CleanEval −0.0002, written16 −0.004), dev-b (checked only) +0.0012
    (CleanEval +0.0015, 35 pages up and 23 down; L3S −0.0008)."""
    from .placement import locate

    body = tree.find("body")
    # (text nodes joined with a space: a table's cells are words of their own)
    words = _WORD.findall(" ".join((body if body is not None else tree).itertext()).lower())
    where = dict(zip(map(id, blocks), locate(blocks, words), strict=True))
    out = list(blocks)
    for block in blocks:
        pos = where[id(block)]
        if block.kind != "table" or pos is None:
            continue
        at = next(i for i, b in enumerate(out) if b is block)
        later = [i for i in range(at) if (where[id(out[i])] or -1) > pos]
        if later:
            out.insert(later[0], out.pop(at))
    return out


#: trafilatura's own test for an extraction that found too little (``trafilatura.core``'s recall
#: escalation): shorter than this many characters …
SHORT_TEXT = 3000
#: … and less than this share of the page's text
PAGE_SHARE = 0.2
#: the full reading replaces the text when it is this many times as long (trafilatura's own)
LONGER_BY = 1.5


def _text_length(blocks: list[RawBlock]) -> int:
    return sum(len(block_text(b)) for b in blocks)


def _backing(blocks: list[RawBlock], second: Candidate) -> float:
    """The share of the text's words that readability's opinion confirms."""
    return Candidate.of(blocks).against(second).share if blocks and second.blocks else 0.0


def _suspect(blocks: list[RawBlock], tree: Any, second: Candidate) -> bool:
    """The article found may be the wrong text: it is short, a small part of the page's text,
    and readability's opinion does not confirm all of it (when the two independent readings
    agree on a short text, it is a short article)."""
    length = _text_length(blocks)
    if length >= SHORT_TEXT or _backing(blocks, second) >= 1.0:
        return False
    from trafilatura import html2txt

    return length < PAGE_SHARE * len(html2txt(tree))


def _escalate(
    blocks: list[RawBlock], extractor: str, tree: Any, url: str | None, second: Candidate
) -> tuple[list[RawBlock], str]:
    """The page read again with trafilatura's whole cascade (what ``trafilatura.extract`` does),
    merged with readability's opinion as before; taken when it has clearly more text and
    readability confirms more of it than of the text found first.

    Why: the fast recall pass skips trafilatura's fallbacks, which find the article on layouts
    its rules miss (it returned a teaser or a caption there); running them on every page would
    cost the speed goal.  Why the confirmation: on its own, "clearly longer" also took reader
    comments, a second copy of the article and a side box on pages whose short text was right
    (dev-a and dev-b both lost more than they gained that way).
    """
    fuller = Candidate.of(trafilatura_blocks(tree, url, full=True))
    length = _text_length(blocks)
    if _text_length(fuller.blocks) <= LONGER_BY * length:
        return blocks, extractor
    merged, how = _settle(fuller, second, links=lambda: _link_text(tree))
    if _text_length(merged) <= LONGER_BY * length:
        return blocks, extractor
    if _backing(merged, second) <= _backing(blocks, second):
        return blocks, extractor
    return merged, how


def _all_posts(
    blocks: list[RawBlock], extractor: str, tree: Any, url: str | None, second: Candidate
) -> tuple[list[RawBlock], str]:
    """A live blog's text is every post: when trafilatura's whole cascade reads clearly more
    than was found (:data:`LONGER_BY`) and holds most of what was found
    (:data:`~.merge.SAME_ARTICLE`), its reading is taken, settled with readability's as a live
    page (:func:`~.merge.merge`'s ``live``).

    Why: a live page is a run of posts, each in its own container (an ``<article>`` a post);
    both readers can settle on one post (a live page's 0.28 body F1 against the posts' gold),
    and only the page's own declaration (schema.org ``LiveBlogPosting``) says the posts are one
    article.  Asked only there: the whole cascade costs several fast passes."""
    fuller = Candidate.of(trafilatura_blocks(tree, url, full=True))
    if _text_length(fuller.blocks) <= LONGER_BY * _text_length(blocks):
        return blocks, extractor
    if Candidate.of(blocks).against(fuller).share < SAME_ARTICLE:
        return blocks, extractor
    return _settle(fuller, second, live=True)


def _xml_text(el: Any) -> str:
    if not len(el):  # most paragraphs: text only, no walk needed
        return clean_inline(el.text or "")
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if node.tag in ("lb", "item", "cell", "p", "row", "list"):
                parts.append(" ")
            if node.text:
                parts.append(node.text)
        elif node is not el and node.tail:
            parts.append(node.tail)
    return clean_inline("".join(parts))


def xml_blocks(body: Any) -> list[RawBlock]:
    """trafilatura's XML body (``p``, ``head``, ``list``, ``quote``, ``table`` …) as blocks.

    Text that trafilatura leaves loose in the body (before its first element, or as an
    element's tail: a page that puts its paragraphs straight into a ``<div>`` between ``<br>``s
    or after a byline ``<p>``) is the article's too: each run of it is a paragraph.
    """
    out: list[RawBlock] = []
    _loose(out, body.text)
    for el in body:
        _xml_block(out, el)
        _loose(out, el.tail)
    return [b for b in out if b.text or b.rows]


def _loose(out: list[RawBlock], text: str | None) -> None:
    if text and _WORD.search(text):  # not a bare separator ("|", "•") between elements
        out.append(RawBlock("paragraph", clean_inline(text)))


def _xml_block(out: list[RawBlock], el: Any) -> None:
    tag = el.tag
    if tag == "head":
        rend = el.get("rend") or "h2"
        level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
        out.append(RawBlock("heading", _xml_text(el), level=level))
    elif tag == "list":
        items = [_xml_text(item) for item in el if item.tag == "item"]
        out.append(RawBlock("list", "\n".join(i for i in items if i)))
    elif tag == "quote":
        out.append(RawBlock("quote", _xml_text(el)))
    elif tag == "table":
        rows = [[_xml_text(c) for c in row if c.tag == "cell"] for row in el.iter("row")]
        if any(len(_WORD.findall(cell)) > LAYOUT_CELL_WORDS for row in rows for cell in row):
            _unfold_layout_table(out, el)
        else:
            out.append(RawBlock("table", rows=rows))
    elif tag != "graphic":  # figures come from the page itself, with their captions
        text = _xml_text(el)
        if text:
            out.append(RawBlock("paragraph", text))


def _unfold_layout_table(out: list[RawBlock], table: Any) -> None:
    """A table that lays out the page (a cell holds running text: the article's paragraphs,
    lists and headings) is read as the blocks inside its cells, in order, as if the cells were
    the page's body.

    Why: read as a data table, its text runs together in one cell, with no structure for the
    merge to weigh block by block; so the merge used to give such pages to readability whenever
    it found the same article, and readability's reading of old table layouts keeps one cell
    and drops the rest (CleanEval dev-a, round 14: the largest class of recall lost against
    ``trafilatura.extract``, 10.1 recall points on 48 of 365 pages).  Unfolded, the blocks go
    through the same agreement merge as any other page's."""
    for row in table:  # its own rows: a table nested in a cell is one of the cell's blocks
        if row.tag != "row":
            _xml_block(out, row)
            continue
        for cell in row:
            if cell.tag != "cell":
                continue
            _loose(out, cell.text)
            for child in cell:
                _xml_block(out, child)
                _loose(out, child.tail)


#: the lead-ins of links to other articles placed inside a story, in several languages
_PROMO = re.compile(
    r"^(?:read (?:more|also|next)|see also|related(?: stories| articles)?|more on this(?: story)?"
    r"|also read|читайте (?:также|ещё|еще)|смотрите также|по теме|подробнее|читать далее"
    # (a hyphen glued to the word makes a compound of a story's sentence: "Related-party …")
    r"|lesen sie auch|lire aussi|leer más)(?:\s*[:.—–]|\s+-|-\s)",
    re.I,
)


def _is_promo(block: RawBlock) -> bool:
    """ "Read more: <headline>" between paragraphs: a link to another article, not this one."""
    return block.kind == "paragraph" and len(block.text) < 200 and bool(_PROMO.match(block.text))


def _probes(blocks: list[RawBlock]) -> list[list[str]]:
    """Phrases of trafilatura's text (the start and the end of its first, middle and last long
    paragraphs), to find where on the page that text lies."""
    paragraphs = [b.text for b in blocks if b.kind == "paragraph" and len(b.text) > 80]
    if len(paragraphs) < 2:
        return []
    out = []
    for text in (paragraphs[0], paragraphs[len(paragraphs) // 2], paragraphs[-1]):
        words = text.split()
        out.append([" ".join(words[:5]), " ".join(words[-5:])])
    return out


def _link_text(tree: Any) -> set[tuple[str, ...]]:
    """The shingles of the text of every link on the page (what a block made of links shares
    with it: :func:`~.merge._continues`)."""
    pool: set[tuple[str, ...]] = set()
    for link in tree.iter("a"):
        pool |= shingle_set(" ".join(link.itertext()))
    return pool


#: the elements a picture is shown with
_PICTURES = ("img", "picture", "video", "svg")
#: how far above the text the box that holds it and its picture may be
CAPTION_LEVELS = 3


def _beside_image(tree: Any, text: str) -> bool:
    """``text`` stands beside a picture on the page: inside a ``<figure>`` or a caption, or in
    a small box (not much more text than its own) that also holds an image — it is the
    picture's caption, though the page does not mark it as one.

    The text is looked for by its first four words and by its last four: an extractor glues a caption to the credit set before it in another element
    ("Name/REUTERSA jet fighter drops flares …"), and its first words are then on no one text
    node of the page."""
    words = _WORD.findall(text)
    if len(words) < 4:
        return False
    return _stands_beside_image(tree, text, words[:4]) or (
        len(words) > 4 and _stands_beside_image(tree, text, words[-4:])
    )


def _stands_beside_image(tree: Any, text: str, probe: list[str]) -> bool:
    """:func:`_beside_image` for the first element whose text holds the words ``probe``."""
    words = _WORD.findall(text)
    phrase = re.compile(r"\W+".join(map(re.escape, probe)))
    for el in tree.iter(etree.Element):
        if el.text and phrase.search(el.text):
            at = el
        elif el.tail and phrase.search(el.tail) and el.getparent() is not None:
            at = el.getparent()
        else:
            continue
        for box in (at, *at.iterancestors())[: CAPTION_LEVELS + 1]:
            if box.tag in ("figure", "figcaption"):
                return True
            if len(_WORD.findall(text_of(box))) > 2 * len(words) + 20:
                break
            if any(True for _ in box.iter(*_PICTURES)):
                return True
        return False
    return False


def _settle(
    primary: Candidate,
    second: Candidate,
    *,
    live: bool = False,
    links: Callable[[], set[tuple[str, ...]]] | None = None,
    beside_image: Callable[[str], bool] | None = None,
) -> tuple[list[RawBlock], str]:
    """The merge, after the evidence of prose.

    When neither extractor found a line of running text, a page of short lines that both read
    alike is taken for what it is (its lines that are not chrome by the scraped-text reader's
    vocabulary: "Test case 1", a date and a headline); when they read it differently, or all of
    it is chrome (a menu, a cookie notice), there is no article (``extract()`` says so).  (An
    earlier rule here also set aside an opinion without prose when the other had some; it
    changed no page of either half of the dev parts, as the merge's own running-text rule
    covers that case, and the ablation removed it.)
    """
    if has_prose(primary.blocks) or has_prose(second.blocks):
        return merge(primary, second, live=live, links=links, beside_image=beside_image)
    if not _agree(primary, second):
        return [], "none"
    blocks, extractor = merge(primary, second, live=live)
    return [b for b in blocks if not _all_chrome(b)], extractor


def _agree(primary: Candidate, second: Candidate) -> bool:
    """Both extractors found text, and most of the words of one are the other's (words, not
    shingles: lines this short are cut into blocks differently by the two)."""
    words = [
        Counter(_WORD.findall("\n".join(block_text(b) for b in c.blocks).lower()))
        for c in (primary, second)
    ]
    smaller = min(sum(w.values()) for w in words)
    return smaller > 0 and sum((words[0] & words[1]).values()) >= SAME_ARTICLE * smaller


def _all_chrome(block: RawBlock) -> bool:
    """Every line of a block is page chrome by the scraped-text line labeller ("Home",
    "We use cookies. Accept", "Newer Post")."""
    from .scraped_labels import CHROME, FOOTER_LINE, NOTICE, RELATED, label_alone
    from .scraped_lines import Line

    lines = [line for line in block_text(block).split("\n") if line.strip()]
    return all(
        label_alone(Line(clean_inline(line), False, i)).label
        in (CHROME, FOOTER_LINE, NOTICE, RELATED)
        for i, line in enumerate(lines)
    )


def has_prose(blocks: list[RawBlock], words: int = 6) -> bool:
    """Whether any line of running text has a few words: chrome ("Home | News") has none."""
    for block in blocks:
        if block.kind == "figure":
            continue
        lines = ["\t".join(r) for r in block.rows] if block.rows else block.text.split("\n")
        if any(len(_WORD.findall(line)) >= words for line in lines):
            return True
    return False


# -- titles and notices -------------------------------------------------------------------------


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _clean_title(title: str | None, site: str | None) -> str | None:
    """The headline without the " | Site" that page titles carry."""
    if not title:
        return None
    if site:
        parts = TITLE_PARTS.split(title)
        if len(parts) > 1 and _norm(parts[-1]) == _norm(site):
            title = " - ".join(parts[:-1])
    return clean_inline(title) or None


def _drop_title(blocks: list[RawBlock], title: str | None) -> list[RawBlock]:
    """The headline is the article's title, not its first block."""
    if not title:
        return blocks
    norm = _norm(title)
    for i, block in enumerate(blocks[:3]):
        if block.kind in ("heading", "paragraph") and norm and _norm(block.text) == norm:
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def _translation_notice(tree: Any) -> Notice | None:
    """A "Translated by …" notice anywhere on the page (often outside the article body)."""
    for node in _NOTICE_TEXT(tree):
        el = node.getparent()
        if el is None or el.tag in ("script", "style", "title"):
            continue
        text = text_of(el)
        if len(text) < 20 and el.getparent() is not None and el.getparent().tag != "body":
            text = text_of(el.getparent())
        if len(text) < 300:
            found = find_translation_notice(text)
            if found:
                return found
    return None


__all__ = ["extract_html", "parse", "trafilatura_blocks", "xml_blocks"]
