"""English phrases shaped like reports that report nobody's words (issue 12).

Three shapes close or open most English news articles and read, to the cue finder, like a
speech verb or a noun of saying with a subject and an object:

* a request answered or not: "The builder did not respond to a request for comment", "The
  ministry ignored his request that the vote be delayed".  The noun of saying is the object (or
  in a prepositional object) of a verb of answering, declining or ignoring; whoever asked is its
  owner, never that verb's subject.  With the owner named ("his request", "the ministry's
  request") the report is the owner's; without one, it is nobody's the text names: no report.
* "(a request) for comment" as the whole content: the stock phrase of asking, not words said.
* "did not reply to emailed questions", "declined to answer questions": an answer not given,
  its content only the questions asked, is no report.
* "The board met to discuss the contract": "discuss" or "talk" as the purpose of a meeting
  (an infinitive under meet, gather, convene …, or under a meeting noun) says what a meeting was
  about, not what anyone said.  PolNeAR annotates this shape (two of its dev attributions); the
  reader's "who said what" should not list it.

Grammar only (spaCy's parse, closed word classes), no sentence shapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .model import Found, SourceRef

#: nouns of asking: their owner asks, the one who answers (or does not) is someone else
REQUEST_NOUNS = frozenset(
    [
        "request",
        "inquiry",
        "enquiry",
        "query",
        "call",
        "message",
        "email",
        "e-mail",
        "voicemail",
        "plea",
        "appeal",
        "invitation",
        "demand",
    ]
)
#: verbs of answering, declining or ignoring what someone else asked
ANSWERING_VERBS = frozenset(
    [
        "respond",
        "reply",
        "answer",
        "return",
        "decline",
        "ignore",
        "refuse",
        "reject",
        "rebuff",
        "acknowledge",
        "heed",
        "grant",
        "deny",
        "spurn",
        "dismiss",
    ]
)
#: verbs and nouns of meeting: "met to discuss", "a meeting to discuss"
MEETING_VERBS = frozenset(["meet", "gather", "convene", "assemble", "huddle", "caucus"])
MEETING_NOUNS = frozenset(["meeting", "gathering", "summit", "session"])
#: verbs that name the topic of talk rather than what was said
TOPIC_VERBS = frozenset(["discuss", "talk"])

_DETERMINERS = r"(?:a|an|the|any|our|his|her|their|its|repeated|several|multiple|further|numerous)"
_ASKING = r"(?:requests?|inquir(?:y|ies)|enquir(?:y|ies)|quer(?:y|ies)|calls?|messages?|e-?mails?)"
#: "a request for comment (on Wednesday)", "requests seeking comment", "for comment"
_FOR_COMMENT = re.compile(
    rf"\W*(?:{_DETERMINERS}\s+)*(?:{_ASKING}\s+(?:for|seeking)|for)\s+comments?\b", re.IGNORECASE
)
_COMMENT_FIRST = re.compile(r"\W*comments?\b", re.IGNORECASE)
#: "(emailed) questions", "repeated requests": what someone else asked, as a whole content
_ASKED = re.compile(rf"\W*(?:[\w-]+\s+){{0,2}}(?:{_ASKING}|questions?)\W*$", re.IGNORECASE)

Chunk = tuple[int, Any, Callable[[Any], SourceRef]]


def _tokens_by_start(chunks: Sequence[Chunk]) -> dict[int, tuple[Any, Callable[[Any], SourceRef]]]:
    """Each parsed token by the character of the text it starts at, with its chunk's source
    maker (the first chunk's where chunks overlap).  Built once per article: looking each cue up
    in every chunk made a long article's many reports cost reports × paragraphs."""
    out: dict[int, tuple[Any, Callable[[Any], SourceRef]]] = {}
    for c_start, doc, make_source in chunks:
        for tok in doc:
            out.setdefault(c_start + tok.idx, (tok, make_source))
    return out


def _governor(noun: Any) -> Any | None:
    """The verb ``noun`` is the object of, directly or through a preposition ("respond to")."""
    if noun.dep_ in ("dobj", "obj", "nsubjpass"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head
    return None


def _meeting_purpose(verb: Any) -> bool:
    """``verb`` is "to discuss"/"to talk" saying what a meeting was for."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TOPIC_VERBS:
        return False
    if verb.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    return (head.pos_ == "VERB" and lemma in MEETING_VERBS) or (
        head.pos_ == "NOUN" and lemma in MEETING_NOUNS
    )


def _not_done(verb: Any) -> bool:
    """``verb`` is negated ("did not reply") or what someone declined ("declined to answer")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse", "fail")


def _covers(source: SourceRef | None, tok: Any, c_start: int) -> bool:
    if source is None:
        return False
    start: int = c_start + tok.idx
    return source.start <= start < source.end or start <= source.start < start + len(tok.text)


#: a greeting as what is said ("goodbye to the fans", "a last farewell", "hello to …"): the
#: greeting is the whole object, nothing but its addressee after it — "farewell tours were a
#: waste" is a statement about farewells, and "thanks to the grant, prices fell" a cause
_GREETING = re.compile(
    r"(?i)\s*(?:(?:a|his|her|their|its|our|my|final|last|warm|emotional)\s+)*"
    r"(?:(?:goodbye|good-bye|farewell|hello)(?=\s+(?:to|from|for)\b|\W*$)|thanks(?=\s+for\b|\W*$))"
)


def drop_stock_phrases(text: str, found: list[Found], chunks: Sequence[Chunk]) -> list[Found]:
    """``found`` without the stock phrases of asking and meeting; a request's owner speaks."""
    kept: list[Found] = []
    tokens = _tokens_by_start(chunks) if any(f.cue is not None for f in found) else {}
    for f in found:
        content = text[f.start : f.end]
        if _FOR_COMMENT.match(content):
            continue
        cue_start = f.cue[0] if f.cue is not None else -1
        at = tokens.get(cue_start) if f.cue is not None else None
        if at is None:
            kept.append(f)
            continue
        tok, make_source = at
        lemma = tok.lemma_.lower()
        if lemma == "comment" and tok.dep_ == "pobj" and tok.head.lower_ == "for":
            continue  # "(a request, reached) for comment on Wednesday": the stock phrase
        if tok.pos_ in ("NOUN", "PROPN") and lemma in REQUEST_NOUNS:
            if _COMMENT_FIRST.match(content):
                continue
            governor = _governor(tok)
            if governor is not None and governor.lemma_.lower() in ANSWERING_VERBS:
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                if owner is None:
                    continue  # whoever asked is not named: no report
                c_start = int(cue_start - tok.idx)
                if not _covers(f.source, owner, c_start):
                    f.source = make_source(owner)
        elif _meeting_purpose(tok):
            continue
        elif lemma in ANSWERING_VERBS and _not_done(tok) and _ASKED.match(content):
            continue  # "did not reply to emailed questions": no answer is no report
        elif lemma in ("say", "bid") and _GREETING.match(content):
            continue  # "said goodbye to the team": a greeting says nothing of the world
        kept.append(f)
    return kept
