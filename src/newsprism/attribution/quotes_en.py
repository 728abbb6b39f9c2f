"""English quotes, cues and sources from a spaCy dependency parse.

A *cue* is a reporting verb ("said", "told", "warned", "believes") or "according to".  Its
content is the clausal complement (``ccomp``) or the quoted passage it introduces; its source is
the verb's subject.  Quoted passages with no cue of their own either continue the previous
speaker's words (an interrupted or multi-paragraph quote) or stay unattributed.  Reporting verbs
inside a quote whose subject is someone else ("a neighbour told me that …") are relayed speech.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..budget import checked
from . import learned_en, sources_en, tagger_en
from .anonymity_en import anonymity_request
from .bracketed_en import bracketed_sources
from .clause_colon_en import Parse, clause_colon_quotes
from .colon_en import colon_statements, within_statements
from .dashspeech import find_dash_speech, open_paragraphs_before
from .demonstratives_en import demonstratives, this_read_twice
from .interview_en import with_interviews
from .learned_en import Candidate
from .lexicon_en import ATTITUDE_VERBS as ATTITUDE_VERBS
from .lexicon_en import CUE_LEMMAS
from .lexicon_en import SPEECH_VERBS as SPEECH_VERBS
from .model import Analysis, Entity, Found, SourceRef
from .name_runs import split_name_runs
from .nested_en import relay_nested
from .pointed_back_en import pointed_back
from .quote_heads_en import _inverted_name as _inverted_name
from .quote_heads_en import _same_person_names
from .quote_spans_en import _attach_quotes, _dedupe, _quoted_once, _whole_quotations
from .quotemarks import QuotedSpans, find_quoted
from .reader_base_en import _PREFIX_HYPHEN
from .reader_base_en import COLON_REACH as COLON_REACH
from .reader_cues_en import _Reader as _Reader
from .relay_en import drop_spelling_asides, relayed_sources
from .said_in_en import said_in
from .select_en import chunks_to_parse, inflections, mentions_outside
from .signed_en import signed_quotes
from .spacy_speed import verb_exceptions
from .stock_en import drop_stock_phrases
from .transcript_en import with_transcript

# an import ``X as X`` keeps a name other modules and the tests import from here

#: a paragraph that opens with a dash: a turn of speech of its own
_OPENS_DASH = re.compile(r"\s*[—–]\s")


def for_parser(text: str) -> str:
    """``text`` as the parser reads it: of the same length, every character in its place, the
    hyphen after a bound prefix of an office a space (:data:`_PREFIX_HYPHEN`)."""
    if "-" not in text:
        return text
    return _PREFIX_HYPHEN.sub(lambda m: m.group(0)[:-1] + " ", text)


def common_openers(doc: Any, offset: int) -> list[int]:
    """Offsets (in the article, ``offset`` being the doc's) of the capitalised words that open a
    sentence of ``doc`` as common words, not names: the tagger calls the word a common one (not
    ``PROPN``) and either a verb ("Mark the date, he said") or a modifier of the lower-case noun
    right after it ("Rice prices rose …", "Young farmers are leaving …", "Price rises hit …") —
    a name opening a sentence is its subject ("Rice said …", "Price declined …"), or written
    apart from the next word ("Rice, the minister, …").  At a sentence start the capital says
    nothing, so the surname of a person named in the article must not be read there as them."""
    out = []
    for sent in doc.sents:
        tok = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if tok is None or not tok.is_title or not tok.is_alpha or tok.pos_ == "PROPN":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        modifies_next = (
            nxt is not None
            and tok.dep_ in ("compound", "amod")
            and tok.head.i == nxt.i
            and nxt.pos_ == "NOUN"
            and nxt.is_lower
        )
        if modifies_next or tok.pos_ == "VERB":
            out.append(offset + tok.idx)
    return out


def analyse(
    nlp: Any,
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]] | None = None,
    proposals: list[Candidate] | None = None,
    seen: list[tuple[_Reader, Any, bool]] | None = None,
    source_rows: list[tuple[Found, list[sources_en.Candidate]]] | None = None,
) -> Analysis:
    """Quotes and named entities of an English text split into ``paragraphs``.

    With the article's ``sentences``, only the sentences that may hold an attribution (and the
    antecedents their sources need) are parsed, see :mod:`.select_en`; without, every paragraph.
    The rules' attributions are joined by those the learned cue finder (:mod:`.learned_en`)
    accepts; given a ``proposals`` list, it receives every reading the finder considered
    instead, and none is added (for training).  In the parsed sentences where neither found
    anything, the learned span tagger (:mod:`.tagger_en`) proposes attributions; given a
    ``seen`` list, it receives every parsed sentence with its reader and whether it was left
    open so, and the tagger does not run (for training).
    """
    model = learned_en.load() if proposals is None else None
    tagger = tagger_en.load() if seen is None and proposals is None else None
    sents: list[tuple[_Reader, Any, bool]] = []
    considered: list[Candidate] = []
    quoted = QuotedSpans(q for q in find_quoted(text, list(paragraphs)) if q.words(text) >= 1)
    if sentences is None:
        chunks = list(paragraphs)
    else:
        chunks = chunks_to_parse(text, paragraphs, sentences, quoted, _cue_forms(nlp))
    parse_text = for_parser(text)
    docs = nlp.pipe(checked([parse_text[a:b] for a, b in chunks]))  # the time budget, per chunk
    found: list[Found] = []
    entities: list[Entity] = []
    parsed: list[tuple[int, int]] = []
    readings: list[tuple[int, SourceRef, SourceRef | None]] = []
    openers: list[int] = []
    readers: list[tuple[int, Any, Any]] = []
    for (c_start, _), doc in zip(chunks, docs, strict=True):
        reader = _Reader(text, c_start, quoted)
        readers.append((c_start, doc, reader.source))
        split_name_runs(doc)
        entities.extend(reader.entities(doc))
        openers.extend(common_openers(doc, c_start))
        dash = find_dash_speech(text, c_start, c_start + len(doc.text))
        dash_found = reader.dash(doc, dash) if dash is not None else None
        if dash_found is None:
            dash = None
        else:
            if _OPENS_DASH.match(text, c_start) is None:  # the close of a longer speech
                dash_found.start = open_paragraphs_before(text, dash_found.start)
            else:  # the last of several dash paragraphs, its author named only here
                begin = open_paragraphs_before(text, c_start, turns=True)
                if begin < c_start:
                    dash_found.start = begin
            found.append(dash_found)
        for sent in doc.sents:
            parsed.append((c_start + sent.start_char, c_start + sent.end_char))
            read_before = len(reader.readings)
            sent_found = reader.sentence(sent)
            # a sentence announcing a letter read out is taken, though it found no attribution
            sents.append((reader, sent, dash is None and len(reader.readings) == read_before))
            for f in sent_found:
                if dash is None or not dash.start <= f.start < dash.end:
                    found.append(f)
            if (model is not None or proposals is not None) and dash is None:
                considered += learned_en.candidates(reader, sent, model)
        readings.extend(reader.readings)
    if sentences is not None:
        mentions, to_parse = mentions_outside(text, entities, chunks, paragraphs, sentences)
        for (c_start, _), doc in zip(
            to_parse, nlp.pipe(checked([parse_text[a:b] for a, b in to_parse])), strict=True
        ):
            split_name_runs(doc)
            mentions.extend(_Reader(text, c_start, quoted).entities(doc))
            openers.extend(common_openers(doc, c_start))
        entities = sorted(entities + mentions, key=lambda e: e.start)
    # one capitalised word NER took for a person where it opens a sentence as a common word
    # ("Rice prices rose …" in an article naming Helen Rice)
    common = frozenset(openers)
    entities = [
        e
        for e in entities
        if not (e.label == "PER" and e.start in common and " " not in text[e.start : e.end])
    ]
    entities = _places_after_from(text, _same_person_names(entities))
    found = demonstratives(text, found, list(sentences or parsed), paragraphs)
    _whole_quotations(text, found, quoted)
    found = _attach_quotes(text, found, quoted, list(sentences or parsed), paragraphs)
    if proposals is not None:
        proposals += learned_en.novel(considered, found)
    elif model is not None:
        found += learned_en.select(model, considered, found)
    if tagger is not None or seen is not None:
        found += _tag_open(tagger, sents, found, seen)
    found = this_read_twice(text, found)
    found = with_interviews(text, paragraphs, found)
    found = with_transcript(text, paragraphs, found)
    colon = colon_statements(text, paragraphs, found)
    if colon:  # sourceless readings inside a body's colon statement give way to it
        spans = [(c.source.start if c.source else c.start, c.end) for c in colon]
        found = [f for f in found if not within_statements(f, spans)] + colon
    found = signed_quotes(text, paragraphs, found)
    found = bracketed_sources(text, paragraphs, found)
    found = said_in(text, list(sentences or parsed), found)
    found = relay_nested(text, found)
    found = relayed_sources(text, found)
    if proposals is None and seen is None:
        sources_en.rerank(
            sources_en.load() if source_rows is None else None, found, sents, source_rows
        )
    drop_spelling_asides(text, found)
    found = drop_stock_phrases(text, found, readers)
    found = [f for f in found if not anonymity_request(text, f)]
    # "«…»\n\nThese words belong to X": a paragraph's quotation, its speaker named after it
    parse = _parse_of(nlp, parse_text, readers)
    found = pointed_back(text, paragraphs, found, entities, parse)
    # 'The minister was short in the parliament: "…"': a colon after a clause about a person
    found = clause_colon_quotes(text, quoted, found, entities, list(sentences or parsed), parse)
    found.sort(key=lambda f: (f.start, -f.end))
    return Analysis(
        found=_dedupe(_quoted_once(found)),
        entities=entities,
        readings=readings,
        common_openers=common,
    )


#: a preposition of place right before a word ("came from Kant", "the branch in Kant")
_PLACE_BEFORE = re.compile(r"\b(?:from|in|near|at)\s+$")


def _places_after_from(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` without the one-word persons NER found only after a preposition of place
    ("the depositors, who came from Kant", "came to the headquarters from Keperveem": a town
    NER took for a surname, which a later "he said" then called back), unless the word is the
    surname of a person the article names in full."""
    surnames = {e.text.split()[-1] for e in entities if e.label == "PER" and " " in e.text.strip()}
    alone = {
        e.text
        for e in entities
        if e.label == "PER"
        and " " not in e.text.strip()
        and _PLACE_BEFORE.search(text, max(0, e.start - 8), e.start) is None
    }
    return [
        e
        for e in entities
        if not (
            e.label == "PER"
            and " " not in e.text.strip()
            and e.text not in surnames
            and e.text not in alone
            and _PLACE_BEFORE.search(text, max(0, e.start - 8), e.start) is not None
        )
    ]


def _parse_of(nlp: Any, parse_text: str, readers: list[tuple[int, Any, Any]]) -> Parse:
    """The dependency parse of a stretch of the text: from the chunk parsed already that holds
    it, else parsed on its own (a sentence the selection of :mod:`.select_en` left out)."""

    def parse(a: int, b: int) -> tuple[int, Any]:
        for c_start, doc, _ in readers:
            if c_start <= a and b <= c_start + len(doc.text):
                span = doc.char_span(a - c_start, b - c_start, alignment_mode="expand")
                if span is not None:
                    return c_start, span
        return a, next(iter(nlp.pipe(checked([parse_text[a:b]]))))[:]

    return parse


def _tag_open(
    tagger: tagger_en.TaggerModel | None,
    sents: list[tuple[_Reader, Any, bool]],
    found: list[Found],
    seen: list[tuple[_Reader, Any, bool]] | None,
) -> list[Found]:
    """The tagger's attributions in the parsed sentences that overlap none found so far (as
    the cue finder's readings are joined: :func:`.learned_en.overlaps` both ways); with
    ``seen``, the sentences are only reported, each with whether no attribution touches it."""
    out: list[Found] = []
    to_tag: list[tuple[_Reader, Any]] = []
    near = learned_en.Neighbours(found)
    for reader, sent, free in sents:
        if seen is not None:
            a, b = reader.offset + sent.start_char, reader.offset + sent.end_char
            touched = any(f.start < b and f.end > a for f in found) or any(
                f.cue is not None and a <= f.cue[0] < b for f in found
            )
            seen.append((reader, sent, free and not touched))
        elif free and tagger is not None and not _inside_one(reader, sent, near):
            to_tag.append((reader, sent))
    if tagger is not None and to_tag:
        for tagged in tagger_en.tag_all(tagger, to_tag):
            out += [
                t
                for t in tagged
                if not any(
                    learned_en.overlaps(t, f) or learned_en.overlaps(f, t) for f in near.of(t)
                )
            ]
    return out


def _inside_one(reader: _Reader, sent: Any, near: learned_en.Neighbours) -> bool:
    """Whether all the words of ``sent`` lie inside one attribution's content (a sentence of a
    longer quote): whatever the tagger found there would overlap it, so it is not read."""
    words = [t for t in sent if t.is_alpha]
    if not words:
        return True
    a = reader.offset + words[0].idx
    b = reader.offset + words[-1].idx + len(words[-1])
    return any(f.start <= a and b <= f.end for f in near.meeting(a, b))


@lru_cache(maxsize=4)
def _cue_forms(nlp: Any) -> frozenset[str]:
    """Word forms that may start an attribution: every inflection of the cue words (computed
    once per loaded pipeline)."""
    return inflections(CUE_LEMMAS, verb_exceptions(nlp))
