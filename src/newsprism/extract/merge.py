"""Two extractors' opinions of one page become one article.

trafilatura (the *primary*: it keeps structure best) and readability-lxml (the *second*) fail in
different ways.  trafilatura tends to run past the article's edges: the headline and standfirst
above it, newsletter boxes and lists of related links below it.  readability keeps one
container and its siblings, so it stops at the edges, but now and then it takes a side box
instead of the article.  And trafilatura sometimes stops early when the article is split over
several containers, where readability, which gathers siblings, keeps going.

Agreement settles it, block by block, with word 4-shingles (the granularity at which a block
of one output can be recognised in the other):

* when most of readability's text is also in trafilatura's, they found the same article, and
  trafilatura's blocks before the first and after the last block readability confirms are
  boilerplate at the edges: they go, except, before the first, paragraphs that read as the
  article's own (a standfirst, an opening readability missed).  Blocks in between stay even
  when readability lacks them (it drops lists, tables and short paragraphs that trafilatura
  keeps in place).  Readability's own prose above the first block trafilatura has (a lead
  trafilatura missed) is put before the body;
* when trafilatura's text is nearly all inside readability's and readability has half as much
  again that trafilatura lacks, trafilatura stopped early: readability's blocks are taken;
* when they found different things and only readability's has a paragraph of running text
  (trafilatura took a list of links or a gallery's captions for the article), readability's
  blocks are taken; so they are when trafilatura's text is mostly not prose (tables of
  readers' comments) and readability's prose alone is as long as all of it;
* otherwise (little agreement, or one of them found nothing) trafilatura's blocks stand.

No rule here knows any site: each is about how the two algorithms fail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from .assemble import RawBlock

_TOKEN = re.compile(r"\w+")

#: a block is *confirmed* by the other output when this share of its shingles is found there
CONFIRMED = 0.5
#: readability agrees with trafilatura when this share of its words is in confirmed blocks
SAME_ARTICLE = 0.7
#: trafilatura "stopped early" when readability has this many times its words …
LONGER = 1.5
#: … while trafilatura's own words are nearly all (this share) inside readability's
CONTAINED = 0.8
#: … and readability's extra text is not itself confirmed (less than this share)
EXTRA = 0.6


def block_text(block: RawBlock) -> str:
    if block.kind == "table" and block.rows:
        return "\n".join(" ".join(row) for row in block.rows)
    if block.kind == "figure":
        return ""
    return block.text


Shingles = set[tuple[str, ...]]


def shingle_set(text: str) -> Shingles:
    return _shingles(_TOKEN.findall(text.lower()))


def _shingles(tokens: list[str]) -> Shingles:
    if len(tokens) < 4:
        return {tuple(tokens)} if tokens else set()
    return set(zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False))


@dataclass(frozen=True)
class Agreement:
    confirmed: list[bool]  # per block of the first output: found in the other
    share: float  # words of the first output that lie in confirmed blocks
    words: int


def agreement(sets: list[Shingles], words: list[int], pool: Shingles) -> Agreement:
    confirmed = [bool(s) and len(s & pool) >= CONFIRMED * len(s) for s in sets]
    total = sum(words)
    share = sum(w for w, c in zip(words, confirmed, strict=True) if c) / total if total else 0.0
    return Agreement(confirmed, share, total)


@dataclass(frozen=True)
class Candidate:
    """One extractor's blocks with what agreement needs, each computed once, when first asked
    for (a reading taken without a second opinion needs the word counts only)."""

    blocks: list[RawBlock]
    tokens: list[list[str]]

    @classmethod
    def of(cls, blocks: list[RawBlock]) -> Candidate:
        return cls(blocks, [_TOKEN.findall(block_text(b).lower()) for b in blocks])

    @cached_property
    def words(self) -> list[int]:
        return [len(t) for t in self.tokens]

    @cached_property
    def sets(self) -> list[Shingles]:
        return [_shingles(t) for t in self.tokens]

    @cached_property
    def pool(self) -> Shingles:
        return set().union(*self.sets) if self.sets else set()

    def against(self, other: Candidate) -> Agreement:
        return agreement(self.sets, self.words, other.pool)


#: a table cell holding more words than this is a page laid out with a table, not data: such a
#: table reaches the merge as the blocks in its cells (``html._unfold_layout_table``)
LAYOUT_CELL_WORDS = 80


def confirms(second: Candidate, primary: Candidate) -> bool:
    """``second`` found the same article as ``primary``, and at least half as much of it."""
    return (
        sum(second.words) >= 0.5 * sum(primary.words)
        and second.against(primary).share >= SAME_ARTICLE
    )


#: a line of this many words is a sentence, not a label (:func:`_some_prose`)
PROSE_LINE_WORDS = 6


def _some_prose(candidate: Candidate) -> bool:
    """Whether any line of the reading has :data:`PROSE_LINE_WORDS` words ("Home | News", a
    site's name and address have none)."""
    return any(
        len(_TOKEN.findall(line)) >= PROSE_LINE_WORDS
        for block in candidate.blocks
        for line in block_text(block).split("\n")
    )


def _wall(primary: Candidate, second: Candidate) -> bool:
    """trafilatura returned the page as one wall of text: a single block holds most of what
    readability found, buried in several times as much other text (menus, link lists).

    readability's reading must hold a sentence: when it took a masthead's lines (a print
    version's site name and address above text set straight in ``<body>``), it found no article
    to be buried, and the block that holds those lines is the page's footer, not a wall.  Round 31
    (issue 11): body F1 summed over the pages it changed, dev-a +0.390 (two Dragnet pages up, a
    CleanEval page without an article down 0.08), dev-b (checked only) no page changed."""
    if not second.pool or not _some_prose(second):
        return False
    for block_set in primary.sets:
        if len(block_set) > 3 * len(second.pool):
            found = len(block_set & second.pool)
            if found >= 0.5 * len(second.pool) and found < 0.3 * len(block_set):
                return True
    return False


def merge(
    primary: Candidate,
    second: Candidate,
    *,
    live: bool = False,
    links: Callable[[], Shingles] | None = None,
    beside_image: Callable[[str], bool] | None = None,
) -> tuple[list[RawBlock], str]:
    """The article's blocks, and which rule produced them (for ``metadata.extractor``).

    ``live``: the page declares itself a live blog; readability keeps one container, which
    there is one post, so its last confirmed block is no evidence of where the article ends.
    ``links``: the shingles of the page's link text, asked for only when the text after the
    last confirmed block may be the article's continuation (:func:`_tail_end`)."""
    if not second.blocks:
        return primary.blocks, "trafilatura"
    p = primary.against(second)
    s = second.against(primary)
    if not any(primary.words) or _wall(primary, second):
        return second.blocks, "readability"
    if _stopped_early(p, s):
        return second.blocks, "readability"
    if s.share >= SAME_ARTICLE:
        idx = [i for i, c in enumerate(p.confirmed) if c]
        if idx:
            head = [primary.blocks[i] for i in _head_kept(primary, idx[0], links)]
            lead = _lead_of_second(second, s)
            # a live blog's posts run on past the one post readability's container holds
            end = (
                len(primary.blocks)
                if live
                else _tail_end(primary, idx[0], idx[-1], links, p.confirmed, s.share)
            )
            inside = _inside_of_second(primary, second, s, idx[0], end, beside_image, links)
            body = [b for i in range(idx[0], end) for b in (primary.blocks[i], *inside.get(i, ()))]
            return head + lead + body, "trafilatura+readability"
    if not _has_running_text(primary) and _has_running_text(second):
        # they found different things, and only readability's has a paragraph of running text
        # (trafilatura's is a list of links, a gallery's captions, a date and a byline)
        return second.blocks, "readability"
    if _prose_only_in_second(primary, second, p):
        return second.blocks, "readability"
    return primary.blocks, "trafilatura"


#: readability's lead speaks of what this many of the body's first blocks speak of
LEAD_CONTEXT = 4


def _lead_of_second(second: Candidate, s: Agreement) -> list[RawBlock]:
    """readability's blocks above the first block trafilatura also has that read as the
    article's own prose (:func:`reads_as_article`): the standfirst or opening paragraph that
    trafilatura's reading missed (a lead set apart from the body's container, under a photo),
    put before the body.  Lines of chrome there (a byline, a date, a label) stay out, and so
    does a sentence that shares no word of content with the body's opening (a promo: "Listen
    to this story in our app"; :func:`~.standfirst.speaks_of`).

    Round 22 (issue 11): dev-a +0.013 summed over the sets' means (written21 +0.011,
    trafilatura-eval +0.002, scrapinghub +0.002; newspaper-2014 −0.0016, Big9 −0.0006), dev-b
    (checked only) +0.016 (written20 +0.011, written16 +0.005, trafilatura-eval +0.001, L3S
    +0.001; written17 −0.0025, Big9 −0.0009); 45 and 44 pages changed."""
    first = next((i for i, c in enumerate(s.confirmed) if c), 0)
    lead = [
        second.blocks[i]
        for i in range(first)
        if reads_as_article(second.blocks[i], second.words[i])
    ]
    if not lead:
        return []
    # (standfirst reads the merge's shingles: imported when needed)
    from .standfirst import speaks_of

    opening = "\n".join(block_text(b) for b in second.blocks[first : first + LEAD_CONTEXT])
    return [b for b in lead if speaks_of(b.text, opening)]


#: a block of readability's is missing from trafilatura's reading when less than this share of
#: its shingles is found there (more is the same text cut differently)
ABSENT = 0.2


def _inside_of_second(
    primary: Candidate,
    second: Candidate,
    s: Agreement,
    first: int,
    end: int,
    beside_image: Callable[[str], bool] | None = None,
    links: Callable[[], Shingles] | None = None,
) -> dict[int, list[RawBlock]]:
    """readability's prose and headings that trafilatura's reading lacks, lying between two
    blocks both readings have: keyed by the block of trafilatura's (from ``first`` to ``end``)
    after which they go, the one holding most of the confirmed block of readability's just
    before them.

    Why: readability keeps every child of the article's container it chose; trafilatura's
    cleaning drops boxes inside it — an embedded post, a callout, a quoted message, a box of
    text set between paragraphs — and the merge kept only trafilatura's blocks between the
    edges (and a section's heading trafilatura did not read as one).  Only what reads as the
    article's prose (:func:`reads_as_article`) or is a heading goes in; a text
    that stands beside a picture is its caption (``beside_image``: the figure blocks hold the
    captions the page marks) and a text that is the page's links is a teaser of another story
    (``links``).  A fill of every block readability had there was tried in round 6 and dropped:
    three quarters of what it added were credit lines, table cells and player labels.

    Round 25 (issue 11): body F1 summed over the sets' means, prose: dev-a (developed on)
    +0.016 (46 pages up, 17 down; written16 +0.005, written17 +0.006, L3S +0.0019, WCXB
    +0.0011; fundus −0.0009), dev-b (checked only) +0.0097 (35 up, 14 down; CleanEval +0.0024,
    Readability +0.0020, written18 +0.0051; fundus −0.0011, one page: an interview box's three
    paragraphs); the headings too: dev-a +0.0056 more (37 up, 17 down), dev-b +0.0051 (31 up,
    15 down; WCXB +0.0011, written22 +0.0034).

    Round 35 (issue 11): a list whose items are sentences (:func:`_summary`: a timeline, a list
    of findings) goes in too when it speaks of what the body speaks of (:data:`LIST_TOPIC`);
    trafilatura drops the box such a list is set in when its class names an embed
    ("timeline-embed"), and readability keeps it.  Held-aside (``extraction.py --aside``, 2,468
    pages): one page changed, written34 dev-b 12 0.873 → 0.972 (the page the rule was read
    from: written34 is development in both halves this round).  dev-a: one page changed,
    CleanEval +0.0085 (two lists of sentences of a reference page); without the topic test a
    fundus page's subscription benefits went in (−0.080)."""
    confirmed = [j for j, c in enumerate(s.confirmed) if c]
    if len(confirmed) < 2:
        return {}
    # (most pages have no candidate: the anchors are looked for only when one is there)
    if not any(
        not s.confirmed[j]
        and (
            second.blocks[j].kind == "heading"
            or reads_as_article(second.blocks[j], second.words[j])
            or _summary(second.blocks[j])
        )
        for j in range(confirmed[0], confirmed[-1] + 1)
    ):
        return {}
    where: dict[tuple[str, ...], int] = {}  # a shingle of trafilatura's body → its block
    for i in range(first, end):
        for shingle in primary.sets[i]:
            where.setdefault(shingle, i)
    inserts: dict[int, list[RawBlock]] = {}
    anchor: int | None = None
    vocabulary: set[str] | None = None  # the body's content words, when a list asks
    for j in range(confirmed[0], confirmed[-1] + 1):
        block, shingles = second.blocks[j], second.sets[j]
        if s.confirmed[j]:
            votes: dict[int, int] = {}
            for shingle in shingles:
                at = where.get(shingle)
                if at is not None:
                    votes[at] = votes.get(at, 0) + 1
            if votes:
                anchor = max(votes, key=lambda k: (votes[k], k))
            continue
        if anchor is None or len(shingles & primary.pool) >= ABSENT * len(shingles):
            continue
        prose = block.kind == "heading" or reads_as_article(block, second.words[j])
        if not prose and _summary(block):
            # a list whose items are sentences is prose set as a list (a timeline, findings)
            # when it speaks of what the body speaks of; a box of a subscription's benefits is
            # sentences too, about something else
            if vocabulary is None:
                vocabulary = _vocabulary(primary.blocks[first:end])
            prose = _speaks_of_body(block, vocabulary)
        if not prose or (beside_image is not None and beside_image(block.text)):
            continue
        if links is not None and len(shingles & links()) * 2 >= len(shingles):
            continue
        inserts.setdefault(anchor, []).append(block)
    return inserts


#: a list of sentences inside the body is the article's when this share of its content words
#: is the body's (round 35, on development pages: a timeline 0.57, two cleaneval lists 0.70 and
#: 0.79; a subscription's benefits 0.30 and 0.32)
LIST_TOPIC = 0.4


def _vocabulary(blocks: list[RawBlock]) -> set[str]:
    return {w.lower() for b in blocks for w in _CONTENT_WORD.findall(block_text(b))}


def _speaks_of_body(block: RawBlock, body: set[str]) -> bool:
    words = _vocabulary([block])
    return bool(words) and len(words & body) >= LIST_TOPIC * len(words)


#: trafilatura's text shares less than this with readability's: they found different things
DIFFERENT = 0.5
#: readability's prose must have at least this many words to replace trafilatura's text
PROSE_WORDS = 50


def _prose_only_in_second(primary: Candidate, second: Candidate, p: Agreement) -> bool:
    """The two found different things, trafilatura's text is mostly not prose (rows of tables,
    lists, short lines: a comment table, a layout table's odd cells) and readability's prose
    alone is as long as all of trafilatura's text.

    Why: the running-text rule above gives readability such a page only when trafilatura has
    no paragraph of running text at all, and a table cell of 25 words (a reader's comment)
    counts as one; comparing how much of each reading is prose does not depend on one cell.
    Round 22 (issue 11): on dev-a it changed one page (a table-layout page whose comments
    trafilatura took for the article: 0.05 → 0.91), on dev-b (checked only) two pages, both up
    (CleanEval +0.0016); no page down on either half."""
    if p.share >= DIFFERENT:
        return False
    total = sum(primary.words)
    prose = _prose_words(primary)
    other = _prose_words(second)
    return other >= PROSE_WORDS and other >= total and prose < 0.5 * total


def _prose_words(candidate: Candidate) -> int:
    return sum(
        w for b, w in zip(candidate.blocks, candidate.words, strict=True) if reads_as_article(b, w)
    )


def _stopped_early(p: Agreement, s: Agreement) -> bool:
    """trafilatura's text is nearly all inside readability's, and readability has half as much
    again that is not trafilatura's."""
    return p.share > CONTAINED and s.words > LONGER * p.words and s.share < EXTRA


def _head_kept(
    primary: Candidate, first: int, links: Callable[[], Shingles] | None = None
) -> list[int]:
    """Which of trafilatura's blocks above the first block readability confirms stay.  Only
    what looks like chrome goes (bylines, dates, labels, headings of boxes): a paragraph of
    running text there, or a sentence of some length, is most often the article's own, a
    standfirst or an opening that readability, which starts at the body's container, missed.

    Each block is judged on its own (round 8): a standfirst sits above the byline and the date,
    which go, so a walk up from the body that stopped at the first line of chrome lost it.  On
    fundus, whose gold keeps the standfirst, dev-a 0.939 -> 0.947 and dev-b (checked only)
    0.947 -> 0.948; the sets whose gold leaves the standfirst out lose a little precision
    (``docs/extraction.md``)."""
    blocks, words = primary.blocks, primary.words

    def summary(i: int) -> bool:
        return _summary(blocks[i]) or (links is not None and _points(blocks[i], links))

    kept = [i for i in range(first) if _opening_missed(blocks[i], words[i]) or summary(i)]
    # a summary list's own heading ("Key points") goes with it
    headed = [i - 1 for i in kept if i and summary(i) and blocks[i - 1].kind == "heading"]
    return sorted({*kept, *headed})


#: an item of a summary list is a sentence of at least this many words
SUMMARY_ITEM_WORDS = 5


def _summary(block: RawBlock) -> bool:
    """A list above the body whose items are sentences: the story's key points or findings,
    set apart above the body's container (a list of related links or a menu is headlines and
    labels, with no sentence's end).

    Round 22 (issue 11): a live text's and a data page's "Key points" box went in the head trim
    with its heading.  Two thirds of the items (of two or more) must read as sentences of
    :data:`SUMMARY_ITEM_WORDS` words.  dev-a: 7 pages changed, all up (written20 +0.009,
    written21 +0.009, WCXB +0.0009); dev-b (checked only): 4 changed, all up (WCXB +0.0003,
    fundus +0.0003)."""
    if block.kind != "list":
        return False
    items = [t for t in block.text.split("\n") if t.strip()]
    sentences = sum(
        1 for t in items if len(_TOKEN.findall(t)) >= SUMMARY_ITEM_WORDS and _SENTENCE_END.search(t)
    )
    return len(items) >= 2 and sentences * 3 >= 2 * len(items)


def _points(block: RawBlock, links: Callable[[], Shingles]) -> bool:
    """A list above the body whose items are clauses written without a full stop ("Bridge
    closed until June", "Buses diverted over the new crossing"), not the page's links: two
    thirds of its items (of two or more) have :data:`SUMMARY_ITEM_WORDS` words, and fewer than a
    third are the text of a link (a list of related stories or a menu is links).

    Round 25 (issue 11; last round's noticed: key points without full stops went in the head
    trim): dev-a +0.0071 summed over the sets' means (15 pages up, 7 down; written23 +0.009, one
    live page's key points), dev-b (checked only) +0.0003 (9 up, 5 down; Big9 +0.0004, fundus
    −0.0002)."""
    if block.kind != "list":
        return False
    items = [t for t in block.text.split("\n") if t.strip()]
    long = sum(1 for t in items if len(_TOKEN.findall(t)) >= SUMMARY_ITEM_WORDS)
    if len(items) < 2 or long * 3 < 2 * len(items):
        return False
    pool = links()
    linked = sum(1 for t in items if len(shingle_set(t) & pool) * 2 >= len(shingle_set(t)))
    return linked * 3 < len(items)


#: a sentence of this many words (ending in a full stop, "!", "?" or "…", or their full-width
#: forms "。", "！", "？", a closing quote or bracket allowed after it) above the body is text,
#: not a line of chrome
SENTENCE_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)）」』]*\s*$")
#: letters of scripts written without spaces between words (Chinese characters, kana): there a
#: "word" of ``\w+`` is a whole clause, so length is counted as two such letters a word
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _word_length(text: str, words: int) -> int:
    """``words`` (the word tokens), or, for text written without spaces, its words in the
    other scripts plus one word per two letters of Chinese characters and kana."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return words
    return len(_TOKEN.findall(_UNSPACED.sub(" ", text))) + unspaced // 2


def _opening_missed(block: RawBlock, words: int) -> bool:
    """A block above the body that reads as the article's own: a sentence of some length or a
    paragraph of running text.  Round 11: length in Chinese and Japanese counted in letters
    (a whole Japanese article above a confirmed promo line counted as a few "words" and went);
    fundus dev-a +0.0052, no other set changes (``extraction_ablation.py --variants
    head-cjk``)."""
    length = _word_length(block.text, words)
    if block.kind == "paragraph" and length >= SENTENCE_WORDS and _SENTENCE_END.search(block.text):
        return True
    return _article_like(block, length)


def reads_as_article(block: RawBlock, words: int) -> bool:
    """A paragraph of running text, or a sentence of some length: the article's own prose
    rather than a line of chrome (:func:`_opening_missed`)."""
    return _opening_missed(block, words)


#: trafilatura's blocks after the last block readability confirms are the article's
#: continuation when at least this many of them are paragraphs of running text …
CONTINUATION_PARAGRAPHS = 4
#: … those paragraphs hold at least this share of the words after it …
CONTINUATION_PROSE = 0.8
#: … the words after it share at least this much of their vocabulary with the body's …
CONTINUATION_TOPIC = 0.2
#: … and less than this share of them is the text of the page's links
CONTINUATION_LINKS = 0.1
#: a word of content for :data:`CONTINUATION_TOPIC`: four letters or more
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _tail_end(
    primary: Candidate,
    first: int,
    last: int,
    links: Callable[[], Shingles] | None = None,
    confirmed: list[bool] | None = None,
    share: float = 0.0,
) -> int:
    """Where the article ends: after the last block readability confirms (comments, newsletter
    boxes and related links follow it; keeping the paragraphs of running text right after it,
    as at the head, lowered F1 on both halves of the dev parts) — unless what follows reads as
    the article's continuation (:func:`_continues`): then it ends after the last paragraph of
    running text there.

    Why: readability keeps one container and its siblings, and an article whose text runs on
    in a second container (a page of sections in separate blocks, an FAQ or a methods box
    after the body) ends, for it, with the first; the tail trim was the largest class of recall
    lost against trafilatura (issue 11, round 24: dev-a 68 pages, 16.7 recall points)."""
    if links is None or last + 1 >= len(primary.blocks):
        return last + 1
    prose = [
        i
        for i in range(last + 1, len(primary.blocks))
        if reads_as_article(primary.blocks[i], primary.words[i])
    ]
    if prose and _keeps_tail(primary, first, last, links, confirmed, share):
        return prose[-1] + 1
    return last + 1


def _keeps_tail(
    primary: Candidate,
    first: int,
    last: int,
    links: Callable[[], Shingles],
    confirmed: list[bool] | None,
    share: float,
) -> bool:
    """Whether the running text after ``last`` is the article's continuation: round 24's rule
    (:func:`_continues`) says so, or a model fitted on every development half
    (:mod:`.tail_model`) gives keeping it a :data:`~.tail_model.KEEP_TAIL_AT` chance of raising
    the page's F1 and it is not the page's links (:data:`CONTINUATION_LINKS`: teasers of other
    stories).

    Round 45 (issue 11): the tail trim is the decision that costs most recall against our own
    trafilatura reading over the development halves (``benchmarks/extraction_decisions.py``:
    52 of 2,426 dev-a pages in 10 sets, 14.4 recall points).  The model adds the tails it is
    confident of to the rule's: dev-a +0.0049 summed over the sets with each set scored by a
    model fitted without it (6 pages changed, all up: cleaneval 2, wcxb 2, fundus 1,
    trafilatura-eval 1); checked only: WCXB test +0.003, trafilatura-eval dev-b +0.002, fundus
    dev-b +0.003, no held-aside part down, written44 the same.  The model alone, without the
    rule, cut a held-aside written page's continuation (written28 dev-b −0.020)."""
    if _continues(primary, first, last, links):
        return True
    from .tail_model import KEEP_TAIL_AT, probability, tail_features

    features = tail_features(
        primary,
        first,
        last,
        links,
        share,
        confirmed if confirmed is not None else [True] * len(primary.blocks),
        lambda i: reads_as_article(primary.blocks[i], primary.words[i]),
    )
    if features[LINK_SHARE] >= CONTINUATION_LINKS:
        return False
    return probability(features) >= KEEP_TAIL_AT


#: where :func:`.tail_model.tail_features` puts the link share of the tail
LINK_SHARE = 5


def _continues(primary: Candidate, first: int, last: int, links: Callable[[], Shingles]) -> bool:
    """The blocks after ``last`` are the article's own text rather than the page's tail: a run
    of several paragraphs of running text (:data:`CONTINUATION_PARAGRAPHS`), most of its words
    in them (:data:`CONTINUATION_PROSE`), speaking of what the body speaks of
    (:data:`CONTINUATION_TOPIC`: a share of each block's content words, weighted by its length,
    found in the body from ``first`` to ``last``) and not made of the page's links
    (:data:`CONTINUATION_LINKS`).  Without the page's links (a merge of two readings alone)
    the tail trim stands: what follows one post of an undeclared live page is on its subject too.

    A page's tail is mostly lines (bylines, labels, links) or one or two paragraphs of its own
    (an author's bio, a disclaimer, an appeal for money); comments and teasers of other stories
    speak of other things.  The evidence is the kind of text, not any site's markup."""
    blocks, words = primary.blocks, primary.words
    tail = range(last + 1, len(blocks))
    total = sum(words[i] for i in tail)
    prose = [i for i in tail if reads_as_article(blocks[i], words[i])]
    if len(prose) < CONTINUATION_PARAGRAPHS:
        return False
    if sum(words[i] for i in prose) < CONTINUATION_PROSE * total:
        return False
    body = {
        w.lower()
        for i in range(first, last + 1)
        for w in _CONTENT_WORD.findall(block_text(blocks[i]))
    }
    shared = 0.0
    for i in tail:
        vocabulary = {w.lower() for w in _CONTENT_WORD.findall(block_text(blocks[i]))}
        if vocabulary:
            shared += words[i] * len(vocabulary & body) / len(vocabulary)
    if shared < CONTINUATION_TOPIC * total:
        return False
    pool = links()
    linked = sum(
        words[i] * len(primary.sets[i] & pool) / len(primary.sets[i])
        for i in tail
        if primary.sets[i]
    )
    return linked < CONTINUATION_LINKS * total


#: a paragraph of at least this many words is running text, not a line of chrome
RUNNING_TEXT_WORDS = 25


def _article_like(block: RawBlock, words: int) -> bool:
    return block.kind in ("paragraph", "quote") and words >= RUNNING_TEXT_WORDS


def _has_running_text(candidate: Candidate) -> bool:
    """A paragraph, quote or table cell of running text (a layout table holds the article's
    paragraphs in its cells)."""
    for block, words in zip(candidate.blocks, candidate.words, strict=True):
        if _article_like(block, words):
            return True
        cells = (cell for row in block.rows or [] for cell in row)
        if any(len(_TOKEN.findall(cell)) >= RUNNING_TEXT_WORDS for cell in cells):
            return True
    return False
