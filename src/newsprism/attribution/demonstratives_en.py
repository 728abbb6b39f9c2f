"""A report that points back: "This was reported by the border service.", "The ministry
reported this on Thursday" (the English of «Об этом сообщил»): its content is the sentences
before it in the paragraph, not the word "this" (split out of :mod:`.quotes_en`, behaviour
unchanged)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .model import Found
from .nested_en import speech_cue
from .quotemarks import trim_span

#: a passive speech verb's subject that points back ("This was announced by the ministry")
_POINTING_BACK = frozenset(["this", "that", "it"])
#: verbs whose object "this" is what the sentence before says ("The ministry reported this on
#: Thursday", the English of «Об этом сообщило министерство»)
REPORTS_BACK = frozenset(["report", "announce", "state", "confirm", "declare", "say", "tell"])
#: an active report of "this": the object, then at most a time or a place ("this on Thursday",
#: "this at a briefing")
_THIS_OBJECT = re.compile(
    r"(?i)(?:this|that)(?:\s+(?:on|at|in|during|after|before)\s+[^,;:\"“”«»]{1,40}"
    r"|\s+(?:last|this|next)\s+(?:week|month|year|morning|evening|night|weekend)"
    r"|\s+(?:yesterday|today|earlier|later))?[.]?"
)
#: the most words an active report of "this" has ("this at a briefing on Tuesday")
_THIS_WORDS = 7
#: the most sentences a "This was stated by …" stands for
_THIS_SENTENCES = 3


def demonstratives(
    text: str,
    found: list[Found],
    sentences: Sequence[tuple[int, int]],
    paragraphs: Sequence[tuple[int, int]],
) -> list[Found]:
    """ "Polish farmers resumed the blockade. This was reported by the border service.": a
    content that is only "this" (the subject of a passive cue, before it) stands for the
    sentence before, in the same paragraph, when nothing else attributes that sentence (an
    "it" that cannot be read so is dropped: alone it says nothing)."""
    starts = [a for a, _ in sentences]
    out = []
    replaced: set[int] = set()
    for f in found:
        word = text[f.start : f.end].lower()
        if f.source and _reports_this(text, f):
            word = "this"  # "The ministry reported this on Thursday": active, the object
        if (
            word in _POINTING_BACK
            and f.cue is not None
            and f.source
            and (f.cue[0] >= f.end or word == "this" and f.cue[1] <= f.start)
        ):
            k = bisect_right(starts, f.start) - 2
            a, b = trim_span(text, *sentences[k]) if k >= 0 else (0, 0)
            # what that sentence's own verbs make of it yields, unless one is a speech verb:
            # "Border guards pushed 23 migrants … . This was stated by X": X reports the whole
            # sentence (the English of «Об этом заявил»), "pushed" reports nothing
            inside = [g for g in found if g is not f and g.start < b and g.end > a]
            if (
                k >= 0
                and any(p <= a and f.end <= q for p, q in paragraphs)
                and not any(
                    g.cue is None or speech_cue(text, g) and not _told_of(text, g) for g in inside
                )
            ):
                # «Об этом сообщил»: "this" is what the paragraph reported before it, so the
                # sentences before that one join while they are in the paragraph and nothing
                # attributes them ("The building was damaged. The blast knocked out windows.
                # This was reported by …")
                for j in range(k - 1, max(k - _THIS_SENTENCES, -1), -1):
                    c, d = trim_span(text, *sentences[j])
                    if not any(p <= c and f.end <= q for p, q in paragraphs) or any(
                        g.start < d and g.end > c for g in found
                    ):
                        break
                    a = c
                    inside = [g for g in found if g is not f and g.start < b and g.end > a]
                # the same "this" read twice (the rules and the learned finder) goes with it
                replaced.update(
                    id(g)
                    for g in found
                    if g is not f and (g.start, g.end, g.cue) == (f.start, f.end, f.cue)
                )
                f.start, f.end = a, b
                replaced.update(id(g) for g in inside)
            elif word == "it" or f.cue[1] <= f.start:
                # an active "He said this in a video message" whose "this" is already someone's
                # reported words (or nothing in its paragraph): it restates, says nothing new
                continue
        out.append(f)
    return [f for f in out if id(f) not in replaced]


#: "The conscripts will be informed of …": a passive speech verb whose subject is told, who
#: reports nothing (the sentence is still what "This was stated by X" points back to)
_TOLD_OF = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_TOLD_VERBS = frozenset(["told", "informed", "notified", "warned", "assured", "reminded"])


def _told_of(text: str, f: Found) -> bool:
    """Whether ``f``'s cue is a passive "be told/informed" (its subject the one addressed)."""
    assert f.cue is not None
    cue = text[f.cue[0] : f.cue[1]].lower().split()
    if not cue or cue[0] not in _TOLD_VERBS:
        return False
    return _TOLD_OF.search(text, max(0, f.cue[0] - 30), f.cue[0]) is not None


def this_read_twice(text: str, found: list[Found]) -> list[Found]:
    """Without an active "X said this (at a briefing)" whose "this" :func:`demonstratives`
    did not turn into the sentence before (the learned finder reads it again after): alone it
    says nothing, and after someone's reported words it restates them."""
    return [f for f in found if not _reports_this(text, f)]


def _reports_this(text: str, f: Found) -> bool:
    """Whether ``f`` is an active report whose words are only "this" with at most a time or a
    place ("The ministry reported this on Thursday")."""
    return (
        f.kind == "indirect"
        and f.cue is not None
        and f.cue[1] <= f.start
        and _THIS_OBJECT.fullmatch(text, f.start, f.end) is not None
        and len(text[f.start : f.end].split()) <= _THIS_WORDS
    )
