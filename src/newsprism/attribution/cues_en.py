"""English cues that are not a reporting verb with a subject: raising verbs, passives without
an agent, report adverbs and attitude adjectives.

PolNeAR (the benchmark we measure on) annotates "Trump is expected to win", "Bloomberg is
reportedly considering a run" and "supporters are optimistic that …" as attributions: the
first two with no source, the last with the subject as source.  Each function takes the
:class:`~.quotes_en._Reader` of the paragraph and one trigger token and returns a
:class:`~.model.Found` or ``None``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .lexicon_en import (
    ATTITUDE_ADJECTIVES,
    ATTITUDE_VERBS,
    COPULAS,
    HOLDER_OF_NOUNS,
    LIGHT_VERBS,
    NOUN_PREPS,
    SPEECH_VERBS,
)
from .model import Found, QuoteKind

if TYPE_CHECKING:
    from .quotes_en import _Reader

#: the dependents that carry what a raising verb or an adjective attributes
_COMPLEMENTS = ("xcomp", "ccomp", "acomp", "attr", "oprd")


def _kind(reader: _Reader, a: int, b: int) -> QuoteKind:
    q = reader.quote_at(a)
    return "direct" if q is not None and q is reader.quote_at(b - 1) else "indirect"


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def raising_cue(reader: _Reader, verb: Any) -> Found | None:
    """ "Trump appears to lead", "the voters seemed unperturbed", "it seems that …"."""
    comps = [c for c in verb.rights if c.dep_ in _COMPLEMENTS]
    if not comps or reader.quote_at(reader.offset + verb.idx) is not None:
        return None
    comp = comps[0]
    lemma = str(comp.lemma_).lower()
    if comp.dep_ == "xcomp" and (lemma in SPEECH_VERBS or lemma in ATTITUDE_VERBS):
        return None  # "Obama seemed to recognize …": the inner verb is the cue, with a source
    subj = _subject(verb)
    start = comp.left_edge
    if subj is not None and subj.dep_ != "expl" and subj.lower_ not in ("it", "there"):
        start = subj.left_edge
    if start.i > verb.i and comp.dep_ != "ccomp":
        return None  # no subject before the verb: a question or an inverted clause
    a, b = reader.span(start, comp.right_edge)
    if len(reader.text[a:b].split()) < 3:
        return None
    return Found(_kind(reader, a, b), a, b, reader.cue_span(verb), None)


def adverb_cue(reader: _Reader, adverb: Any) -> Found | None:
    """ "The group has reportedly spent $1.5 million": the clause is attributed to reports."""
    head = adverb.head
    if adverb.dep_ != "advmod" or head.pos_ not in ("VERB", "AUX"):
        return None
    if reader.quote_at(reader.offset + adverb.idx) is not None:
        return None
    subj = _subject(head)
    start = subj.left_edge if subj is not None and subj.i < head.i else adverb.nbor(1)
    end = head
    for c in head.rights:
        if c.dep_ not in ("punct", "cc", "conj") or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            end = c.right_edge if c.dep_ != "punct" else end
    a, b = reader.span(start, end)
    if b - a < 10:
        return None
    c = reader.offset + adverb.idx
    return Found(_kind(reader, a, b), a, b, (c, c + len(adverb.text)), None)


def adjective_cue(reader: _Reader, adj: Any) -> Found | None:
    """ "supporters are optimistic that he will win", "critical of the deal": a held stance."""
    if adj.dep_ != "acomp" or str(adj.head.lemma_).lower() not in COPULAS:
        return None
    if reader.quote_at(reader.offset + adj.idx) is not None:
        return None  # "I am sure …" inside a quote is part of what the speaker says
    if str(adj.lemma_).lower() not in ATTITUDE_ADJECTIVES and adj.lower_ not in ATTITUDE_ADJECTIVES:
        return None
    comp = None
    last_cue = adj
    for c in adj.rights:
        if c.dep_ in ("ccomp", "xcomp"):
            comp = c
            break
        if c.dep_ == "prep" and c.lower_ in (
            "of",
            "about",
            "with",
            "that",
            "on",
            "for",
            "to",
            "in",
        ):
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                comp, last_cue = obj, c
                break
    if comp is None:
        return None  # "he was happy": a description of the person, not an attribution
    subj = reader.subject_of(adj.head)
    if subj is None:
        return None
    a, b = reader.span(comp.left_edge, comp.right_edge)
    if len(reader.text[a:b].split()) < 2:
        return None
    cue = (reader.offset + adj.head.idx, reader.offset + last_cue.idx + len(last_cue.text))
    if adj.head.i > adj.i:
        cue = (reader.offset + adj.idx, cue[1])
    source = reader.source(subj)
    if a <= source.start < b:
        return None
    return Found(_kind(reader, a, b), a, b, cue, source)


def _obj(prep: Any) -> Any | None:
    return next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)


def noun_cue(reader: _Reader, noun: Any) -> Found | None:
    """ "his support for the bill", "her claim that …", "voiced concerns about …"."""
    lemma = str(noun.lemma_).lower()
    if reader.quote_at(reader.offset + noun.idx) is not None:
        return None  # inside someone's quote: part of what they say
    content = None
    cue_end = noun
    holder = None
    for c in noun.rights:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ in ("mark", "aux") and m.lower_ in ("that", "to") for m in c.children
        ):
            content = (c.left_edge, c.right_edge)
            break
        if c.dep_ == "prep" and c.lower_ in NOUN_PREPS:
            obj = _obj(c)
            if obj is None:
                continue
            if c.lower_ == "of" and lemma in HOLDER_OF_NOUNS:
                holder = obj
                continue
            content, cue_end = (obj.left_edge, obj.right_edge), c
            break
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "among") and holder is None:
            holder = _obj(c)
    if content is None and noun.dep_ == "nsubj" and str(noun.head.lemma_).lower() == "be":
        # "His concern is that they will cut the post"
        attr = next((c for c in noun.head.rights if c.dep_ in ("ccomp", "xcomp")), None)
        if attr is not None:
            content, cue_end = (attr.left_edge, attr.right_edge), noun.head
    if content is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        holder = poss
    elif holder is None and noun.dep_ in ("dobj", "attr"):
        verb = noun.head
        if str(verb.lemma_).lower() in LIGHT_VERBS:
            holder = reader.subject_of(verb)
    a, b = reader.span(*content)
    if len(reader.text[a:b].split()) < 2 and holder is None:
        return None
    source = reader.source(holder) if holder is not None else None
    if source is not None and poss is not None:
        # "Mr. Trump's" is the source, not the rest of the noun phrase
        s, e = reader.span(poss.left_edge, poss)
        source.start, source.end, source.text = s, e, reader.text[s:e]
    if source is not None and (a <= source.start < b or a < source.end <= b):
        return None
    first = noun
    while (
        first.i > 0
        and first.doc[first.i - 1].dep_ == "amod"
        and first.doc[first.i - 1].head is noun
    ):
        first = first.doc[first.i - 1]
    cue = (reader.offset + first.idx, reader.offset + cue_end.idx + len(cue_end.text))
    return Found(_kind(reader, a, b), a, b, cue, source)
