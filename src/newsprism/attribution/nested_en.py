"""Reported speech inside reported speech, in English: "X said that Y told him that …".

When what X is reported to have said opens with someone else's report — "Tosunyan said that,
according to bankers, demand has fallen", "Mamatov said that a laboratory employee had told him
that …", "Iryna told Suspilne that her neighbour said …", "The bankers, according to Tosunyan,
expect …" — the words are Y's, passed on by X.  A fact-checker wants Y as the source and X as
the one who relays it, not X as the speaker of a claim X only repeats.  The rules find both
readings (X's cue with the whole clause, Y's cue with the inner clause) and would keep only X's;
here the inner reading is kept instead, with X as its relayer, and X's is dropped.

Only an inner report that *opens* X's content counts (nothing but "that", commas or quotation
marks before its source or cue): a report further inside ("X said the law, which the ministry
says is unfair, …") stays part of X's words.  An inner source that is a pronoun ("he said that
he had told them") is X again or unclear, and is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .lexicon_en import words
from .model import Found, SourceKind, SourceRef

#: speech verbs that make an inner report (not stances such as "considers" or "expects", whose
#: content is still the outer speaker's claim about someone): their forms, and "according to"
_SPEECH = words(
    """
    say says said saying tell tells told telling report reports reported reporting write
    writes wrote written writing state states stated claim claims claimed announce announced
    announces warn warns warned inform informs informed confirm confirms confirmed assure
    assured complain complained insist insisted allege alleged add added
    explain explained note noted stress stressed emphasize emphasized emphasise emphasised
    promise promises promised
    """
)
#: requests: an inner report only where an outlet passes on the whole ("According to TASS,
#: the governor demanded …"); "X said that the firm had asked for money" tells of an act
_REQUEST = words(
    """
    demand demands demanded ask asks asked urge urges urged request requests requested
    instruct instructs instructed order orders ordered propose proposes proposed
    """
)
#: a promise reports words only with its "that" clause: "promised to answer" is an act
_PROMISE = words("promise promises promised")


#: "according to the faction's calculations": evidence the outer speaker cites, not a speaker
_HELD = words(
    "data information estimate estimates calculation calculations figures count statistics"
)


def _according(text: str, found: Found) -> bool:
    assert found.cue is not None
    return text[found.cue[0] : found.cue[1]].lower().split()[:2] == ["according", "to"]


def _passes_request(text: str, outer: Found, inner: Found) -> bool:
    """Whether ``outer`` is someone's "according to X" (not "according to him": a person's
    own account of what his side proposed is his) around ``inner``'s request."""
    assert inner.cue is not None
    cue = text[inner.cue[0] : inner.cue[1]].lower().split()
    return (
        bool(cue)
        and cue[0] in _REQUEST
        and _according(text, outer)
        and outer.source is not None
        and outer.source.kind != "pronoun"
    )


def speech_cue(text: str, found: Found) -> bool:
    """Whether ``found`` has a cue that reports words: a speech verb or "according to" (not
    "according to X's calculations"), unlike a stance or an act ("considers", "pushed")."""
    if found.cue is None:
        return False
    a, b = found.cue
    cue = text[a:b].lower().split()
    if cue[:2] == ["according", "to"]:
        phrase = re.findall(r"\w+", text[b : found.start].lower())
        return not _HELD.intersection(phrase)
    return bool(cue) and cue[0] in _SPEECH


#: what may stand between the start of X's content and the inner report: "that", quotation
#: marks, and a short phrase of place or time ("that in Katowice the consul had promised …")
_OPENING = re.compile(
    r"[\s,\"'“”‘’«»]*(?:that\b)?[\s,\"'“”‘’«»]*"
    r"(?:(?:in|on|at|during|after|before|earlier|later|last)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s*)?",
    re.IGNORECASE,
)
#: between an inner subject and its speech verb, one act before it: "had called her on Tuesday
#: and (had) told her", "called the association and said" — a past verb first, "and" last
_ACT_AND = re.compile(r"\s*(?:had\s+|has\s+)?[a-z]+ed\b[^,;.]*?\band\s+(?:had\s+|has\s+)?", re.I)
_ACT_AND_MAX_WORDS = 8

_CLOSING = re.compile(r"[\s,.;:!?\"'“”‘’«»)]*")
#: after an outlet's "according to X,": the office before the speaker's name ("the first deputy
#: minister of transport of the region Y said"), which the parser may leave out of Y's phrase
_TITLE = re.compile(r"\s*(?:the\s+)?(?:[\w’'-]+\s+){1,12}")
#: and a second clause joined to what the speaker said ("…, and the passengers will be …"):
#: the outlet passes on the whole sentence as the speaker's
_JOINED = re.compile(r"[\s\"'“”‘’«»]*,[\s\"'“”‘’«»]*(?:and|but)\b")


def _speaks_itself(clause: str) -> bool:
    """The joined clause has a verb of saying of its own (", but residents say they were never
    asked", ", and the opposition promised to go to court"): its words are another speaker's,
    not the office holder's whom the outlet quotes."""
    return bool(_SPEECH.intersection(re.findall(r"[a-z]+", clause.lower())))


def _interrupts(text: str, outer: Found, inner: Found) -> bool:
    """Whether ``outer`` is an "according to Y" set between ``inner``'s subject and its verb
    ("The bankers, according to Tosunyan, expect …", "Sandu, according to the statement,
    thanked …"): Y tells what X said or holds, whatever X's verb (a stance too)."""
    assert inner.source is not None and inner.cue is not None
    if outer.cue is None or outer.source is None:
        return False
    a, b = outer.cue
    if text[a:b].lower().split()[:2] != ["according", "to"]:
        return False
    between = text[inner.source.end : inner.cue[0]]
    phrase = text[a : outer.source.end]
    # "The bankers themselves, according to …, expect": a word may close the subject
    pattern = r"\s*(?:\w+\s*)?,\s*" + re.escape(phrase) + r"\s*,\s*(?:\w+\s+)?"
    return re.fullmatch(pattern, between) is not None


def same_source_after(text: str, outer: Found, inner: Found, others: list[Found]) -> list[Found]:
    """The reports inside ``outer``'s content that ``inner``'s subject makes next, joined by
    "and" ("According to the agency, the governor demanded … and warned that …": the agency
    passes on both, so neither is the agency's own)."""
    assert inner.source is not None
    chain: list[Found] = []
    end = inner.end
    for nxt in sorted(others, key=lambda f: f.start):
        if nxt is inner or nxt is outer or nxt.start < end or nxt.end > outer.end:
            continue
        if nxt.cue is None or nxt.source is None or nxt.relayed_by is not None:
            continue
        if nxt.source.start != inner.source.start or not (
            speech_cue(text, nxt) or _passes_request(text, outer, nxt)
        ):
            continue  # one subject of two verbs: the same words stand for both
        if re.fullmatch(r"[\s,]*(?:and|but)?\s*", text[end : nxt.cue[0]]) is None:
            continue
        chain.append(nxt)
        end = nxt.end
    return chain


def _opens(text: str, outer: Found, inner: Found, others: list[Found] = []) -> bool:  # noqa: B006
    """Whether ``inner``'s report opens ``outer``'s content: its source or cue comes first."""
    assert inner.source is not None and inner.cue is not None
    first = min(inner.cue[0], inner.source.start)
    first = max(first, outer.start)
    gap = text[outer.start : first]
    # and runs to the end of it: "Lithuania had warned Minsk several times, but …" reports an
    # act, not words of Lithuania's that X passes on
    chain = same_source_after(text, outer, inner, others)
    tail = text[chain[-1].end if chain else inner.end : outer.end]
    if _interrupts(text, outer, inner):
        return _OPENING.fullmatch(gap) is not None and _CLOSING.fullmatch(tail) is not None
    if (
        _according(text, outer)
        and outer.source is not None
        and outer.source.kind != "pronoun"
        and not text[inner.source.end : inner.cue[0]].strip()
        and (_OPENING.fullmatch(gap) is not None or _titled(gap))
        and (_CLOSING.fullmatch(tail) is not None or _JOINED.match(tail) is not None)
    ):
        return True
    if inner.source.end <= inner.cue[0]:
        # the inner subject and its verb side by side ("a laboratory employee had told him"),
        # not a subject of the outer clause a misparse hangs on a later verb ("Marta was a
        # nurse there and claim she has …")
        between = text[inner.source.end : inner.cue[0]].lower()
        acted = (
            _ACT_AND.fullmatch(between) is not None and len(between.split()) <= _ACT_AND_MAX_WORDS
        )
        if not acted and (
            len(between.split()) > 3 or re.search(r"[,;]|\b(?:and|but|or)\b", between)
        ):
            return False
    return _OPENING.fullmatch(gap) is not None and _CLOSING.fullmatch(tail) is not None


def _titled(gap: str) -> bool:
    """Whether ``gap`` is an office standing before a name: words with no comma, no "that" and
    no speech verb ("the first deputy minister of transport of the region")."""
    if _TITLE.fullmatch(gap) is None:
        return False
    said = re.findall(r"\w+", gap.lower())
    return "that" not in said and not _SPEECH.intersection(said)


#: a told-clause's words before its content: "had told the tenants on Monday"
_TELLING_MIN_WORDS = 4
#: words that say only when something was said ("announced earlier Friday")
_WHEN = words(
    """
    on earlier later last this next yesterday today tonight recently previously week month
    year morning evening night monday tuesday wednesday thursday friday saturday sunday
    """
)


def _telling(text: str, outer: Found, inner: Found) -> int | None:
    """Where X's own words end when X reports that Y told someone something ("Rustam told the
    agency that the landlord had told the tenants on Monday that …"): that the telling happened —
    who, to whom, when — is X's claim, the rest Y's words passed on.  ``None`` when the inner
    report is an "according to" or its subject and verb are not side by side before its
    content (then X's reading goes, as before)."""
    assert inner.source is not None and inner.cue is not None
    if text[inner.cue[0] : inner.cue[1]].lower().startswith("according"):
        return None
    if not (outer.start <= inner.source.start < inner.source.end <= inner.cue[0] < inner.start):
        return None
    end = inner.start
    while end > outer.start and (text[end - 1].isspace() or text[end - 1] in ",:"):
        end -= 1
    if text[end - 4 : end].lower() == "that" and not text[end - 5 : end - 4].isalpha():
        end -= 4
    while end > outer.start and text[end - 1].isspace():
        end -= 1
    after = re.findall(r"\w+", text[inner.cue[1] : end].lower())
    if len(text[outer.start : end].split()) < _TELLING_MIN_WORDS or not after:
        return None  # "… that the commissioner had said": no one told, nothing but the verb
    if all(w in _WHEN for w in after):
        return None  # "… that the commission announced earlier Friday": only when
    return end


def _promised_act(text: str, inner: Found) -> bool:
    """Whether ``inner`` is a promise to do something ("had promised to discharge her"), not
    a promise that something will be."""
    assert inner.cue is not None
    cue = text[inner.cue[0] : inner.cue[1]].lower().split()
    return bool(cue) and cue[0] in _PROMISE and text[inner.start : inner.start + 5] != "that "


def _act_end(text: str, outer: Found, inner: Found) -> int | None:
    """Where X's own words end when Y's report is the second of two acts ("… that an employee
    had called her on Tuesday and told her that …"): X tells of the call, Y's words follow."""
    assert inner.source is not None and inner.cue is not None
    between = text[inner.source.end : inner.cue[0]]
    if not (outer.start <= inner.source.start and inner.source.end <= inner.cue[0]):
        return None
    if _ACT_AND.fullmatch(between.lower()) is None:
        return None
    m = list(re.finditer(r"\s+and\b", between))
    return inner.source.end + m[-1].start() if m else None


#: a capitalised word (a name's part) closing a subject: "… of energy Serik Zhanabayev"
_NAME_WORD = re.compile(r"[A-ZА-ЯЁ][\w’'.-]*$")


def _subject_after_opening(text: str, outer: Found, inner: Found) -> None:
    """ "According to the agency "X", the deputy minister Y said that …": the parser may hang
    the phrase after the opening's comma on the outlet's name, so that the inner verb's subject
    runs from the outlet to the speaker ('"X", the deputy minister Y').  The subject is what
    follows the opening: it is cut there (the outlet is the outer report's source, and the
    words that follow are the speaker's office and name)."""
    if outer.source is None or inner.source is None or inner.cue is None:
        return
    src = inner.source
    if not (src.start < outer.start < src.end <= inner.cue[0] and outer.source.end <= outer.start):
        return
    start = outer.start
    while start < src.end and (text[start].isspace() or text[start] in ",\"'“”‘’«»"):
        start += 1
    words_ = text[start : src.end].split()
    if not words_ or len(words_) > 14 or "," in text[start : src.end]:
        return
    kind: SourceKind = "name" if _NAME_WORD.match(words_[-1]) else "description"
    lower = [w.lower() for w in words_ if w[:1].islower() and w.lower() not in ("the", "a", "an")]
    head = lower[lower.index("of") - 1] if "of" in lower[1:] else (lower[-1] if lower else None)
    inner.source = SourceRef(start, src.end, text[start : src.end], kind, head)


#: an inner report under a modal is one not made ("X said that the operator should first
#: explain why …", "that the party will propose an amendment"): X's words, not Y's relayed
#: (:func:`_not_made`; the switch for measuring it off and on)
MODAL_NOT_RELAYED = True

#: the modal and future words that make an inner report one not (yet) made
_MODALS = words("should must will would could can cannot may might shall ought")


def _not_made(text: str, inner: Found) -> bool:
    """Whether a modal stands between the inner report's source and its cue ("the operator
    should first explain", "the SDP will propose"): a report asked for, promised or
    supposed, not one the inner source made."""
    if not MODAL_NOT_RELAYED or inner.cue is None or inner.source is None:
        return False
    if inner.source.end > inner.cue[0]:
        return False  # the source after its cue ("…, said the minister"): nothing between
    between = re.findall(r"[a-z']+", text[inner.source.end : inner.cue[0]].lower())
    return len(between) <= 4 and any(w in _MODALS or w.endswith("n't") for w in between)


def relay_nested(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each indirect report whose content opens with another source's report
    replaced by that inner report, relayed by the outer source (see the module's text)."""
    for outer in found:
        if outer.kind == "indirect" and outer.cue is not None and _according(text, outer):
            for inner in found:
                if inner is not outer and outer.start < (inner.cue or (0, 0))[0] < outer.end:
                    _subject_after_opening(text, outer, inner)
    dropped: set[int] = set()
    # an inner report lies inside its outer one's content: only those whose start falls in
    # it are asked (in the list's order), not every report of the article for every other
    # one (quadratic: a page of thousands of short reports took minutes)
    by_start = sorted(range(len(found)), key=lambda i: found[i].start)
    starts = [found[i].start for i in by_start]
    for outer in found:
        if (
            outer.kind != "indirect"
            or outer.cue is None
            or outer.source is None
            or outer.relayed_by is not None
            or id(outer) in dropped
        ):
            continue
        within = by_start[bisect_left(starts, outer.start) : bisect_right(starts, outer.end)]
        for inner in (found[i] for i in sorted(within)):
            if (
                inner is outer
                or inner.cue is None
                or inner.source is None
                or inner.relayed_by is not None
                or inner.source.kind == "pronoun"
                or not (
                    speech_cue(text, inner)
                    or _interrupts(text, outer, inner)
                    or _passes_request(text, outer, inner)
                )
                or _promised_act(text, inner)
                or _not_made(text, inner)
                or len(text[inner.start : inner.end].split()) < 4
                or not (outer.start <= inner.start and inner.end <= outer.end)
                or not outer.start <= inner.cue[0] < outer.end
                or inner.source.start < outer.source.end
                and outer.source.start < inner.source.end
            ):
                continue
            others = [found[i] for i in within]
            if _opens(text, outer, inner, others):
                according = _according(text, outer)
                for passed in (inner, *same_source_after(text, outer, inner, others)):
                    passed.relayed_by = outer.source
                    passed.relayed_report = according
                if (
                    according
                    and _JOINED.match(text, inner.end) is not None
                    and not _speaks_itself(text[inner.end : outer.end])
                ):
                    inner.end = outer.end  # "…, and …": the rest of what the outlet passes on
                told = _act_end(text, outer, inner) or _telling(text, outer, inner)
                if told is None:
                    dropped.add(id(outer))
                else:
                    outer.end = told  # X's own claim: that Y told them (see _telling)
                    outer.passes_on = True
                break
    return [f for f in found if id(f) not in dropped]
