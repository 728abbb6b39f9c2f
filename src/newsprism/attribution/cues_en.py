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
    IN_NOUNS,
    LIGHT_VERBS,
    NOUN_PREPS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
)
from .model import Found, QuoteKind

if TYPE_CHECKING:
    from .quotes_en import _Reader

#: where something was said, in "In an interview, she said …" (the verb is the cue there)
MEDIA_NOUNS = frozenset(
    ["interview", "speech", "address", "remarks", "op-ed", "column", "book", "essay", "filing"]
)

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
    if (subj is None or subj.i > head.i) and adverb.i + 1 >= len(adverb.doc):
        return None  # "… Paid reportedly" ending a cut-off text: nothing after the adverb
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


def adjective_cue(reader: _Reader, adj: Any, any_adjective: bool = False) -> Found | None:
    """ "supporters are optimistic that he will win", "critical of the deal": a held stance.

    ``any_adjective`` reads adjectives outside the lexicon so too (for :mod:`.learned_en`)."""
    if adj.dep_ != "acomp" or str(adj.head.lemma_).lower() not in COPULAS:
        return None
    if reader.quote_at(reader.offset + adj.idx) is not None:
        return None  # "I am sure …" inside a quote is part of what the speaker says
    if (
        not any_adjective
        and str(adj.lemma_).lower() not in ATTITUDE_ADJECTIVES
        and adj.lower_ not in ATTITUDE_ADJECTIVES
    ):
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


#: "in the words of X" / "in his words" as an aside inside its sentence, and the comma the parse
#: hangs on the name closing the opening phrase (switches for measuring them)
WORDS_ASIDE = True


def prep_cue(reader: _Reader, sent: Any, prep: Any) -> Found | None:
    """ "In his view, …", "In a poll released Monday, …", "…, in a new poll".

    ("For most voters, the economy matters most" is an attribution too, but "For Smith, the
    win means 99 delegates" is not, and the two cannot be told apart by the parse.)"""
    # "In his words, in some schools …": the parser may make the opening "In" the root of the
    # sentence («По его словам» translated), the clause after the comma hung below it
    rooted = prep.dep_ == "ROOT" and prep.i == sent.start
    if (prep.dep_ != "prep" and not rooted) or reader.quote_at(reader.offset + prep.idx):
        return None
    obj = _obj(prep)
    if obj is None or obj.dep_ != "pobj":
        return None
    lemma = str(obj.lemma_).lower()
    # the form too: "In his words" (lemma "word"; «по его словам»), not "in a word"
    if prep.lower_ != "in" or (lemma not in IN_NOUNS and obj.lower_ not in IN_NOUNS):
        return None
    head = str(prep.head.lemma_).lower()
    if (head in SPEECH_VERBS or head in ATTITUDE_VERBS) and lemma in STATEMENT_NOUNS | MEDIA_NOUNS:
        return None  # "In a statement, she said …": the verb is the cue
    initial = all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in sent[: prep.i - sent.start])
    after = (obj.right_edge if rooted else prep.right_edge).i + 1
    if WORDS_ASIDE and lemma == "word":
        # "In the words of Sokolova, the list …": the parser may hang the comma, and the clause
        # after it, on the name (an apposition); the phrase ends at its first comma
        comma = next((t.i for t in prep.doc[obj.i + 1 : after] if t.text == ","), None)
        after = comma if comma is not None else after
    comma_after = after < sent.end and prep.doc[after].text == ","
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    holder = poss or (_obj(of) if of is not None else None) or obj
    if initial and comma_after and after + 1 < sent.end:
        # the bound: a text cut off right after "In his view," (a paywall preview, a truncated
        # scrape) has nothing after the comma, and the index would run past the document
        first, last = prep.doc[after + 1], sent[-1]
    elif (
        WORDS_ASIDE
        and comma_after
        and lemma == "word"
        and prep.i > sent.start + 1
        and prep.doc[prep.i - 1].text == ","
        and after + 3 < sent.end
    ):
        # "After that, in the words of the secretary, the drivers will …", "X learned of it,
        # in his words, from an e-mail", "…, in her words, “he knows how”": the aside vouches
        # for what follows it (the whole sentence took in a narrator's clause before it)
        first, last = prep.doc[after + 1], sent[-1]
    elif (
        prep.i > sent.start
        and prep.doc[prep.i - 1].text == ","
        and prep.right_edge.i >= sent.end - 2
    ):
        first, last = sent[0], prep.doc[prep.i - 1]
    else:
        return None
    if first.i >= last.i:
        return None
    a, b = reader.span(first, last)
    if len(reader.text[a:b].split()) < 4:
        return None
    source = reader.source(holder)
    s, e = reader.span(holder.left_edge, holder)
    source.start, source.end, source.text = s, e, reader.text[s:e]
    cue = (reader.offset + prep.idx, reader.offset + obj.idx + len(obj.text))
    if holder is obj:
        cue = (cue[0], cue[0] + len(prep.text))
    return Found(_kind(reader, a, b), a, b, cue, source)
