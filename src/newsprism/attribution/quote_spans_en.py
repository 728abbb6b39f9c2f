"""Finishing the English quote reader's finds (:mod:`.quotes_en`): quoted passages attached to
their cues, paragraph spans, quotes read once, duplicates dropped, the document's author."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from . import sources_en
from .bodies_en import body_noun
from .model import Found
from .quote_heads_en import _MIN_QUOTE_WORDS
from .quotemarks import QuotedSpan
from .trailing import trailing_cue


def _attach_quotes(
    text: str,
    found: list[Found],
    quoted: list[QuotedSpan],
    sentences: list[tuple[int, int]],
    paragraphs: Sequence[tuple[int, int]],
) -> list[Found]:
    """Quoted passages no cue claimed: merge interrupted quotes, continue the last speaker.

    ``found`` is kept sorted by start and the passages are taken in text order, so what came
    before a passage is a prefix of ``found``: the furthest end in it says whether a quote covers
    the passage's start, without a scan of every quote per passage (quadratic in long texts).
    """
    found.sort(key=lambda f: f.start)
    paras = _Spans(paragraphs)
    sents = _Spans(sentences)
    done = 0  # found[:done] start at or before the passage
    reach = -1  # the furthest end of a quote (not relayed) among them
    for q in sorted(quoted, key=lambda q: q.start):
        while done < len(found) and found[done].start <= q.start:
            if found[done].relayed_by is None:
                reach = max(reach, found[done].end)
            done += 1
        if q.words(text) < _MIN_QUOTE_WORDS or reach > q.start:
            continue
        first = bisect_left(found, q.start, hi=done, key=lambda f: f.start)
        later = bisect_left(found, q.end, lo=done, key=lambda f: f.start)
        if any(f.relayed_by is None for f in found[first:later]):
            continue  # a quote that starts inside the passage
        prev = _last_before(found, done, q.start)
        if prev is not None and prev.kind == "direct":
            gap = text[prev.end : q.start]
            if (
                "\n" not in gap
                and prev.cue
                and prev.cue[0] < q.start
                and (len(gap.split()) <= 12 or trailing_cue(text, q.end) is None)
            ):
                # “A,” said X. “B.”: one quote interrupted by its cue, also when the cue's
                # sentence runs on ("…,” said X, who ran against Y in 2012. “B.”) and B has no
                # cue of its own: PolNeAR annotates such a quote as one attribution; split, the
                # second part was a second quote with the speaker carried over
                prev.end = q.end
                reach = max(reach, q.end)
                continue
            if gap.count("\n\n") + gap.count("\n") <= 3 and paras.gap(prev.end, q.start) <= 1:
                found.insert(done, Found("direct", q.start, q.end, continues_previous=True))
                done, reach = done + 1, max(reach, q.end)
                continue
        if (
            prev is not None
            and prev.kind == "indirect"
            and prev.source is not None
            and paras.gap(prev.end, q.start) == 1
            and _ends_paragraph(text, prev.end, q.start)
            and _whole_paragraph(text, q.start, q.end, paras)
        ):
            # "Bradbrooke said warning people would not deter them." then a paragraph of
            # quotation with no cue of its own: his words, as a reader takes them
            found.insert(done, Found("direct", q.start, q.end, continues_previous=True))
            done, reach = done + 1, max(reach, q.end)
            continue
        if sents.covers(q) and q.words(text) >= 6:
            found.insert(done, Found("direct", q.start, q.end))
            done, reach = done + 1, max(reach, q.end)
    return found


#: a sentence end inside a quotation: its stop, then a capital (or a quote opening) after a space
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’»]?\s+[\"“«]?[A-Z0-9]")


def _whole_quotations(text: str, found: list[Found], quoted: Sequence[QuotedSpan]) -> None:
    """One quotation of several sentences is one quote: "As Friedman told me, “We are a small
    team. I would be lying if I said … per project.”", "“The old way … silo. That model is
    breaking. … will end,” Houssaini said."  The parse gives the cue's own sentence only — the
    first after a cue before the passage, the last before a cue after it — and the passage's
    other sentences went to no one (or to a noun inside them).  The quote whose cue stands
    outside the passage, in its paragraph, and whose words lie inside it is widened to the
    whole passage, when it is the only such quote there (two would be an interrupted passage
    read by two cues)."""
    for q in quoted:
        if not q.closed or q.paragraphs != 1:
            continue
        inner = text[q.inner_start : q.inner_end]
        if _SENTENCE_INSIDE.search(inner) is None or "\n" in inner:
            continue
        owners = [
            f
            for f in found
            if f.relayed_by is None
            and f.cue is not None
            and q.start <= f.start < f.end <= q.end
            and (f.cue[1] <= q.start or f.cue[0] >= q.end)
            and "\n" not in text[min(f.cue[0], q.start) : max(f.cue[1], q.end)]
        ]
        if len(owners) != 1:
            continue
        owner = owners[0]
        owner.start, owner.end = min(owner.start, q.start), max(owner.end, q.end)


def _ends_paragraph(text: str, end: int, next_start: int) -> bool:
    """Whether only a sentence's closing marks stand between ``end`` and the paragraph break
    before ``next_start``."""
    gap = text[end:next_start]
    cut = gap.find("\n")
    return cut >= 0 and not any(ch.isalnum() for ch in gap[:cut])


def _whole_paragraph(text: str, start: int, end: int, paras: _Spans) -> bool:
    """Whether a quoted passage is its paragraphs: nothing but marks before or after it (no
    cue of its own, no sentence of the writer's)."""
    if not paras.ordered:
        return False
    held = paras._holding(start)
    last = paras._holding(max(start, end - 1))
    if not len(held) or not len(last):
        return False
    a, b = paras.spans[held[0]][0], paras.spans[last[-1]][1]
    return not any(ch.isalnum() for ch in text[a:start] + text[end:b])


def _last_before(found: list[Found], done: int, pos: int) -> Found | None:
    """The last of ``found[:done]`` (not relayed) that ends by ``pos``: a step or two back."""
    for k in range(done - 1, -1, -1):
        if found[k].end <= pos and found[k].relayed_by is None:
            return found[k]
    return None


class _Spans:
    """Paragraphs or sentences, sorted and disjoint, looked up by bisection; any other list by a
    scan of every span, with the same answers."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self.starts = [s for s, _ in self.spans]
        self.ends = [e for _, e in self.spans]
        self.ordered = all(s <= e for s, e in self.spans) and all(
            e <= s for (_, e), (s, _) in zip(self.spans, self.spans[1:], strict=False)
        )

    def _holding(self, pos: int) -> range:
        """Indices of the spans with ``start <= pos <= end`` (sorted, disjoint spans)."""
        return range(bisect_left(self.ends, pos), bisect_right(self.starts, pos))

    def gap(self, a: int, b: int) -> int:
        """How many paragraphs apart ``a`` and ``b`` are (99 when neither is in one)."""
        if not self.ordered:
            idx = [i for i, (s, e) in enumerate(self.spans) if s <= a <= e or s <= b <= e]
            return idx[-1] - idx[0] if idx else 99
        held = [r for r in (self._holding(a), self._holding(b)) if len(r)]
        if not held:
            return 99
        return max(r[-1] for r in held) - min(r[0] for r in held)

    def covers(self, q: QuotedSpan) -> bool:
        """Whether the passage fills most of the sentence it starts in, or runs past it."""
        if self.ordered:
            k = bisect_right(self.starts, q.start) - 1
            candidates = self.spans[k : k + 1] if k >= 0 else []
        else:
            candidates = self.spans
        for s, e in candidates:
            if s <= q.start < e:
                return (q.end - q.start) >= 0.6 * (e - s) or q.end > e
        return False


def _quoted_once(found: list[Found]) -> list[Found]:
    """ "The agency quotes him as saying: “…”" is read twice, through "quotes" (the words
    relayed by the agency) and through "saying" (the quotation marks' words, his): one quote,
    the quotation with its marks, relayed by the agency."""
    drop: set[int] = set()
    for f in found:
        if f.relayed_by is None or f.cue is None or f.kind != "indirect":
            continue
        for g in found:
            if (
                g.kind == "direct"
                and g.cue is not None
                and g.relayed_by is None
                and g.start <= f.start
                and f.end <= g.end
                and f.cue[1] <= g.cue[0] < f.start
            ):
                g.relayed_by = f.relayed_by
                drop.add(id(f))
                break
    # "X quoted Y as saying that the prices "will stay"": the same words of the same speaker,
    # read once through "quoted" (relayed by X) and once through "saying" (their spans differ
    # by a quotation mark at an edge): one quote, relayed, over the longer span
    for f in found:
        if f.relayed_by is None or f.source is None or id(f) in drop:
            continue
        for g in found:
            if (
                g is not f
                and id(g) not in drop
                and g.relayed_by is None
                and g.kind == f.kind
                and g.source is not None
                and (g.source.start, g.source.end) == (f.source.start, f.source.end)
                and abs(g.start - f.start) <= 1
                and abs(g.end - f.end) <= 1
            ):
                f.start, f.end = min(f.start, g.start), max(f.end, g.end)
                drop.add(id(g))
    return [f for f in found if id(f) not in drop]


#: of two readings of the same words, the one naming a source is kept (a switch for measuring)
SOURCED_OVER_SOURCELESS = True


def _dedupe(found: list[Found]) -> list[Found]:
    """One quote per content span: the first cue wins, nested indirect duplicates are dropped."""
    out: list[Found] = []
    seen: dict[tuple[int, int], int] = {}
    for f in found:
        at = seen.get((f.start, f.end))
        if at is None:
            seen[(f.start, f.end)] = len(out)
            out.append(f)
        elif SOURCED_OVER_SOURCELESS and out[at].source is None and f.source is not None:
            # "Inflation is expected to slow, the bank said": a verb of saying with no one
            # named (a raising passive) and one naming who says it read the same words; the
            # one that names its source is the attribution, the passive part of what is said
            out[at] = f
    # "she added that he expected the flap to fade": a cue inside another quote's content is
    # part of what is reported, not a quote of its own (relayed speech excepted).  Whether some
    # other quote holds both the cue and the content: the furthest end among the quotes that
    # start early enough, by bisection over them sorted by start (with the second furthest, in
    # case the furthest is the quote itself); a scan of every quote per quote was quadratic.
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    starts = [out[i].start for i in order]
    furthest: list[tuple[int, int, int]] = []  # per prefix: (end, whose, second end)
    best, who, second = -1, -1, -1
    for i in order:
        if out[i].end > best:
            best, who, second = out[i].end, i, best
        elif out[i].end > second:
            second = out[i].end
        furthest.append((best, who, second))

    def inside_another(k: int, cue: int, f: Found) -> bool:
        last = bisect_right(starts, min(f.start, cue)) - 1
        if last < 0:
            return False
        best, who, second = furthest[last]
        end = second if who == k else best
        return end > cue and end >= f.end

    return [
        f
        for k, f in enumerate(out)
        if f.relayed_by is not None or f.cue is None or not inside_another(k, f.cue[0], f)
    ]


def _document_author(prep: Any) -> Any | None:
    """Who wrote a document, from its preposition: "a letter from a soldier" (any object), and,
    as translated Russian and Ukrainian news writes the genitive, "the appeal of the residents",
    "a letter of Arsen T." when the object of "of" is someone who can write (a person, a body,
    a name; not "a letter of complaint", "the text of the agreement")."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None or prep.lower_ == "from":
        return obj
    if sources_en.noun_class(obj) in ("person", "body", "name"):
        return obj
    return obj if body_noun(obj.lemma_.lower()) else None  # "the statement of the ministry"


def _named_author(author: Any) -> Any | None:
    """The person an author's description names ("from the boatswain of the trawler Ivan K.",
    "from a builder from Gdansk who signed as Mykola"): the last person's name inside it."""
    names = [t for t in author.subtree if t.ent_type_ == "PERSON" and t.i != author.i]
    if not names or author.ent_type_ == "PERSON":
        return None
    last = names[-1]
    if last.pos_ != "PROPN":
        return None
    if last.dep_ == "pobj" and last.head.lower_ in _OTHERS_PREPOSITIONS:
        return None  # "the lawyer of X", "a spokesman for X": X is whom the author speaks for
    # (a name in apposition after "of the <noun>" stays the author's: translated text writes
    # «боцман траулера Иван К.» as "the boatswain of the trawler Ivan K.", the case that
    # told whose name it is lost)
    return last


#: prepositions after which a name is another person than the author ("the lawyer of X", "a
#: spokesman for X", "the talks with X"); "who signed as X" names the author
_OTHERS_PREPOSITIONS = frozenset(["of", "for", "to", "with", "about", "against", "behalf"])
