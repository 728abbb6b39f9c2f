"""A document's words in the impersonal passive of translated news: "it is said in the message".

    The club informed about this on its site. The decision was taken "by the results of the
    last month", it is said in the message.
    In the statement of the union, published on its website, it is said that all expenses are
    documented.

Russian writes a body's statement as «говорится в сообщении», «в заявлении … сказано, что …»,
and translated English keeps it: "it is said in the message", "in the statement … it is said
that …".  The parser reads a passive verb with "it" for its subject, which no reader takes for
a report; the words belong to the document named after "in", and through it to whoever issued it
(:mod:`.speakers` resolves a document to its issuer).  Issue 12, session 27: five of the
translated-style development half A's wrong speakers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bodies_en import body_noun
from .model import Found, QuoteKind, SourceRef
from .roles import EN_ORGANIZATIONS

_VERBS = r"(?:said|stated|noted|reported|written|emphasi[sz]ed|specified|indicated|underlined)"
#: "it is said in the message", after the words it reports
_AFTER = re.compile(
    rf"[,”\"]\s*it\s+(?:is|was|has\s+been)\s+{_VERBS}\s+(?:in|on)\s+"
    r"(?P<doc>(?:the|its|their|this|that)\s+[a-z][\w'’ -]{1,50}?)\s*[.!]?\s*$"
)
#: "it is said in the statement that …", "In the statement of X, …, it is said that …"
_BEFORE = re.compile(
    rf"\b[Ii]t\s+(?:is|was|has\s+been)\s+(?:also\s+)?{_VERBS}(?:\s+(?:in|on)\s+"
    r"(?P<doc>(?:the|its|their|this|that)\s+[a-z][\w'’ -]{1,50}?))?\s+that\s+"
)
_OPENING_DOC = re.compile(r"^(?:In|On)\s+(?P<doc>(?:the|its|their|this|that)\s+[^,]{1,80}?),")
#: "In the statement of the ministry it is said that …": the opening phrase with no comma
#: before the passive (the word order of «В заявлении министерства говорится, что …»)
_OPENING_DOC_BARE = re.compile(
    rf"^(?:In|On)\s+(?P<doc>(?:the|its|their|this|that)\s+[^,]{{1,80}}?)\s+it\s+(?:is|was|has\s+been)"
    rf"\s+(?:also\s+)?{_VERBS}\s+that\s"
)
#: switches for measuring: the bare opening above; a body, not a document, after "in" ("it was
#: said in the ministry that …", «в министерстве сказали»: the body speaks itself)
OPENING_WITHOUT_COMMA = True
#: "It was (also) said in the ministry that …" opening its sentence (a switch for measuring it)
OPENING_IT = True
BODY_AFTER_IN = True
#: "in the statement of the ministry", "in the report of the commission": the body after "of"
#: speaks (a switch for measuring it)
DOCUMENT_OF_BODY = True
_OF_BODY = re.compile(r"\bof\s+(?P<body>the\s+[^,]{1,70})$")


def _issuing_body(text: str, start: int, end: int) -> SourceRef | None:
    """The body a document's phrase names as its issuer after "of" ("the decision of the
    Ministry of Health", "the report of the commission"), when a noun for a body heads it."""
    m = _OF_BODY.search(text, start, end)
    if m is None:
        return None
    words = re.split(r"\s+(?:of|for|on|in|at|to)\s+", m.group("body"), maxsplit=1)[0].split()
    head = words[-1].strip('"“”«»').lower()
    if len(words) < 2 or not body_noun(head):
        return None
    return SourceRef(m.start("body"), end, text[m.start("body") : end], "organization", head)


#: the nouns of a document a body issues
_DOCUMENTS = frozenset(
    [
        "message",
        "statement",
        "report",
        "release",
        "announcement",
        "notice",
        "letter",
        "appeal",
        "decision",
        "resolution",
        "post",
        "publication",
        "document",
        "order",
        "decree",
        "comment",
        "communique",
        "communiqué",
        "bulletin",
        "press-release",
        "website",
        "site",
        "channel",
        "page",
    ]
)


def said_in(text: str, sentences: Sequence[tuple[int, int]], found: Sequence[Found]) -> list[Found]:
    """``found`` with the words each "it is said in the <document>" sentence reports, sourced
    in that document (a reading of them with no source of its own gives way)."""
    out = list(found)
    for k, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        if "it " not in sentence.lower():
            continue  # the cheap test first
        reading = _reading(text, start, end)
        if reading is None:
            continue
        a, b, doc = reading
        if " of " not in doc.text and "'s " not in doc.text and "’s " not in doc.text:
            # "The club informed about this on its site. …, it is said in the message.": the
            # body that issued the message a sentence before, in the same paragraph
            doc = _issued_before(text, sentences[max(0, k - 2) : k], start) or doc
        out = [f for f in out if not (f.source is None and f.start < b and a < f.end)]
        if any(f.start < b and a < f.end for f in out):
            continue  # someone else's reading holds the words
        kind: QuoteKind = "direct" if text[a] in '“"' and text[b - 1] in '”"' else "indirect"
        out.append(Found(kind, a, b, cue=None, source=doc))
    return out


def _reading(text: str, start: int, end: int) -> tuple[int, int, SourceRef] | None:
    sentence = text[start:end].rstrip()
    m = _AFTER.search(sentence)
    if m is not None:
        doc = _document(text, start + m.start("doc"), start + m.end("doc"))
        a, b = start, start + m.start() + (1 if sentence[m.start()] in '”"' else 0)
        while a < b and text[a].isspace():
            a += 1
        if doc is None or len(text[a:b].split()) < 3:
            return None
        return a, b, doc
    m = _BEFORE.search(sentence)
    if m is not None and not OPENING_IT and sentence[m.start()] == "I":
        m = None
    if m is None:
        return None
    if m.group("doc"):
        doc = _document(text, start + m.start("doc"), start + m.end("doc"))
    else:
        opening = _OPENING_DOC.match(sentence) or (
            _OPENING_DOC_BARE.match(sentence) if OPENING_WITHOUT_COMMA else None
        )
        doc = (
            _document(text, start + opening.start("doc"), start + opening.end("doc"))
            if opening is not None
            else None
        )
    a, b = start + m.end(), start + len(sentence)
    while b > a and text[b - 1] in ".!":
        b -= 1
    if doc is None or len(text[a:b].split()) < 3:
        return None
    return a, b, doc


#: a body issuing something: its name, then the verb ("The ministry distributed the message")
_ISSUED = re.compile(
    r"(?P<who>The\s+[^,.;:!?]{1,80}?)\s+(?:distributed|published|posted|issued|released|"
    r"sent|spread|informed|announced|reported)\b"
)


def _issued_before(text: str, before: Sequence[tuple[int, int]], start: int) -> SourceRef | None:
    """The body whose issuing opens one of the sentences ``before`` (the nearer first), in the
    paragraph of the sentence at ``start``."""
    paragraph = text.rfind("\n", 0, start) + 1
    for a, b in reversed(before):
        if a < paragraph:
            break
        m = _ISSUED.match(text, a, b)
        if m is None:
            continue
        who = m.group("who")
        head = re.split(r"\s+(?:of|for|on|in|at)\s+", who, maxsplit=1)[0].split()[-1]
        head = head.strip('"“”«»').lower()
        if body_noun(head):
            return SourceRef(a, a + len(who), who, "organization", head)
    return None


#: the nouns of a body that issues statements, for "it was said in the ministry that …" (review
#: R6, session 40).  ``body_noun`` is too wide here: it takes any group WordNet knows ("the
#: industry", "the family", "the country", "the team"), and "it is said in the family that …" is
#: hearsay, not a statement.  The organisation nouns of :mod:`.roles` less those that name a group
#: or a place rather than an issuer ("in the party", "in the house", "in the group" are said
#: among its members), and the state's issuers that list lacks.
_ISSUERS = (
    EN_ORGANIZATIONS
    - {
        "alliance",
        "army",
        "coalition",
        "group",
        "house",
        "league",
        "network",
        "party",
        "university",
    }
) | {"government", "cabinet", "police", "prosecutor's", "parliament", "mayoralty"}


def _issuer(words: Sequence[str]) -> str | None:
    """The head noun of ``words`` ("the ministry", "the Ministry", "the White House", "the
    press service of …" cut before "of") when they name a body that issues statements: a noun of
    an issuer, or a name in capitals ending in a noun for a body ("the White House", "the Labour
    Party")."""
    last = words[-1].strip('"“”«»') if len(words) > 1 else ""
    if last.lower() in _ISSUERS:
        return last.lower()
    if all(w[:1].isupper() for w in words[1:]) and body_noun(last.lower()):
        return last.lower()
    return None


def _document(text: str, start: int, end: int) -> SourceRef | None:
    """The document words ``text[start:end]`` as a source, if a noun for a document heads them."""
    words = text[start:end].split()
    core = " ".join(words).split(" of ")[0].split(",")[0].split()
    head = next((w.lower() for w in reversed(core) if w.lower() in _DOCUMENTS), None)
    body = _issuing_body(text, start, end) if head is not None and DOCUMENT_OF_BODY else None
    if body is not None:
        return body
    if head is None:
        last = _issuer(core) if core else None
        if BODY_AFTER_IN and last is not None and core[0].lower() == "the":
            # "it was said in the ministry that …": the body's own words, no document named
            return SourceRef(start, end, text[start:end], "organization", last)
        return None
    return SourceRef(start, end, text[start:end], "document", head)
