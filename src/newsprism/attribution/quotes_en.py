"""English quotes, cues and sources from a spaCy dependency parse.

A *cue* is a reporting verb ("said", "told", "warned", "believes") or "according to".  Its
content is the clausal complement (``ccomp``) or the quoted passage it introduces; its source is
the verb's subject.  Quoted passages with no cue of their own either continue the previous
speaker's words (an interrupted or multi-paragraph quote) or stay unattributed.  Reporting verbs
inside a quote whose subject is someone else ("a neighbour told me that …") are relayed speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..budget import checked
from . import learned_en, sources_en, tagger_en
from .anonymity_en import anonymity_request, asks_anonymity
from .bodies_en import body_noun, named_body
from .bracketed_en import bracketed_sources
from .clause_colon_en import Parse, clause_colon_quotes
from .colon_en import colon_statements, within_statements
from .cues_en import adjective_cue, adverb_cue, noun_cue, prep_cue, raising_cue
from .dashspeech import DashSpeech, find_dash_speech, open_paragraphs_before
from .demonstratives_en import REPORTS_BACK, demonstratives, this_read_twice
from .given_names import is_given_name
from .interview_en import with_interviews
from .learned_en import Candidate
from .lexicon_en import (
    ADDRESS_VERBS,
    ATTITUDE_ADJECTIVES,
    ATTITUDE_VERBS,
    CUE_LEMMAS,
    CUE_NOUNS,
    EVIDENCE_NOUNS,
    LEMMA_FIXES,
    NEEDS_CLAUSE,
    RAISING_PASSIVES,
    RAISING_VERBS,
    RELAY_VERBS,
    REPORT_ADVERBS,
    SPEECH_VERBS,
    STANCE_PREPS,
    STATEMENT_NOUNS,
    VERB_PREPS,
)
from .model import Analysis, Entity, Found, QuoteKind, SourceKind, SourceRef
from .name_runs import first_name_gender, office_before, office_of, split_name_runs
from .names import HONORIFICS, TITLES, split_honorific, strip_suffix
from .nested_en import relay_nested
from .person_nouns_data import PERSON_NOUNS
from .pointed_back_en import pointed_back
from .quotemarks import QuotedSpan, QuotedSpans, find_quoted, trim_span
from .relay_en import drop_spelling_asides, relayed_sources
from .roles import (
    EN_ANONYMOUS,
    EN_COLLECTIVE,
    EN_DOCUMENTS,
    EN_FEMALE,
    EN_GROUPS,
    EN_MALE,
    EN_ORGANIZATIONS,
    EN_PERSON_NOUNS,
    EN_TITLE_ABBREVIATIONS,
    ROLE_SYNONYMS,
)
from .roles_en import describe
from .said_in_en import said_in
from .select_en import chunks_to_parse, inflections, mentions_outside
from .signed_en import signed_quotes
from .spacy_speed import verb_exceptions
from .stock_en import drop_stock_phrases
from .trailing import trailing_cue
from .transcript_en import with_transcript

_PRONOUNS = {
    "he": ("m", False),
    "she": ("f", False),
    "they": (None, True),
    "it": (None, False),
    "i": (None, False),
    "we": (None, True),
    # "According to him", "according to them"
    "him": ("m", False),
    "her": ("f", False),
    "them": (None, True),
}
_MIN_QUOTE_WORDS = 4
#: a paragraph that opens with a dash: a turn of speech of its own
_OPENS_DASH = re.compile(r"\s*[—–]\s")
#: the hyphen of an office with a bound prefix ("vice-mayor", "co-chairman", "ex-minister"): the
#: small model splits it into three tokens and often makes the prefix the subject and the
#: office a stray apposition, so the source of "The first vice-president of X Ivan P. told …"
#: became "The first vice".  The parser reads the hyphen as a space ("vice mayor", a compound
#: it knows); the offsets stay those of the text, whose own words the sources quote.
_PREFIX_HYPHEN = re.compile(r"(?i)\b(?:vice|co|ex)(-)(?=[a-z])")
_PREFIX_SPACE = re.compile(r"(?i)\b(?:vice|co|ex) (?=[a-z])")


def for_parser(text: str) -> str:
    """``text`` as the parser reads it: of the same length, every character in its place, the
    hyphen after a bound prefix of an office a space (:data:`_PREFIX_HYPHEN`)."""
    if "-" not in text:
        return text
    return _PREFIX_HYPHEN.sub(lambda m: m.group(0)[:-1] + " ", text)


#: how many words a colon may follow and still close a speaker's name ("The Ministry of Natural
#: Resources, Ecology and Technical Supervision: …", a body's full name in a news brief)
COLON_REACH = 12


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _lemma(tok: Any) -> str:
    """The token's lemma, lower-cased, with spaCy's known slips corrected."""
    return LEMMA_FIXES.get(tok.lower_) or str(tok.lemma_).lower()


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


class _Reader:
    def __init__(self, text: str, offset: int, quoted: list[QuotedSpan]) -> None:
        self.text = text
        self.offset = offset
        self.quoted = quoted if isinstance(quoted, QuotedSpans) else QuotedSpans(quoted)
        self.readings: list[tuple[int, SourceRef, SourceRef | None]] = []
        #: indices of the tokens that opened a rule's attribution (the learned finder skips them)
        self.cue_tokens: set[int] = set()

    # -- spans -------------------------------------------------------------------------------

    def span(self, first: Any, last: Any) -> tuple[int, int]:
        """Character span of tokens ``first..last`` trimmed of punctuation at both ends."""
        doc = first.doc
        i, j = first.i, last.i
        while i < j and (doc[i].is_punct and doc[i].text not in "“\"«‘'" or doc[i].is_space):
            i += 1
        # a closing quotation mark stays, and so does a sign that is part of a figure ("40-45%")
        while j > i and (doc[j].is_punct and doc[j].text not in "”\"»’'%‰" or doc[j].is_space):
            j -= 1
        return self.offset + doc[i].idx, self.offset + doc[j].idx + len(doc[j].text)

    def quote_at(self, pos: int) -> QuotedSpan | None:
        return self.quoted.at(pos)

    # -- entities ----------------------------------------------------------------------------

    def entities(self, doc: Any) -> list[Entity]:
        out = []
        for ent in doc.ents:
            label = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "NORP": "ORG"}.get(ent.label_)
            if label is None and ent.label_ in _NOT_NAMES_OF_PEOPLE:
                # "Nino Beridze" read as a building: a transliterated name NER has not seen
                label = "PER" if _given_named(list(ent)) else None
            if label is None:
                continue
            if ent.label_ == "NORP" and not ent.text.endswith("s"):
                continue  # "Democratic", "British": an adjective, not a group that speaks
            tokens = [t for t in ent if not (t.is_punct or t.tag_ == "POS" or t.text == "’s")]
            if label == "PER":
                # a headline in capitals runs on: "Mayor Might Not Have Meant …"
                cut = next((i for i, t in enumerate(tokens) if t.lower_ in _NOT_IN_NAMES), None)
                tokens = tokens[:cut] if cut is not None else tokens
                while tokens and tokens[0].lower_ in _VERBS_BEFORE_NAMES:
                    tokens = tokens[1:]  # "Stated Roger Stone: …"
                if tokens and tokens[-1].lower_ in EN_ORGANIZATIONS:
                    label = "ORG"  # "the White House": NER may call it a person
                elif tokens and _body_named(doc, tokens):
                    label = "ORG"  # "The South Caucasus Railway", "the service Kyrgyzhydromet"
            if label == "ORG":
                titled = _titled_person(tokens)
                if titled is not None:
                    label, tokens = "PER", titled  # "Major-Gen Gopaul Govender": NER said ORG
                elif ent.label_ != "NORP" and _given_named(tokens):
                    label = "PER"  # "Nino Beridze": a transliterated name NER took for a body
            if not tokens:
                continue
            if label == "PER" and len(tokens) == 1 and tokens[0].i > 0:
                # "Artem Dmitruk, a member of …": NER took the surname only
                prev = doc[tokens[0].i - 1]
                if (
                    prev.pos_ == "PROPN"
                    and prev.is_title
                    and prev.is_alpha
                    and prev.dep_ == "compound"
                    and prev.head.i == tokens[0].i
                    and not prev.ent_type_
                    and prev.lower_ not in TITLES
                    and prev.lower_ not in HONORIFICS
                ):
                    tokens = [prev, *tokens]
            start, end = self.span(tokens[0], tokens[-1])
            name = self.text[start:end]
            words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
            if not words:
                continue
            ent_out = Entity(start, end, name, label, name)
            ent_out.plural = ent.label_ == "NORP" or tokens[-1].tag_ == "NNPS"
            if label == "PER":
                title_gender, words, _ = split_honorific(words)
                words = strip_suffix(words)
                ent_out.last = words[-1]
                ent_out.first = words[0] if len(words) > 1 else None
                ent_out.role, ent_out.gender = self.role_of(tokens[0], tokens[-1])
                before = office_before(doc, tokens[0])
                given = (ent_out.role or "").lower()
                if before and " of " in before and " - " not in before and given in before.lower():
                    ent_out.role = before  # "mayor of the Lviv region", not "the Lviv region"
                ent_out.role = office_of(doc, tokens[0]) or ent_out.role or before
                # a title ("Mr", "Ms") says more than the name dictionary's guess
                ent_out.gender = ent_out.gender or title_gender
                if ent_out.gender is None and ent_out.first:
                    ent_out.gender = first_name_gender(ent_out.first)
                    ent_out.gender_guessed = ent_out.gender is not None
            elif label == "ORG":
                # also kept for names NER took for organisations ("opposition politician
                # Alexei Navalny"), which speaker resolution turns back into people
                ent_out.role = self.role_of(tokens[0], tokens[-1])[0]
            if ent_out.role:
                ent_out.role = self._as_written(ent_out.role, tokens[0].sent)
            out.append(ent_out)
        return out

    def role_of(self, first: Any, last: Any) -> tuple[str | None, str | None]:
        """The description written next to a name, and a gender it implies."""
        doc = first.doc
        parts = describe(first, last)
        role = self._as_written(", ".join(parts), first.sent) if parts else None
        gender = None
        # "Her son, Tom Marsh": a possessive that opens the description is its owner's gender,
        # not the person's (in "who lost her job" the pronoun is the person's own)
        role_words = {
            w.lower().strip(".,")
            for part in parts
            for k, w in enumerate(part.split())
            if k > 0 or w.lower() not in _OWNER_POSSESSIVES
        }
        before = doc[first.i - 1].text.lower().rstrip(".") if first.i > 0 else ""
        if role_words & EN_FEMALE or before in ("ms", "mrs", "miss"):
            gender = "f"
        elif role_words & EN_MALE or before == "mr":
            gender = "m"
        return role, gender

    def _as_written(self, part: str, sent: Any) -> str:
        """A description read from the parser's tokens as the text writes it: the hyphen the
        parser read as a space (:func:`for_parser`) given back ("vice-premier")."""
        hyphened = _PREFIX_SPACE.sub(lambda m: m.group(0)[:-1] + "-", part)
        if hyphened == part:
            return part
        written = self.text[self.offset + sent.start_char : self.offset + sent.end_char].lower()
        return hyphened if hyphened.lower() in written and part.lower() not in written else part

    # -- sources -----------------------------------------------------------------------------

    def source(self, root: Any) -> SourceRef:
        if root.is_punct and root.i > 0 and not root.nbor(-1).is_punct:
            # "Martin Luther King Sr. said": the tokenizer split the abbreviation's full stop
            # off and the parser made it the subject; the name before it is meant
            before = root.nbor(-1)
            ent = next((e for e in root.doc.ents if e.start <= before.i < e.end), None)
            root = ent.root if ent is not None else before
            if ent is not None:
                start, end = self.span(ent[0], ent[-1])
                text = self.text[start:end]
                if ent.label_ == "PERSON":
                    return SourceRef(start, end, text, "name", root.text.lower())
                return SourceRef(start, end, text, "organization", root.text.lower())
        left = root.left_edge
        for tok in root.doc[left.i : root.i]:
            # "KILBRIDE (Harbour Wire) - Council leader Fiona Grant": not the dateline
            if (
                tok.text in _DASHES
                and tok.i > 0
                and tok.i - tok.sent.start <= 12
                and tok.nbor(-1).text == ")"
            ):
                left = tok.nbor(1)
        start, end = self.span(left, root.right_edge)
        edge = root.right_edge
        if edge.dep_ == "case" and edge.head.i == root.i and edge.i > left.i:
            # "according to the council's own figures": the possessor speaks, named without
            # its case ending (the walk found a speaker "the council's" beside "The council")
            end = self.span(left, edge.nbor(-1))[1]
        # "The deputy mayor who replaced Ivo Kaas, Marta Lepp, said": a name in apposition after
        # the relative clause is the one who speaks (the parse may hang it on the clause's
        # object, but a name is no apposition of another name); the source keeps it
        after_clause = _name_after_clause(root)
        # a source does not run on into a relative clause or a long apposition
        for child in root.rights if after_clause is None else ():
            if child.dep_ in ("relcl", "acl") and child.idx + self.offset < end:
                if child.n_lefts:
                    last = list(child.lefts)[0]
                else:
                    # "The press secretary of X Natalia E., answering a question, stated": up to
                    # the participle, not to the head noun (the name stands between them)
                    last = root.doc[max(root.i, child.i - 1)]
                    while last.i > root.i and last.is_punct:
                        last = last.nbor(-1)
                end = self.span(root.left_edge, last)[1]
                break
        reflexive = [c for c in root.rights if c.lower_ in ("himself", "herself", "themselves")]
        if reflexive:
            end = self.span(root.left_edge, root.doc[reflexive[0].i - 1])[1]
        text = self.text[start:end]
        lower = root.text.lower()
        # "his support for …", "their decision to …": the possessor of a cue noun speaks
        lower = _POSSESSIVE_PRONOUNS.get(lower, lower) if root.dep_ == "poss" else lower
        if root.pos_ == "PRON" and lower == "you":
            return SourceRef(start, end, text, "pronoun", lower)  # the reader: nobody named
        if root.pos_ == "PRON" and lower in _PRONOUNS:
            gender, plural = _PRONOUNS[lower]
            ref = SourceRef(start, end, text, "pronoun", lower, gender, plural)
            if lower == "they":
                ref.antecedent = self.plural_subject_before(root)
            return ref
        ents = [e for e in root.doc.ents if left.i <= e.start and e.end <= root.right_edge.i + 1]
        lemma = root.lemma_.lower()
        # a person named as the head, in apposition or in a list ("Cruz and Rubio"); not one
        # named only as a possessor or object ("Grayson's spokeswoman", "the popularity of Trump")
        heads = [root] + [c for c in root.children if c.dep_ in ("appos", "conj")]
        if after_clause is not None:
            heads.append(after_clause)
        people = [
            e
            for e in ents
            if e.label_ == "PERSON"
            and (
                any(e.start <= t.i < e.end for t in heads)
                # "the deputy of the Verkhovna Rada Artem Dmytruk": the office, then the name
                # (a name the splitter of name runs found after "of", nothing else)
                or (
                    e.end == root.right_edge.i + 1
                    and e.start > root.i
                    and office_of(root.doc, e[0]) is not None
                )
            )
        ]
        dets = {c.lower_ for c in root.children if c.dep_ in ("det", "poss")}
        plural = root.tag_ in ("NNS", "NNPS")
        if not people and asks_anonymity(root):
            # "One of the guides of the company, who asked not to be named": nobody to name
            return SourceRef(start, end, text, "anonymous", lemma, plural=plural)
        if root.lower_ in EN_ORGANIZATIONS and root.i > root.left_edge.i:
            # "the Obama White House", "the Clinton campaign": NER may call it a person
            return SourceRef(start, end, text, "organization", root.lower_, plural=plural)
        if named_body(root):
            # "the energy company Ukrenergo", “"Dagestanenergo" reported”: NER may call it a person
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        if people and (
            root.ent_type_ == "PERSON"
            or root.pos_ == "PROPN"
            or lemma not in EN_COLLECTIVE
            or any(e.start > root.i for e in people)  # "chief economist Ana Ruiz"
        ):
            return SourceRef(start, end, text, "name", lemma, plural=plural)
        missed = next(
            (
                c
                for c in root.children
                if c.dep_ == "appos"
                and c.pos_ == "PROPN"
                and c.text[:1].isupper()
                and c.ent_type_ in ("", "PERSON")
                and c.i > root.i
            ),
            None,
        )
        if missed is not None and not any(e.start <= missed.i < e.end for e in ents):
            # "Northbank's chief economist Ana Ruiz": a name NER missed, with its role
            first = missed
            while first.i > root.i + 1 and root.doc[first.i - 1].dep_ == "compound":
                first = root.doc[first.i - 1]
            a, b = self.span(first, missed)
            words = self.text[a:b].split()
            person = Entity(a, b, self.text[a:b], "PER", self.text[a:b], last=words[-1])
            person.first = words[0] if len(words) > 1 else None
            person.role, person.gender = self.role_of(first, missed)
            ref = SourceRef(start, end, text, "name", lemma, plural=plural)
            ref.entities.append(person)
            return ref
        if lemma in EN_DOCUMENTS:
            return SourceRef(start, end, text, "document", lemma)
        if dets & {"the", "this", "that"} and (lemma in TITLES or lemma in ROLE_SYNONYMS):
            return SourceRef(start, end, text, "description", lemma)  # "The MP", "the Senator"
        if lemma in EN_ORGANIZATIONS and root.text[:1].isupper() and root.ent_type_ != "PERSON":
            # "The Coordination Headquarters for …": a body's name, not a person's
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        bare = not dets and not plural and root.is_title and root.i == root.left_edge.i
        if (root.pos_ == "PROPN" or bare) and not root.ent_type_ and root.text[:1].isupper():
            return SourceRef(start, end, text, "name", lemma, plural=plural)  # a name NER missed
        named_org = any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in root.children)
        if (
            root.ent_type_ in ("ORG", "GPE", "NORP")
            or (ents and root.pos_ == "PROPN")
            or named_org  # "the ferry operator, Ellis Crossings"
        ):
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        if lemma in EN_ORGANIZATIONS:
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        if lemma in EN_PERSON_NOUNS and not plural:
            # "the economist" refers back to someone; "an economist" stays anonymous
            definite = bool(dets & {"the", "this", "that"})
            kind: SourceKind = "description" if definite else "anonymous"
            return SourceRef(start, end, text, kind, lemma)
        if plural and lemma in EN_GROUPS:
            return SourceRef(start, end, text, "collective", lemma, plural=plural)
        if lemma in EN_ANONYMOUS and not dets & {"the", "this", "that", "his", "her", "their"}:
            return SourceRef(start, end, text, "anonymous", lemma, plural=plural)
        if (
            root.text[:1].isupper()
            and root.is_alpha
            and root.i > root.sent.start
            and root.i == left.i
            and lemma not in EN_COLLECTIVE
        ):
            # "…,” Lubinets wrote": a capitalised word inside a sentence, alone, is a name
            return SourceRef(start, end, text, "name", lemma)
        if lemma in EN_COLLECTIVE and body_noun(lemma):
            # "the police", "the authorities": a body (WordNet), not a crowd of people
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        if lemma in EN_COLLECTIVE or (plural and not dets & {"the"}):
            return SourceRef(start, end, text, "collective", lemma, plural=plural)
        if not plural and body_noun(lemma):
            return SourceRef(start, end, text, "organization", lemma)  # "the state enterprise"
        gender = "f" if lemma in EN_FEMALE else "m" if lemma in EN_MALE else None
        return SourceRef(start, end, text, "description", lemma, gender, plural)

    def plural_subject_before(self, they: Any) -> tuple[int, int] | None:
        """The subject of the sentence before a "They" that opens its own, when it names people
        together ("A and the head of the FAO office B visited …") or as a group of people ("The
        relatives of the miner came …"): what "They" most plainly refers to."""
        sent = they.sent
        if they.i != sent.start or sent.start == 0:
            return None
        before = they.doc[sent.start - 1].sent
        verb = before.root
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        # people joined anywhere in the subject ("The head of the union A and the council
        # member B"), not inside a clause that describes them
        conj = any(
            t.dep_ == "conj"
            and not any(u.dep_ in ("relcl", "acl", "ccomp") for u in t.ancestors if u.i != subj.i)
            for t in subj.subtree
        )
        people = subj.tag_ in ("NNS", "NNPS") and subj.lemma_.lower() in PERSON_NOUNS
        if not (conj or people):
            return None
        return self.span(subj.left_edge, subj.right_edge)

    def pair_before(self, verb: Any, subj: Any, source: SourceRef) -> None:
        """ "A and the deputy of the faction "X" B C said": the parser may make B C a second
        subject of the verb and "A and the deputy" the first; both are the source, two people
        named together (the subject next to the verb alone would drop A)."""
        before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < subj.i]
        if len(before) != 1 or not any(c.dep_ == "conj" for c in before[0].children):
            return
        first = before[0]
        if subj.left_edge.i - first.right_edge.i != 1 or subj.pos_ != "PROPN":
            return
        start = self.span(first.left_edge, first.left_edge)[0]
        if start < source.start and source.kind == "name":
            source.start = start
            source.text = self.text[start : source.end]
            source.entities = []

    def subject_of(self, verb: Any) -> Any | None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
        if subjects and subjects[0].dep_ == "expl":
            return None
        if len(subjects) > 1:
            # "Speaking in Salem, New Hampshire, Trump went …": the parser may hang a place on
            # the verb as a second subject; the one next to the verb speaks
            before = [c for c in subjects if c.i < verb.i]
            subjects = [max(before, key=lambda c: c.i)] if before else subjects
        for child in subjects:
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head  # "the official who said …": the antecedent speaks
            return _after_dateline(child, verb)
        quoted = _quoting_verb(verb)
        if quoted is not None:
            # "The agency quotes him as saying: …": the one quoted says it (object control);
            # the agency only passes it on (the reading of "quotes" gives it as the relayer)
            obj = next((c for c in quoted.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        # "…, adding that …" / "he laughed and said …": the subject of the verb it hangs on
        if verb.dep_ in ("conj", "advcl", "xcomp", "pcomp") and verb.head is not verb:
            return self.subject_of(verb.head)
        if verb.dep_ == "prep" and verb.pos_ == "ADP" and verb.head.i != verb.i:
            # "opened the hearing by accusing …", "after saying …": the gerund's subject
            # is the subject of the clause its preposition hangs on (subject control)
            return self.subject_of(verb.head)
        return _trailing_subject(verb) or _according_apposition(verb) or _inverted_name(verb)

    # -- cues --------------------------------------------------------------------------------

    def sentence(self, sent: Any) -> list[Found]:
        out = []
        for tok in sent:
            lemma = _lemma(tok)  # read once: each test below would build it again
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                f = self.according(sent, tok)
            elif tok.lemma_.lower() == "read" and tok.pos_ == "VERB":
                f = self.read_out(sent, tok)
            elif (lemma in SPEECH_VERBS or lemma in ATTITUDE_VERBS) and tok.pos_ in (
                "VERB",
                "AUX",
            ):
                f = self.verb_cue(sent, tok)
            elif tok.text == ":" and tok.i - sent.start <= COLON_REACH:
                f = self.colon_cue(sent, tok)
            elif lemma in RAISING_VERBS and tok.pos_ == "VERB":
                f = raising_cue(self, tok)
            elif tok.lower_ in REPORT_ADVERBS:
                f = adverb_cue(self, tok)
            elif tok.pos_ == "ADJ" and tok.lower_ in ATTITUDE_ADJECTIVES:
                f = adjective_cue(self, tok)
            elif tok.pos_ == "NOUN" and lemma in CUE_NOUNS:
                f = noun_cue(self, tok)
            elif tok.lower_ == "in" and (
                tok.dep_ == "prep" or tok.dep_ == "ROOT" and tok.i == sent.start
            ):
                f = prep_cue(self, sent, tok)
            else:
                f = None
            if f is not None:
                out.append(f)
                self.cue_tokens.add(tok.i)
        return out

    def according(self, sent: Any, tok: Any) -> Found | None:
        to = next(c for c in tok.children if c.lower_ == "to")
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs or objs[0].lemma_.lower() in _NORM_NOUNS:
            return None  # "according to the rules of X": a norm followed, no one's words
        source = self.source(_holder(objs[0]))
        p_start, p_end = self.span(tok, objs[0].right_edge)
        edge = objs[0].right_edge.i
        comma = _closing_comma(
            next((t for t in sent.doc[to.i + 2 : edge + 1] if t.text == ","), None)
            # "According to the agency "X-Inform", …": the parse may end the name before
            # its closing quotation mark, and the comma after it is the opening's end still
            or next(
                (
                    t
                    for t in sent.doc[edge + 1 : edge + 3]
                    if t.text == ","
                    and all(u.text in _QUOTE_MARKS for u in sent.doc[edge + 1 : t.i])
                ),
                None,
            )
            # "According to the agency "News.am", …": a name in quotation marks that the
            # tokenizer cut apart; the first comma after its closing mark ends the opening
            or next(
                (
                    t
                    for t in sent.doc[to.i + 2 : to.i + 12]
                    if t.text == ","
                    and t.i > edge
                    and any(u.text in _QUOTE_MARKS for u in sent.doc[to.i + 1 : t.i])
                    and self.quote_at(self.offset + t.idx) is None
                ),
                None,
            )
        )
        if tok.i == sent.start and comma is not None and source.start < self.span(comma, comma)[0]:
            # "According to the Central Bank, the assets of the bank were …": an opening
            # "according to X" ends at its comma, however the parse hangs what follows on X
            cut = self.span(comma, comma)[0]
            p_end = cut
            if source.end > cut:
                source.end = cut
                source.text = self.text[source.start : cut]
            elif (named := self.quoted.at(cut - 1)) is not None and named.start >= source.end - 1:
                # the outlet's name in quotation marks after its noun belongs to the source
                # ("the agency "News.am""), which the parse ended at the noun
                source.end = cut
                source.text = self.text[source.start : cut]
        s_start, s_end = self.span(sent[0], sent[-1])
        before = (s_start, p_start)
        after = (p_end, s_end)
        a, b = max(before, after, key=lambda r: r[1] - r[0])
        a, b = trim_span(self.text, a, b)
        if b - a < 8:
            return None
        kind: QuoteKind = "direct" if self.quote_at(a) and self.quote_at(b - 1) else "indirect"
        return Found(kind, a, b, (p_start, self.offset + to.idx + len(to.text)), source)

    def read_out(self, sent: Any, verb: Any) -> Found | None:
        """ "X read out a letter from Y: “…”": Y's words (or the letter's), relayed by X."""
        doc_noun = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EN_DOCUMENTS),
            None,
        )
        if doc_noun is None:
            # "read out at the hearing a letter …" (translated word order): the parser hangs
            # the letter on the place
            doc_noun = next(
                (
                    t
                    for p in verb.children
                    if p.dep_ == "prep"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for t in o.children
                    if t.dep_ in ("dobj", "appos") and t.lemma_.lower() in EN_DOCUMENTS
                ),
                None,
            )
        subj = self.subject_of(verb)
        if doc_noun is None or subj is None:
            return None
        content = self.content(sent, verb, subj)
        if content is not None and content[1] <= self.offset + doc_noun.idx < content[2]:
            content = None  # "read out at the hearing a letter that …": the letter, not its words
        if content is None:
            # the letter is quoted in the next sentence ("… a letter from a soldier. “…,” the
            # soldier wrote."): remembered for speaker resolution
            author_tok = self.letter_author(doc_noun)
            author_src = self.source(author_tok) if author_tok is not None else None
            end = self.offset + sent.end_char
            self.readings.append((end, self.source(subj), author_src))
            self.cue_tokens.add(verb.i)  # taken: not a cue for the learned finder either
            return None
        kind, a, b = content
        author = None
        for c in doc_noun.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                author = _document_author(c) or author
            elif c.dep_ == "poss" and c.lower_ not in ("his", "her", "their", "its", "my"):
                author = c
        named = _named_author(author) if author is not None else None
        if named is not None:
            source = self.source(named)
        elif author is not None:
            source = self.source(author)
            source.end = min(source.end, self.span(author.left_edge, author)[1])
            source.text = self.text[source.start : source.end]
        else:
            s, e = self.span(doc_noun.left_edge, doc_noun)
            source = SourceRef(s, e, self.text[s:e], "document", doc_noun.lemma_.lower())
        return Found(kind, a, b, self.cue_span(verb), source, relayed_by=self.source(subj))

    @staticmethod
    def letter_author(doc_noun: Any) -> Any | None:
        for c in doc_noun.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                author = _document_author(c)
                if author is not None:
                    return author
        return None

    def dash(self, doc: Any, dash: DashSpeech) -> Found | None:
        """A dash-speech paragraph: the cue and source are in the author's words."""
        for a, b in dash.author:
            for tok in doc:
                pos = self.offset + tok.idx
                if a <= pos < b and _lemma(tok) in SPEECH_VERBS and tok.pos_ == "VERB":
                    # the source is what stands between the dash's speech and the verb
                    who = doc.char_span(a - self.offset, pos - self.offset, alignment_mode="expand")
                    source = None
                    if who is not None and len(who) and who.text.strip(" ,"):
                        root = who.root
                        # "— …, — the director of the plant Fyodor I. said.": the parser may
                        # make the office and the name two subjects; the name right before the
                        # verb is who speaks, the office its description
                        named = next(
                            (
                                e
                                for e in doc.ents
                                if e.label_ == "PERSON"
                                and e.end == tok.i
                                and e.start > who.start
                                and e.root.head.i == tok.i
                                and root.i < e.start
                            ),
                            None,
                        )
                        root = named.root if named is not None else root
                        source = self.source(root)
                        if named is not None:
                            source.start = min(source.start, self.offset + who.start_char)
                        s, e = trim_span(self.text, max(source.start, a), min(source.end, pos))
                        source.start, source.end, source.text = s, e, self.text[s:e]
                    else:
                        subj = self.subject_of(tok)
                        if subj is not None and subj.idx + self.offset >= a:
                            source = self.source(subj)
                    return Found("direct", dash.start, dash.end, self.cue_span(tok), source)
        return None  # a dash without a speech verb: a list item or an aside, not speech

    def colon_cue(self, sent: Any, colon: Any) -> Found | None:
        """Headline style "Pat Caddell: Voters worried …"."""
        head = sent[0 : colon.i - sent.start]
        if not head or not all(
            t.ent_type_ in ("PERSON", "ORG")
            or t.is_punct
            or t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART")
            or t.lower_ in ("of", "and", "for")  # "The Ministry of Foreign Affairs of Azerbaijan"
            for t in head
        ):
            return None
        words = [t for t in head if not t.is_punct]
        named = any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in words)
        short_name = len(words) <= 3 and all(t.pos_ == "PROPN" for t in words)
        # "Poll: Sanders leads nationally", "Newspaper: …"
        evidence = len(words) == 1 and _lemma(words[0]) in EVIDENCE_NOUNS | {"newspaper"}
        # "The court: the defendant can put pressure on witnesses", "The ministry: …" (the
        # translated news brief's subhead): a definite body or office, named by what it is
        body = (
            len(words) <= 4
            and words[0].lower_ == "the"
            # a body only: "The winner:", "The suspect:" open an explainer's labelled lines,
            # not a person's words (the person nouns moved neither A nor B; reviewer)
            and body_noun(_lemma(head.root))
        )
        if len(words) > 6 and not named:
            return None  # a long run before the colon is a title or a list, not a name
        if not (named or short_name or evidence or body):
            return None  # "The Long Night on the Ridge: …", "A World at War: …" are titles
        a, b = self.span(colon.nbor(1), sent[-1]) if colon.i + 1 < sent.end else (0, 0)
        if b - a < 8:
            return None
        c = self.offset + colon.idx
        src = self.source(head.root)
        if src.end > c:  # the head of a headline parse may span the whole line
            s, e = trim_span(self.text, src.start, c)
            src.start, src.end, src.text = s, e, self.text[s:e]
        kind: QuoteKind = "direct" if self.quote_at(a) else "indirect"
        return Found(kind, a, b, (c, c + 1), src)

    def passive_cue(self, verb: Any) -> Found | None:
        """ "The proposal was rejected by 64 percent of voters": the agent holds the stance.

        Without an agent, a verb of saying or thinking with an infinitive, a clause or an "as"
        predicate still attributes, to nobody named: "Trump is expected to win", "it is
        believed that …", "she is seen as a unifier".
        """
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if agent is None and target is not None and target.lower_ in ("this", "it"):
            # "This was stated in an interview with Ukrinform by X": the parser hangs the
            # agent on the nearer noun; a report that points back has no other "by"
            agent = next(
                (
                    t
                    for t in verb.subtree
                    if t.i > verb.i and (t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by")
                ),
                None,
            )
        by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
        if self.quote_at(self.offset + verb.idx):
            return None
        comps = [
            c
            for c in verb.rights
            if c.dep_ in ("xcomp", "ccomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as"
        ]
        source = self.source(by) if by is not None else None
        if comps and _lemma(verb) in RAISING_PASSIVES:
            start = comps[0].left_edge
            if target is not None and target.lower_ not in ("it", "there") and target.i < verb.i:
                start = target.left_edge
            a, b = self.span(start, comps[-1].right_edge)
            if source is not None and a <= source.start < b:
                b = source.start  # "… as candidates by a quarter of voters"
                a, b = trim_span(self.text, a, b)
            if len(self.text[a:b].split()) >= 3:
                return Found("indirect", a, b, self.cue_span(verb), source)
        if by is None and _lemma(verb) in ADDRESS_VERBS | {"question"}:
            # "she was asked about the loan", "he was urged to resign": someone unnamed asked
            asked = self.stance_object(verb, target)
            if asked is not None:
                return Found(asked[0], asked[1], asked[2], self.cue_span(verb), None)
        if by is None and target is not None and target.lower_ in ("this", "it"):
            by = self.reported_in(verb)  # "This was reported in the press service of the court"
        if by is None or target is None:
            return None
        a, b = self.span(target.left_edge, target.right_edge)
        if b - a < 3 and not (target.lower_ == "it" and _lemma(verb) in SPEECH_VERBS):
            return None  # ("It was announced by …" stands for the sentence before, see below)
        return Found("indirect", a, b, self.cue_span(verb), _owner(self.source(by)))

    def reported_in(self, verb: Any) -> Any | None:
        """The body a passive report without "by" names by where it was said: "This was
        reported to Interfax in the press service of the court", "This is reported on the
        website of the Ministry …", "It was stated in the regional administration" — the
        English of «Об этом сообщили в пресс-службе …», «сообщается на сайте …».  Only an
        organisation (not "in the evening", "in Kyiv")."""
        if _lemma(verb) not in SPEECH_VERBS:
            return None
        for prep in verb.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "at"):
                continue
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in _SITE_NOUNS:
                of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                # "FIDE's website", "on the FIDE website"
                owner = next((c for c in obj.children if c.dep_ == "poss"), None) or next(
                    (c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None
                )
                obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of else owner
            if obj is None or obj.ent_type_ in _NOT_BODIES:
                continue
            if self.source(obj).kind == "organization":
                return obj
        return None

    def verb_cue(self, sent: Any, verb: Any, any_verb: bool = False) -> Found | None:
        """A reporting or stance verb with its subject and content; ``any_verb`` reads any verb
        so (for :mod:`.learned_en`, which decides whether it is a cue)."""
        pos = self.offset + verb.idx
        outer = self.quote_at(pos)
        if any(c.dep_ == "auxpass" for c in verb.children):
            return self.passive_cue(verb)
        reported = self.as_reported(verb)
        if reported is not None:
            return reported
        if outer is None:
            inverted = self.inverted(sent, verb)
            if inverted is not None:
                return inverted
        subj = self.subject_of(verb)
        if subj is None:
            return None
        if outer is not None and (
            _lemma(verb) not in RELAY_VERBS
            or not (subj.pos_ in ("NOUN", "PROPN") or subj.lower_ in ("he", "she"))
        ):
            return None  # inside a quote only someone named or described relays words
        if verb.dep_ == "amod" or any(c.dep_ == "auxpass" for c in verb.children):
            return None
        cue = self.cue_span(verb)
        source = self.body_they(verb, subj) or self.source(subj)
        _share_of_people(self.text, source, cue[0])
        self.pair_before(verb, subj, source)
        content = self.as_clause(verb) or self.content(sent, verb, subj, any_verb)
        if content is None and outer is None:
            content = self.reported_before(sent, verb, subj)
        if content is None:
            return None
        kind, a, b = content
        if a <= source.start < b and source.end <= cue[0] and _trailing_subject(verb) == subj:
            b = self.offset + max(t.idx for t in verb.doc[: subj.left_edge.i] if t.text == ",")
            a, b = trim_span(self.text, a, b)
        if a <= source.start < b and not a <= cue[0] < b:
            return None
        cue = self.cue_through_preposition(verb, cue, a)
        found = Found(kind, a, b, cue, source)
        quoted = _quoted_as_saying(verb) or _quoted_person(verb)
        if quoted is not None and outer is None:
            # "X quoted the president as saying …": the president's words, passed on by X
            obj, saying = quoted
            said = next((c for c in saying.children if c.dep_ == "ccomp"), None)
            if said is not None and kind == "indirect" and saying is not verb:
                found.start, found.end = self.span(said.left_edge, said.right_edge)
            found.source, found.relayed_by = self.source(obj), source
        if outer is not None:
            # a reporting verb inside someone's quote: relayed speech, resolved by the caller
            if not (outer.start <= a and b <= outer.end):
                return None
            found.relayed_by = SourceRef(outer.start, outer.end, "", "name")
        return found

    def inverted(self, sent: Any, verb: Any) -> Found | None:
        """ "The tariff will rise in May, reported the press service of the agency.": a speech
        verb after a comma at the end of a sentence, with no subject and a body or a person
        after it, is said by that noun phrase (the verb before its subject, as in "…, said the
        minister", which the parser reads as an object and the verb as a second clause)."""
        doc = verb.doc
        if verb.i < 2 or doc[verb.i - 1].text != "," or verb.dep_ not in ("conj", "ROOT"):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in verb.children):
            return None
        if _lemma(verb) == "tell" or _lemma(verb) in JUDGED_OBJECT_VERBS:
            # "…, told Rest of World", "…, criticised the governor": the object is whom it was
            # said to or of, never who said it (but "…, warned the ministry" is the ministry's
            # warning, the verb before its subject as translated text puts it)
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.left_edge.i != verb.i + 1:
            return None
        if any(
            t.ent_type_ == "PERSON" and not self.quote_at(self.offset + t.idx)
            for t in sent[: verb.i - sent.start]
        ):
            return None  # "“…,” Jim C., who worked at X, added the firm": a subject is named
        if not all(t.is_punct for t in doc[obj.right_edge.i + 1 : sent.end]):
            return None  # the phrase runs to the sentence's end: nothing after it
        lemma = str(obj.lemma_).lower()
        if not (
            obj.ent_type_ in ("PERSON", "ORG")
            or body_noun(lemma)
            or lemma in PERSON_NOUNS
            or named_body(obj)
        ):
            return None  # "…, told the story": an object, not a speaker
        a, b = trim_span(
            self.text, self.offset + sent.start_char, self.offset + doc[verb.i - 1].idx
        )
        if b - a < 8:
            return None
        kind: QuoteKind = "direct" if self.quote_at(a) and self.quote_at(b - 1) else "indirect"
        return Found(kind, a, b, self.cue_span(verb), self.source(obj))

    def body_they(self, verb: Any, subj: Any) -> SourceRef | None:
        """ "In the press service of the city council, they noted that …" (the English of
        «В пресс-службе … отметили»): an impersonal "they" speaks for the body named where
        it was said."""
        if subj.lower_ != "they":
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or prep.i > subj.i:
                continue
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is None or obj.ent_type_ in _NOT_BODIES:
                continue
            source = self.source(obj)
            if source.kind == "organization":
                return source
        return None

    def as_reported(self, verb: Any) -> Found | None:
        """ "As reported by RIA Dagestan, about 300 people took part …", "As stated in the
        press service of the court, …": a reduced passive "as" clause names its source after
        "by" (or where it was said, :meth:`reported_in`); the clause it hangs on is said.  The
        main clause's subject (the parser's subject for the "as" verb) is not the source."""
        if _lemma(verb) not in SPEECH_VERBS or verb.dep_ != "advcl":
            return None
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # "as the ministry reported": the subject speaks, see verb_cue
        if _lemma(verb.head) in SPEECH_VERBS:
            return None  # "As reported by TASS, Tosunyan said …": he speaks, TASS passes it on
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
        if by is None:
            by = self.reported_in(verb)
        content = self.as_clause(verb)
        if by is None or content is None or self.quote_at(self.offset + verb.idx):
            return None
        kind, a, b = content
        return Found(kind, a, b, self.cue_span(verb), _owner(self.source(by)))

    def reported_before(self, sent: Any, verb: Any, subj: Any) -> tuple[QuoteKind, int, int] | None:
        """ "Since the beginning of the month, 38 vessels have left the ports, the Ministry of
        Infrastructure reports.": a speech verb that closes its sentence, its subject right
        after the last comma, says the clause before that comma (the parser often hangs such a
        verb on that clause as its complement and leaves it no content)."""
        if _lemma(verb) not in SPEECH_VERBS or verb.i < subj.i:
            return None
        doc = verb.doc
        first = subj.left_edge
        # the verb hangs on the clause before it, and says nothing of its own ("…, Mexico said
        # enough" and "…, a company that had declared bankruptcy" are not reports of it)
        hung = verb.dep_ in ("ccomp", "parataxis", "conj") and verb.head.i < first.i
        if not hung and verb.dep_ == "ROOT":
            # or the clause hangs on the verb, as a clause of its own, not "when …", "if …"
            # with a subject of its own: a participle's clause ("Having finished the meeting,
            # the leader announced.") says what the speaker did, not what was said
            hung = any(
                c.i < first.i
                and c.dep_ in ("advcl", "ccomp", "parataxis")
                and not any(m.dep_ == "mark" or m.tag_ == "WRB" for m in c.children)
                and any(m.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for m in c.children)
                for c in verb.children
            )
        if not hung:
            return None
        if any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children):
            return None
        if first.i - 1 <= sent.start or doc[first.i - 1].text != ",":
            return None
        after = doc[verb.i + 1 : sent.end]
        if len(after) > 6 or any(t.pos_ in ("VERB", "AUX") for t in after):
            return None  # only "on Monday", "in a statement" may follow the verb
        if any(t.text == "," for t in doc[first.i : verb.i]):
            return None
        before = doc[sent.start : first.i - 1]
        if len(before) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in before):
            return None
        a, b = self.span(before[0], before[-1])
        a, b = trim_span(self.text, a, b)
        if self.quote_at(a) is not None and self.quote_at(a) is self.quote_at(b - 1):
            return None  # a quotation: the direct-quote rules and their marks decide
        return "indirect", a, b

    def as_clause(self, verb: Any) -> tuple[QuoteKind, int, int] | None:
        """ "As the press service reported, more than 6,000 people …" / "…, as he said": the
        clause the "as" clause hangs on is what was said."""
        opening = _as_opening(verb)
        if opening is None:
            return None
        own = ("ccomp", "xcomp") if _lemma(verb) in _HEARER_VERBS else ("ccomp", "dobj", "xcomp")
        if any(c.dep_ in own for c in verb.children):
            # "as he told reporters that …" has its own content; "As Petrenko told the agency,
            # …" has none (the object of "tell" is who hears it), but "as the council raised
            # the fee, …" is no report
            return None
        first, main = opening
        doc = verb.doc
        last = verb.right_edge
        first = min(first, verb.left_edge, key=lambda t: t.i)
        if first.i > main.i:  # "…, as he said"
            start, end = main.left_edge, doc[first.i - 1]
        else:  # "As he said, …"
            start, end = doc[last.i + 1], main.right_edge
        while start.i < end.i and (start.is_punct or start.lower_ in ("and", "but")):
            start = doc[start.i + 1]
        while end.i > start.i and end.is_punct:
            end = doc[end.i - 1]
        if end.i - start.i < 3:
            return None
        a, b = self.span(start, end)
        return ("direct" if self.quote_at(a) else "indirect"), a, b

    def stance_object(self, verb: Any, subj: Any) -> tuple[QuoteKind, int, int] | None:
        """ "called for a ceasefire", "urged him to resign", "accused her of lying": a stance.

        The content runs over the verb's complements to its right (object, infinitive, object
        predicate, and the prepositional phrase a stance verb takes); a preposition right after
        the verb belongs to the cue ("called for", "spoke about").
        """
        v = self.offset + verb.idx
        lemma = _lemma(verb)
        parts: list[Any] = []
        for child in verb.rights:
            if child is subj or child.dep_ in ("prt", "dative", "advmod", "punct", "npadvmod"):
                continue
            if child.dep_ in ("dobj", "xcomp", "oprd", "ccomp"):
                target = child
            elif child.dep_ == "advcl" and parts and _infinitive(child):
                target = child  # "called for the minister to resign" parsed as an adverbial
            elif child.dep_ == "prep" and child.lower_ in VERB_PREPS.get(lemma, STANCE_PREPS):
                target = next((o for o in child.children if o.dep_ in ("pobj", "pcomp")), None)
                if target is None or target.ent_type_ in ("DATE", "TIME"):
                    continue
            else:
                continue
            if target.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                continue
            parts.append(child)
        if not parts:
            return None
        first = parts[0]
        if first.dep_ == "prep":
            if any(t.dep_ not in ("prt", "advmod") for t in verb.doc[verb.i + 1 : first.i]):
                return None  # "met with her on Monday": a prepositional phrase, not a stance
            first = next(o for o in first.children if o.dep_ in ("pobj", "pcomp"))
        only = len(parts) == 1 and first.dep_ == "dobj"
        # "The ministry reported this on Thursday": "this" stands for what was said before
        # (:func:`.demonstratives_en.demonstratives` gives it that content)
        back = only and first.lower_ in ("this", "that") and lemma in REPORTS_BACK
        if only and (first.pos_ == "PRON" and first.lower_ != "what") and not back:
            return None
        if (
            only
            and not back
            and lemma in NEEDS_CLAUSE
            and _lemma(subj) not in EVIDENCE_NOUNS
            and not any(
                c.dep_ in ("appos", "oprd") or c.dep_ == "prep" and c.lower_ in ("of", "for", "as")
                for c in first.children
            )
        ):
            return None  # "saw the car", "called him" (but "the poll shows Smith ahead")
        if (
            only
            and lemma in ADDRESS_VERBS
            and (
                first.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                or first.pos_ in ("PRON", "PROPN")
            )
        ):
            return None  # "told reporters", "urged Congress": whom it was said to
        a, b = self.span(first.left_edge, parts[-1].right_edge)
        if a < v or len(self.text[a:b].split()) < 2 and first.dep_ != "dobj":
            return None
        q = self.quote_at(a)
        if q is not None and q is self.quote_at(b - 1) and q.start >= v:
            return "direct", q.start, q.end
        return "indirect", a, b

    def parenthetical(self, verb: Any) -> tuple[QuoteKind, int, int] | None:
        """ "Union voters, Mr. Ruiz said, end up voting Democratic": the clause around the cue.

        The span runs over the whole clause, cue and source included (one span per quote);
        a quotation that makes up the clause is returned as the direct quote instead.
        """
        head = verb.head
        if (
            verb.dep_ != "parataxis"
            or head.pos_ not in ("VERB", "AUX")
            or _lemma(verb) not in SPEECH_VERBS
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
            or self.quote_at(self.offset + verb.idx) is not None
        ):
            return None
        a, b = self.span(head.left_edge, head.right_edge)
        if len(self.text[a:b].split()) - len(list(verb.subtree)) < 4:
            return None
        v_start, v_end = self.span(verb.left_edge, verb.right_edge)
        said = (b - a) - (v_end - v_start)
        for q in self.quoted.touching(a, b):
            if q.end - q.start >= 0.6 * said:
                return "direct", q.start, q.end  # “We will win,” he said, “…”: the quote
        return "indirect", a, b

    def statement_clause(self, verb: Any) -> list[Any]:
        """ "said in a statement that …": the clause hangs on the noun, not the verb."""
        out = []
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in STATEMENT_NOUNS:
                    out += [
                        c
                        for c in noun.children
                        if c.dep_ in ("acl", "ccomp", "relcl")
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    ]
        return out

    def cue_through_preposition(
        self, verb: Any, cue: tuple[int, int], content_start: int
    ) -> tuple[int, int]:
        """ "called for", "spoke about": the preposition between verb and content is cue."""
        between = []
        for t in verb.doc[verb.i + 1 :]:
            at = self.offset + t.idx
            if at >= content_start:
                break  # the tokens run on in order: none after this one is before the content
            if cue[1] <= at:
                between.append(t)
        if 0 < len(between) <= 2 and all(t.pos_ in ("ADP", "PART", "ADV") for t in between):
            last = between[-1]
            return cue[0], self.offset + last.idx + len(last.text)
        return cue

    def cue_span(self, verb: Any) -> tuple[int, int]:
        last = verb
        for c in verb.children:
            if c.dep_ == "prt" and c.i == last.i + 1:
                last = c
        return self.offset + verb.idx, self.offset + last.idx + len(last.text)

    def that_clause_first(self, verb: Any, comps: list[Any]) -> tuple[QuoteKind, int, int] | None:
        """ "told the journalists only that the minister follows the case and the new rules
        will be presented in March": the parser may hang the "that" clause on the verb as an
        adverbial clause (after "only") and what follows its "and" as the complement; what is
        said runs from "that" to the complement's end."""
        first = next(
            (
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if first is None or not comps or any(c.i < first.i for c in comps):
            return None
        last = max(comps, key=lambda c: c.right_edge.i)
        mark = next(m for m in first.children if m.dep_ == "mark" and m.lower_ == "that")
        a, b = self.span(mark, last.right_edge)
        return "indirect", a, b

    def content(
        self, sent: Any, verb: Any, subj: Any, any_verb: bool = False
    ) -> tuple[QuoteKind, int, int] | None:
        comps = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c is not subj]
        joined = self.that_clause_first(verb, comps)
        if joined is not None:
            return joined if len(self.text[joined[1] : joined[2]].split()) >= 2 else None
        if len(comps) > 1:
            # "The side denies this: the spokesman … stated that the drone hit …": the parse
            # hangs the clause before the colon on the verb too; the one "that" opens is said
            comps.sort(key=lambda c: not any(m.dep_ == "mark" and m.i < c.i for m in c.children))
        if not comps:
            comps = [
                c
                for c in verb.children
                if c.dep_ in ("dobj", "xcomp", "advcl")
                and self.quote_at(self.offset + c.idx) is not None
            ]
        if not comps:
            comps = self.statement_clause(verb)
        if comps:
            comp = comps[0]
            q = self.quote_at(self.offset + comp.idx)
            whole = self.span(comp.left_edge, comp.right_edge)
            if (
                q is not None
                and self.quote_at(self.offset + verb.idx) is not q
                and q.start <= whole[0]
                and whole[1] <= q.end
            ):
                return "direct", q.start, q.end
            first = comp.left_edge
            # PolNeAR's contents keep the complementiser: "said [that the plan failed]"
            a, b = self.span(first, comp.right_edge)
            if b <= self.offset + verb.idx or a >= self.offset + verb.idx:
                if _lemma(verb) in NEEDS_CLAUSE and first.dep_ != "mark" and comp.dep_ != "ccomp":
                    return None
                qa, qb = self.quote_at(a), self.quote_at(b - 1)
                inside = self.quote_at(self.offset + verb.idx)
                if qa is not None and qa is qb and qa is not inside:
                    return "direct", qa.start, qa.end
                if qb is not None and a <= qb.start and b < qb.end <= self.offset + sent.end_char:
                    # 'said that "there is a law, but there is no one …"': the parse ends the
                    # clause at the comma; a content never stops inside a quotation it opened
                    b = qb.end
                return ("indirect", a, b) if len(self.text[a:b].split()) >= 2 else None
        around = self.parenthetical(verb)
        if around is not None:
            return around
        if (
            any_verb
            or _lemma(verb) in ATTITUDE_VERBS
            or _lemma(verb) in REPORTS_BACK
            and any(c.dep_ == "dobj" and c.lower_ in ("this", "that") for c in verb.children)
        ):
            stance = self.stance_object(verb, subj)
            if stance is not None:
                return stance
        # no complement: a quoted passage in the same sentence
        s_start, s_end = self.offset + sent.start_char, self.offset + sent.end_char
        v = self.offset + verb.idx
        near = [
            q
            for q in self.quoted.touching(s_start, s_end)
            if not q.start <= v < q.end
            and q.words(self.text) >= 3
            and not _is_title(self.text[q.inner_start : q.inner_end])
        ]
        if near:
            q = min(near, key=lambda q: min(abs(q.start - v), abs(q.end - v)))
            return "direct", q.start, q.end
        if self.text[s_start:s_end].rstrip().endswith(":"):
            # "Caddell continued:" and the quote follows in the next sentence or paragraph
            nxt = self.quoted.starting(s_end, s_end + 5)
            if nxt:
                return "direct", nxt[0].start, nxt[0].end
            # a speech verb right before the colon ("Hewitt writes:", "he said:"), not
            # "Here's where they stand:" or a list after "include:"
            near_colon = sent[-1].i - verb.i <= 3 and _lemma(verb) in SPEECH_VERBS
            block = _block_after(self.text, s_end) if near_colon else None
            if block is not None:
                return "direct", block[0], block[1]
        return None


#: a block quote after "He adds:" is one paragraph of this many words
_BLOCK_WORDS = (4, 250)


def _block_after(text: str, end: int) -> tuple[int, int] | None:
    """ "He adds:" and, on the next line, a paragraph of his words without quotation marks (a
    block quote, as magazines and blogs set a longer quotation): that paragraph."""
    a = end
    while a < len(text) and text[a].isspace():
        a += 1
    if "\n" not in text[end:a] or a >= len(text):
        return None
    b = text.find("\n", a)
    b = len(text) if b < 0 else b
    b = trim_span(text, a, b)[1]
    n = len(text[a:b].split())
    return (a, b) if _BLOCK_WORDS[0] <= n <= _BLOCK_WORDS[1] else None


#: words written before a name that make it a person's: titles, honorifics, military ranks
_PERSON_TITLES = (
    TITLES
    | frozenset(HONORIFICS)
    | frozenset(EN_TITLE_ABBREVIATIONS)
    | frozenset(EN_TITLE_ABBREVIATIONS.values())
    | frozenset(["major", "brigadier", "marshal", "constable", "lieutenant-general"])
)


def _body_named(doc: Any, tokens: list[Any]) -> bool:
    """Whether a name NER took for a person's is a body's: its last word a noun for a body
    ("The South Caucasus Railway") or the name set after such a noun in lower case ("the
    hydrometeorological service Kyrgyzhydromet"), and its first word no given name."""
    if is_given_name(tokens[0].text):
        return False
    if len(tokens) > 1 and tokens[-1].is_title and body_noun(tokens[-1].lower_):
        return True
    i = tokens[0].i
    return (
        i > 0
        and doc[i - 1].is_lower
        and doc[i - 1].pos_ == "NOUN"
        and body_noun(doc[i - 1].lower_)
        and len(tokens) == 1
    )


def _titled_person(tokens: list[Any]) -> list[Any] | None:
    """The name words of an entity NER labelled an organisation that is a titled person:
    titles or ranks ("Major-Gen", "Dr", "Lt. Col.") then a name of two or three title-case
    words, none of them a word of bodies ("General Motors", "Justice Department" stay)."""
    k = 0
    while k < len(tokens) and (
        tokens[k].lower_.rstrip(".") in _PERSON_TITLES or tokens[k].text in _DASHES
    ):
        k += 1
    name = tokens[k:]
    if k == 0 or not 2 <= len(name) <= 3:
        return None
    if any(
        not (t.is_title and t.text.replace("-", "").replace("'", "").isalpha())
        or t.lower_ in EN_ORGANIZATIONS
        for t in name
    ):
        return None
    return name


#: the quotation marks that may close a name in quotes before an opening's comma
_QUOTE_MARKS = frozenset(['"', "“", "”", "«", "»", "„", "'", "’"])


def _closing_comma(comma: Any) -> Any:
    """The comma an opening "According to X," ends at, given the first after X: past a
    description of X set off by a pair of commas ("According to John Smith, a spokesman for the
    agency, the bridge …"; "According to Mary Jones, who inspected it, …"), the second."""
    if comma is None or comma.i + 1 >= len(comma.doc):
        return comma
    nxt = comma.doc[comma.i + 1]
    for d in (nxt, *nxt.ancestors):
        if d.i <= comma.i or d.left_edge.i != nxt.i:
            break
        if d.dep_ in ("appos", "relcl", "acl") and d.head.i < comma.i:
            close = d.right_edge.i + 1
            if close < len(comma.doc) and comma.doc[close].text == ",":
                return comma.doc[close]
            break
    return comma


#: the labels spaCy's small model gives transliterated names it has not seen besides ORG
_NOT_NAMES_OF_PEOPLE = frozenset(["FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT"])


def _given_named(tokens: list[Any]) -> bool:
    """Whether an entity NER labelled an organisation is a person's name: two or three
    title-case words opening with a given name of the name dictionary, none a word of bodies,
    neither in quotation marks nor right after a body's noun ("the company Marina Trade")."""
    if not 2 <= len(tokens) <= 3 or not is_given_name(tokens[0].text):
        return False
    if any(
        not (t.is_title and t.text.replace("-", "").replace("'", "").isalpha())
        or t.lower_ in EN_ORGANIZATIONS
        or body_noun(t.lower_)
        for t in tokens
    ):
        return False
    doc = tokens[0].doc
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if before is not None and (before.text in '"“”«»„' or body_noun(before.lower_)):
        return False
    return not named_body(tokens[-1])


def _same_person_names(entities: list[Entity]) -> list[Entity]:
    """An organisation entity written exactly as the surname or full name of a person the
    article names ("Govender said" after "Gopaul Govender"): NER labels one name two ways on
    names it has seen little of; the person is meant."""
    people: dict[str, Entity] = {}
    # a given name alone ("Irina and Andrei Tkach"), when one person of the article has it
    first_names: dict[str, set[str]] = {}
    for e in entities:
        if e.label == "PER" and e.last and e.first:
            people.setdefault(e.last, e)
            people.setdefault(e.text, e)
            first_names.setdefault(e.first, set()).add(e.last)
    for first, lasts in first_names.items():
        if len(lasts) == 1 and is_given_name(first):
            people.setdefault(first, next(e for e in entities if e.first == first))
    out = []
    for e in entities:
        known = people.get(e.text) if e.label == "ORG" and not e.plural else None
        if known is not None:
            e = Entity(
                e.start, e.end, e.text, "PER", e.text,
                first=known.first if e.text in (known.text, known.first) else None,
                last=known.last, gender=known.gender, role=e.role,
                gender_guessed=known.gender_guessed,
            )  # fmt: skip
        out.append(e)
    return out


_DASHES = ("-", "–", "—", "--")
#: words no personal name contains (a title-case headline NER ran a name into)
_NOT_IN_NAMES = frozenset(
    [
        *("not", "have", "has", "had", "is", "are", "was", "were", "been", "would"),
        *("could", "should", "must", "says", "said", "tells", "told", "to", "the"),
        *("in", "on", "for", "with", "or", "but"),
    ]
)
#: reporting verbs NER may take into the name after them ("Continued Stone: …")
_VERBS_BEFORE_NAMES = frozenset(
    ["stated", "added", "continued", "noted", "asked", "said", "wrote", "explained"]
    + ["declared", "replied", "quipped", "tweeted", "concluded", "argued", "insisted"]
)
#: a possessive pronoun as a source, read as its subject form
#: norms that something is done "according to" ("according to the rules of the federation",
#: "according to the law", "according to the schedule"): what is followed, not what is said
_NORM_NOUNS = frozenset(
    ["rule", "law", "regulation", "schedule", "plan", "procedure", "standard", "requirement"]
    + ["norm", "protocol", "constitution", "code", "charter", "timetable", "tradition"]
)
#: what someone holds rather than who speaks: "according to his data" («по его данным»),
#: "according to the estimates of the ministry" («по оценкам министерства»)
_HELD_NOUNS = frozenset(
    [
        "data",
        "datum",
        "word",
        "words",
        "information",
        "estimate",
        "estimates",
        "calculation",
        "calculations",
        "opinion",
        "view",
        "assessment",
        "assessments",
        "figures",
        "count",
    ]
)


def _quoting_verb(saying: Any) -> Any | None:
    """The verb "quote" of "quotes him as saying", given its "saying", else ``None``."""
    if saying.dep_ != "pcomp" or saying.head.lower_ != "as" or saying.head.dep_ != "prep":
        return None
    verb = saying.head.head
    return verb if verb.lemma_.lower() == "quote" else None


def _quoted_as_saying(verb: Any) -> tuple[Any, Any] | None:
    """(who is quoted, the "saying" verb) of "quoted the minister as saying", else ``None``."""
    if verb.lemma_.lower() != "quote":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and obj is not None:
            saying = next((c for c in prep.children if c.dep_ == "pcomp"), None)
            if saying is not None and saying.lemma_.lower() in ("say", "tell", "write", "add"):
                return obj, saying
    return None


#: verbs whose object is whom they judge ("praised the director", "accused the mayor"): after
#: a comma at a sentence's end the object is not the speaker (:meth:`_Reader.inverted`)
JUDGED_OBJECT_VERBS = frozenset(
    ["praise", "criticize", "criticise", "accuse", "blame", "charge", "condemn", "congratulate"]
)

#: who may be quoted: a person's pronoun (not "it", "this": a document quoted is its issuer's)
_QUOTED_PRONOUNS = frozenset(["him", "her", "them"])


def _quoted_person(verb: Any) -> tuple[Any, Any] | None:
    """(who is quoted, the verb) of "the site quotes him that …", "quoted her: «…»", "quoted the
    director saying …": a verb of quoting reports the words of its object, not its subject's
    (the subject only passes them on, as with "quoted X as saying")."""
    if verb.lemma_.lower() != "quote":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.lower_ in _QUOTED_PRONOUNS:
        return obj, verb
    person = obj.ent_type_ == "PERSON" or str(obj.lemma_).lower() in PERSON_NOUNS
    return (obj, verb) if person and obj.pos_ in ("NOUN", "PROPN") else None


def _holder(obj: Any) -> Any:
    """The one who holds the data, words or estimates ``obj`` names, else ``obj`` itself."""
    if obj.lower_ not in _HELD_NOUNS and str(obj.lemma_).lower() not in _HELD_NOUNS:
        return obj
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return held if held is not None else obj


_POSSESSIVE_PRONOUNS = {
    "his": "he",
    "her": "she",
    "their": "they",
    "its": "it",
    "my": "i",
    "our": "we",
}


#: where a body publishes: "on the website of the Ministry", "in the Telegram channel of …"
#: where a body's words were published: "on the website of", "in the press release of"
_SITE_NOUNS = frozenset(
    ["website", "site", "page", "channel", "account", "portal", "release", "statement", "message"]
    # «говорится в постановлении Кабмина»: a body's document speaks for the body
    + ["resolution", "decree", "order", "document", "report", "letter", "appeal", "decision"]
)
_NOT_BODIES = frozenset(["DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "CARDINAL", "ORDINAL"])


def _owner(source: SourceRef) -> SourceRef:
    """The owner without its possessive ending ("on the federation's website")."""
    for ending in ("'s", "’s"):
        if source.text.endswith(ending):
            source.end -= len(ending)
            source.text = source.text[: -len(ending)].rstrip()
            if source.normal and source.normal.endswith(ending):
                source.normal = source.normal[: -len(ending)].rstrip()
    return source


def _trailing_subject(verb: Any) -> Any | None:
    """ "…, 11 people were injured, including two children, the head of the regional
    administration Oleh Synehubov said.": the parser hangs the speaker on the clause before it
    (as an apposition); the noun phrase between the last comma and a sentence-final verb that
    ends in a person's name is its subject."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i == 0 or doc[verb.i - 1].ent_type_ != "PERSON":
        return None
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return None
    comma = next((t.i for t in reversed(doc[: verb.i]) if t.text == ","), None)
    if comma is None or not any(c.dep_ == "ccomp" and c.i < comma for c in verb.children):
        return None
    top = doc[verb.i - 1]
    while comma < top.head.i < verb.i and top.head is not top:
        top = top.head
    return top if top.i > comma and top.pos_ in ("NOUN", "PROPN") else None


#: the possessives that open a description through its owner ("Her son", "his lawyer")
_OWNER_POSSESSIVES = frozenset(["her", "his", "their"])

#: how many words of an office may stand between an inverted verb and the name it ends in
_INVERTED_OFFICE_WORDS = 5


def _inverted_name(verb: Any) -> Any | None:
    """'"Our engineers will work through the night," said operations director Lorna Keyes.':
    a speech verb right after a quote or a comma, with no subject, followed to the sentence's
    end by words of an office and a person's name, is said by that person.  The parser reads a
    role of several words as a clause of its own ("director" a verb with the name its object),
    so the name is not the verb's subject; with one word of office it is."""
    doc = verb.doc
    if _lemma(verb) not in SPEECH_VERBS or verb.i == 0 or not doc[verb.i - 1].is_punct:
        return None
    end = next((t.i for t in doc[verb.i + 1 :] if t.is_sent_start), len(doc))
    while end > verb.i + 1 and doc[end - 1].is_punct:
        end -= 1
    if end <= verb.i + 2 or doc[end - 1].ent_type_ != "PERSON":
        return None
    start = end - 1
    while start > verb.i + 1 and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    office = doc[verb.i + 1 : start]
    if not 0 < len(office) <= _INVERTED_OFFICE_WORDS:
        return None  # no office: the parse reads "said Lorna Keyes" itself
    if any(
        t.is_punct or t.pos_ in ("ADP", "PRON", "AUX", "PART", "SCONJ", "CCONJ") for t in office
    ):
        return None  # "said on Monday to Lorna Keyes", "said that …": not an office before a name
    return doc[end - 1]


#: verbs of saying whose object is who hears the words, not what is said
_HEARER_VERBS = frozenset(["tell", "inform", "assure", "remind", "brief", "notify"])


def _as_opening(verb: Any) -> tuple[Any, Any] | None:
    """The "as" that opens ``verb``'s clause and the verb of the clause it hangs on: its mark
    ("As the press service reported, …"), or the sentence's first word when the parser read
    "As the deputy from the faction X wrote in his channel, …" as a preposition whose noun the
    verb is a relative clause of (the verb having a subject of its own, not "who")."""
    if verb.dep_ == "advcl":
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return verb, verb.head
        return None
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that") for c in verb.children
    ):
        return None
    for up in verb.ancestors:
        if up.lower_ == "as" and up.dep_ == "prep" and up.i == up.sent.start:
            main = up.head
            return (
                (up, main) if main.i > verb.right_edge.i and main.pos_ in ("VERB", "AUX") else None
            )
    return None


def _name_after_clause(root: Any) -> Any | None:
    """The head of a person's name that closes ``root``'s noun phrase after its relative clause,
    set off by a comma: "The deputy mayor who replaced Ivo Kaas, Marta Lepp, said" (Lepp).  The
    parser hangs that name on the root or on the clause's last name; either way it is the
    root's, since a name set beside another name is another person.  None when there is no
    relative clause or no such name."""
    clause = next((c for c in root.rights if c.dep_ == "relcl"), None)
    if clause is None or root.ent_type_ == "PERSON":
        return None
    edge = root.right_edge
    while edge.is_punct and edge.i > clause.i:
        edge = edge.nbor(-1)
    if edge.ent_type_ != "PERSON" or edge.dep_ != "appos":
        return None
    if edge.head.i != root.i and edge.head.ent_type_ != "PERSON":
        return None  # "…, a former ally": an apposition to the clause's own words
    first = edge
    while first.ent_iob_ != "B" and first.i > clause.i:
        first = first.nbor(-1)
    return edge if first.i > 0 and first.nbor(-1).text == "," else None


def _according_apposition(verb: Any) -> Any | None:
    """ "According to the portal X, the deputy minister Y said that …": the parser may take the
    noun phrase after the comma for an apposition of X and leave the verb without a subject;
    the phrase that runs up to the verb is its subject (the outlet passes on Y's words)."""
    doc = verb.doc
    for prep in verb.children:
        if prep.lower_ != "according" or prep.i > verb.i:
            continue
        to = next((c for c in prep.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if obj is None:
            continue
        for appos in obj.children:
            if appos.dep_ != "appos" or appos.pos_ not in ("NOUN", "PROPN"):
                continue
            between = doc[
                obj.right_edge.i + 1
                if obj.right_edge.i < appos.i
                else obj.i + 1 : appos.left_edge.i
            ]
            if not any(t.text == "," for t in between):
                continue  # "the portal AgroPolis" itself, not a new phrase after a comma
            gap = doc[appos.right_edge.i + 1 : verb.i]
            if all(t.pos_ == "ADV" for t in gap):
                return appos
    return None


#: a share of people as the subject ("About 61% of owners", "Nearly half of the drivers"):
#: the share, then "of" and the people, up to the cue
_SHARE = re.compile(
    r"(?i)(?:(?:about|nearly|almost|over|more than|less than|some|around|roughly|just)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|per\s?cent\b)|half|a third|a quarter|two thirds|three quarters"
    r"|the majority|a majority)"
)
_OF_PEOPLE = re.compile(r"\s+of\s+[^,;:.!?\"“”()]{1,60}?\s*")


def _share_of_people(text: str, source: SourceRef, cue_start: int) -> None:
    """ "About 61% of owners said": the parser may make the share alone the subject ("61%", a
    body of that name, two different shares one speaker); the source is the share of those
    people, a group (a collective, not an organisation)."""
    share = _SHARE.match(text, source.start, source.end)
    if share is None:
        return
    if share.end() == source.end:  # the share alone: "of" and the people follow, up to the cue
        if _OF_PEOPLE.fullmatch(text, source.end, cue_start) is None:
            return
        end = cue_start
        while end > source.end and text[end - 1].isspace():
            end -= 1
        source.end = end
    elif not re.match(r"\s+of\s", text[share.end() : source.end]):
        return  # "Half the staff", "50% cheaper": no share of people named
    source.text = text[source.start : source.end]
    source.kind = "collective"
    source.plural = True
    source.entities = []


def _after_dateline(subj: Any, verb: Any) -> Any:
    """ "PARIS (AFP) - Marie Duval said": the parser may take the dateline for the
    subject; the subject is what stands between the dateline's dash and the verb."""
    doc = subj.doc
    start = subj.sent.start
    for dash in doc[subj.i + 1 : verb.i]:
        if dash.text in _DASHES and dash.i - start <= 12 and doc[dash.i - 1].text == ")":
            if dash.i + 1 >= verb.i:
                return subj
            head = doc[dash.i + 1 : verb.i].root
            return head if head.pos_ in ("NOUN", "PROPN", "PRON") else subj
    return subj


def _is_title(words: str) -> bool:
    """ "Meet the Press", "Fareed Zakaria GPS": a quoted name, not a quotation."""
    ws = [w for w in words.strip(" ,.").split() if w[:1].isalpha()]
    small = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "with"}
    return bool(ws) and all(w[0].isupper() or w in small for w in ws) and len(ws) <= 6


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


def _dedupe(found: list[Found]) -> list[Found]:
    """One quote per content span: the first cue wins, nested indirect duplicates are dropped."""
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    for f in found:
        if (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            out.append(f)
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
