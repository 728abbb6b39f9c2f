"""Who a pronoun or a description refers to from the sentences around its quote.

A quote with no cue of its own goes on with the speaker before it in its paragraph; a paragraph
of speech ending in "he said" goes to the person the paragraph before opens with; a pronoun
opening its sentence refers to the person the sentence before names or has as its subject
(Russian «он/она» by the person its own sentence names first).  Split out of :mod:`.speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..article import Sentence
from ..calendar_words import MONTHS_EN, WEEKDAYS_EN
from .clusters import Cluster, _cyrillic, _EntityClusters
from .descriptions import _definite_person
from .groups import _GENDER_PRONOUNS, _PAIR_REACH, _grouped, _may_be, _named_in, _together
from .model import Analysis, Found, SourceRef

#: how far (characters) a quote with no cue of its own may stand from the previous speaker's
MAX_FOLLOW_GAP = 300


def _same_paragraph_speaker(
    f: Found,
    resolved: list[tuple[Found, Cluster | None]],
    entity_cluster: _EntityClusters,
    text: str,
) -> Cluster | None:
    """ "“A,” she said, adding that …. “B.”": a quoted passage with no cue of its own that
    follows someone's words in the same paragraph is theirs, unless another person is named
    in between (then it is left unattributed rather than guessed)."""
    before = [(g, c) for g, c in resolved if g.end <= f.start and g.relayed_by is None]
    if not before:
        return None
    g, c = max(before, key=lambda gc: gc[0].end)
    gap = text[g.end : f.start]
    if c is None or len(gap) > MAX_FOLLOW_GAP:
        return None
    if "\n" in gap:
        # "… he said, adding that ….\n\n“B.”": a paragraph that is all quote, right after a
        # paragraph that ends with someone's words, goes on with them
        said_end = max(g.end, g.cue[1] if g.cue else 0, g.source.end if g.source else 0)
        tail, _, rest = text[said_end : f.start].partition("\n")
        if rest.strip() or len(tail.strip(" .,;")) > 40 or "\n" in text[f.start : f.end]:
            return None
    between = entity_cluster.inside(g.end, f.start)
    if any(other is not c and other.kind == "person" for other in between):
        return None
    # sentences without a cue may not have been through NER: any capitalised word that is not
    # this speaker's name may be someone else's
    own = {w.lower() for n in (c.name, *c.aliases) for w in n.split()}
    said = max(g.cue[1] if g.cue else 0, g.source.end if g.source else 0) - g.end
    for m in _CAPITALISED.finditer(gap, max(0, said)):
        word = m.group().lower()
        at = g.end + m.start()
        if entity_cluster.in_organisation(at):
            continue  # "told CNN": an outlet, not another speaker
        if word not in own and word not in _SENTENCE_OPENERS:
            return None
    return c


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
#: capitalised words that open a sentence and name nobody
_SENTENCE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "then",
        "there",
        "here",
        "still",
        "later",
        "earlier",
        "now",
        "mr",
        "ms",
        "mrs",
        "dr",
        *WEEKDAYS_EN,
        *MONTHS_EN,
    ]
)


#: how far into a sentence (characters) a person counts as the one it opens with
SUBJECT_REACH = 60


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quote starting at ``start`` opens its sentence: a paragraph ("…\n\n— We
    understand …, — he told Izvestia.") or after a full stop ("Manzara pointed to the trees.
    “This is where …,” he said.")."""
    before = text[:start].rstrip(" “\"'‘«—–-")
    return before.endswith("\n") or before.endswith((".", "!", "?"))


def _trailing_pronoun(f: Found) -> bool:
    src = f.source
    return (
        src is not None
        and src.kind == "pronoun"
        and not src.plural
        and (src.head or "") in ("he", "she")
        and src.start > f.start  # after the quote, or in a dash paragraph's author words
    )


def _trailing_description(f: Found, text: str, entity_cluster: _EntityClusters) -> bool:
    """ "— …, — the veteran said." closing a paragraph of dash speech: a definite description
    of one person, naming no one, after the words it attributes — like "he", the person the
    paragraph before opens with ("X, who …, talked to reporters outside.")."""
    src = f.source
    return (
        src is not None
        and src.kind == "description"
        and src.start > f.start
        and text[text.rfind("\n", 0, f.start) + 1 : f.start].strip() in ("—", "–", "-")
        and _definite_person(src)
        and not entity_cluster.inside(src.start, src.end)
    )


def _overlapping(
    sentences: tuple[Sentence, ...], ends: list[int], start: int, end: int
) -> tuple[int, ...]:
    """Ids of the sentences that overlap ``[start, end)``, found by bisection (a scan of every
    sentence for every quote made long articles quadratic)."""
    out = []
    for k in range(bisect_right(ends, start), len(sentences)):
        if sentences[k].start >= end:
            break
        out.append(sentences[k].id)
    return tuple(out)


def _previous_subject(
    f: Found,
    sentences: tuple[Sentence, ...],
    people: list[Cluster],
    found: list[Found],
    text: str = "",
) -> Cluster | None:
    """The one person of the pronoun's gender named at the start of the sentence right before
    the quote (not inside a quotation), or ``None`` (then the nearest-person rule decides)."""
    before = [s for s in sentences if s.end <= f.start]
    if not before or f.source is None:
        return None
    prev = before[-1]
    quoted = [(g.start, g.end) for g in found if g.kind == "direct"]
    if any(a <= prev.start < b for a, b in quoted):
        return None  # the sentence before is someone's quote: its names are not its subject
    return _opening_person(prev, people, f.source.gender, text)


def _opening_person(
    prev: Sentence, people: list[Cluster], gender: str | None, text: str
) -> Cluster | None:
    """The first person named near the start of ``prev`` (its subject), if they may be of
    ``gender``; ``None`` when no person opens it."""
    opening = [
        (m, e, c)
        for c in people
        for m, e in c.mentions
        if prev.start <= m < prev.start + SUBJECT_REACH
    ]
    if not opening:
        return None
    # the first person named: the subject; of two mentions that begin together the longer is
    # the phrase the other is inside ("Tom Baker's wife" holds Tom Baker, her owner)
    first = min(opening, key=lambda mec: (mec[0], -mec[1]))[2]
    return first if _may_be(first, gender, text[prev.start : prev.end]) else None


#: "quotes him", "quoted her": an outlet's verb of quoting right before a pronoun object
_QUOTING_BEFORE = re.compile(r"\b(?:quotes|quoted|quoting|cites|cited)\s+$", re.IGNORECASE)


def _quoted_object(
    src: SourceRef,
    sentences: tuple[Sentence, ...],
    people: list[Cluster],
    found: list[Found],
    text: str,
) -> Cluster | None:
    """The person a pronoun that an outlet's verb of quoting takes as its object stands for
    ("The minister X visited Y on Monday. The agency quotes him as saying …"): the one the
    sentence before opens with, its subject — who the next sentence goes on about — rather
    than the nearest person-like name (a village NER took for a person, "flew to Uliastai")."""
    if src.kind != "pronoun" or src.plural or (src.head or "") not in ("him", "her"):
        return None
    if _QUOTING_BEFORE.search(text, max(0, src.start - 12), src.start) is None:
        return None
    before = [s for s in sentences if s.end <= src.start]
    if not before:
        return None
    prev = before[-1]
    if any(prev.end <= m < src.start for c in people for m, _ in c.mentions):
        return None  # "… writes his name as X and quotes him": named in its own sentence
    if any(g.kind == "direct" and g.start <= prev.start < g.end for g in found):
        return None  # the sentence before is someone's quote: its names are not its subject
    return _opening_person(prev, people, src.gender, text)


#: how far into its sentence (characters) a pronoun counts as opening it ("According to him")
OPENING_REACH = 16
#: where a sentence ends in the text (the segmenter may join "… Igor P. According to him")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”»]?\s+")


def _previous_sentence(
    src: SourceRef, sentences: tuple[Sentence, ...], text: str
) -> tuple[int, int] | None:
    """The span of the sentence before the one a pronoun opens ("According to him", "He
    said"), or ``None`` when the pronoun does not open its sentence."""
    if src.kind != "pronoun" or src.plural or (src.head or "") not in ("he", "she", "him", "her"):
        return None
    breaks = list(_SENTENCE_BREAK.finditer(text, max(0, src.start - OPENING_REACH), src.start))
    if not breaks:
        return None
    end = breaks[-1].start() + 1
    starts = [s.start for s in sentences]
    k = bisect_right(starts, end - 1) - 1
    if k < 0:
        return None
    start = sentences[k].start
    if end - start < 2:
        return None
    return start, end


def _owner_in_sentence(
    f: Found,
    sentences: tuple[Sentence, ...],
    people: list[Cluster],
    resolved: list[tuple[Found, Cluster | None]],
    analysis: Analysis,
) -> Cluster | None:
    """The person a singular Russian pronoun source stands for within its own sentence
    (:data:`RU_SENTENCE_OWNER`), or ``None`` to resolve it as before.  A name inside the words
    the pronoun's speaker says is not counted (they speak of that person)."""
    src = f.source
    k = _ru_pronoun_sentence(src, sentences)
    if src is None or k is None:
        return None
    span = (sentences[k].start, src.start)
    # a sentence the parse gave no subject before the pronoun was not parsed (or has none to
    # go by): its people are taken as before
    parsed = any(span[0] <= s < span[1] for s in analysis.subjects)
    fits = [
        c
        for c in _named_in(span, people, analysis.found)
        if c.gender in (None, src.gender)
        and any(
            span[0] <= m < span[1]
            and not f.start <= m < f.end
            and (not parsed or _subject_at(m, e, analysis))
            for m, e in c.mentions
        )
    ]
    if len(fits) == 1:
        return fits[0]
    credited = {
        id(c): c
        for g, c in resolved
        if c is not None
        and id(c) in {id(x) for x in fits}
        and g.source is not None
        and span[0] <= g.source.start < span[1]
    }
    return next(iter(credited.values())) if len(credited) == 1 else None


def _ru_pronoun_sentence(src: SourceRef | None, sentences: tuple[Sentence, ...]) -> int | None:
    """The index of the sentence a singular Russian «он/она» source stands in, or ``None`` when
    the source is no such pronoun (or stands before every sentence)."""
    if src is None or src.kind != "pronoun" or src.plural or src.end <= src.start:
        return None
    if (src.head or "") not in ("он", "она") or not _cyrillic(src.text):
        return None
    k = bisect_right([s.start for s in sentences], src.start) - 1
    return k if k >= 0 else None


#: the person a pronoun takes from its own sentence must be named there as a subject (the
#: parse's): a child named in a list, an addressee or a possessor is no one the sentence speaks
#: through (twenty-ninth session; the development half A had lost «она» to a child so)
RU_OWNER_SUBJECT = True


def _subject_at(start: int, end: int, analysis: Analysis) -> bool:
    """Whether the mention ``start``–``end`` holds a word the parse makes (part of) a subject;
    always true with :data:`RU_OWNER_SUBJECT` off."""
    if not RU_OWNER_SUBJECT:
        return True
    return any(start <= s < end for s in analysis.subjects)


def _subject_before_ru(
    f: Found,
    sentences: tuple[Sentence, ...],
    people: list[Cluster],
    analysis: Analysis,
    text: str,
) -> Cluster | None:
    """The person a singular Russian subject pronoun (:data:`RU_PREVIOUS_SUBJECT`) carries on
    from the sentence before, or ``None`` to resolve it as before: only where its own sentence
    names no one before it, and the sentence before reports nobody's words, was parsed and
    names exactly one person of its gender as a subject."""
    src = f.source
    k = _ru_pronoun_sentence(src, sentences)
    if src is None or k is None or k < 1:
        return None
    own = (sentences[k].start, src.start)
    if _named_in(own, people, analysis.found):
        return None  # its own sentence names someone first: :func:`_owner_in_sentence` decides
    prev = (sentences[k - 1].start, sentences[k - 1].end)
    if not any(prev[0] <= s < prev[1] for s in analysis.subjects):
        return None  # not parsed: nothing to go by
    # only a person introduced without a verb of saying: where the sentence before reports
    # someone's words, the next «он» is left to the speaker rules as before
    if any(g.cue is not None and prev[0] <= g.cue[0] < prev[1] for g in analysis.found):
        return None
    fits = [
        c
        for c in _named_in(prev, people, analysis.found)
        if _may_be(c, src.gender, text[prev[0] : prev[1]])
        and any(prev[0] <= m < prev[1] and _subject_at(m, e, analysis) for m, e in c.mentions)
    ]
    return fits[0] if len(fits) == 1 else None


def _described_subject(
    span: tuple[int, int],
    src: SourceRef,
    people: list[Cluster],
    resolved: list[tuple[Found, Cluster | None]],
) -> Cluster | None:
    """The person the sentence before a pronoun opens with as the source of a reading, when a
    definite description names them ("The governor backed Voronina."), no one is named before
    it in that sentence and someone is named in what it is read to say: the subject, whom the
    next "he" carries on, rather than the one named after it or the person quoted last
    (English)."""
    if _cyrillic(src.text):
        return None
    for g, c in resolved:
        s = g.source
        if s is None or c is None or s.kind != "description" or s.plural:
            continue
        if not span[0] <= s.start < span[1] or not _definite_person(s):
            continue
        if c.kind != "person" or src.gender is not None and c.gender not in (None, src.gender):
            return None
        named = any(span[0] <= m < s.start for p in people for m, _ in p.mentions)
        # only where the one named stands in what the described person is read to say (the
        # reading that would otherwise hand "he" to them): elsewhere the nearest-person rule
        about = any(g.start <= m < g.end for p in people for m, _ in p.mentions)
        return c if about and not named else None
    return None


def _sole_person_before(
    span: tuple[int, int],
    src: SourceRef,
    people: list[Cluster],
    found: list[Found],
    text: str = "",
) -> Cluster | None:
    """The one person of the pronoun's gender that the sentence right before names outside any
    quotation, when it names exactly one person (else ``None``: the nearest-person rule)."""
    named = _named_in(span, people, found)
    if len(named) != 1:
        return None
    only = named[0]
    return only if _may_be(only, src.gender, text[span[0] : span[1]]) else None


def _one_of_two_before(
    span: tuple[int, int],
    src: SourceRef,
    people: list[Cluster],
    found: list[Found],
    text: str,
    groups: dict[tuple[int, int], Cluster],
) -> Cluster | None:
    """Of two people named together in the sentence before ("The chairwoman Gulnara T. and the
    trader Bakyt S. met the deputies. She said …. He said …"), the one the pronoun's gender
    picks: the only one known to be of it, or the only one not known to be of the other.  "He
    said" right after "She said …" looks past her sentence to the two."""
    if src.gender is None:
        return None
    named = _named_in(span, people, found)
    if not named:
        other = _GENDER_PRONOUNS["f" if src.gender == "m" else "m"]
        if other.match(text, span[0]) is None:
            return None
        # the sentence before "She said …": from the break before it (or its paragraph)
        reach = max(0, span[0] - _PAIR_REACH)
        earlier = list(_SENTENCE_BREAK.finditer(text, reach, max(reach, span[0] - 2)))
        start = earlier[-1].end() if earlier else text.rfind("\n", 0, span[0]) + 1
        span = (start, span[0])
        named = _named_in(span, people, found)
    if len(named) != 2 or not (_together(span, named, text) or _grouped(span, named, groups)):
        return None  # not two people named together ("A and B met …")
    same = [c for c in named if c.gender == src.gender]
    unknown = [c for c in named if c.gender is None]
    if len(same) == 1:
        return same[0]
    return unknown[0] if not same and len(unknown) == 1 else None
