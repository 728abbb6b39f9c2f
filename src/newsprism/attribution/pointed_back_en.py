"""A quotation standing alone as a paragraph, whose speaker the next paragraph names.

Translated news often gives a long quotation first and says whose it was only afterwards, in
a sentence that points back at it: "These words belong to the oldest herder of the soum, Bat
D.", "So the situation was explained to the television by the engineer Ivan P.", "With these
words the student Ana M. addressed the assembly" — the English of «Эти слова принадлежат …»,
«Так прокомментировал ситуацию …», «С этими словами … обратилась …».  Without this reading
the quotation, having no cue of its own, went to whoever spoke last, and the pointing
sentence became a quote of its own ("the situation", "explained").

The reading is narrow on purpose: the quotation is the whole of its paragraph and nothing
attributes it, the next paragraph opens with a pointer (the words named again, "This is
how/what", or "So"/"Thus" before a verb of saying or describing), and the person named in that
first sentence is, in its dependency parse, the one the pointer gives the words to: the object
of "belong to", "the words of", or the subject or "by"-agent of the verb of saying.  Any other
person of the sentence ("That was what a neighbour told the police after the fire at the home
of John C.", "So the government put John C. in charge") is not the speaker, and the quotation
keeps none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from .clause_colon_en import Parse, climb_name, name_tokens
from .lexicon_en import words
from .model import Entity, Found, SourceRef

#: the openings that point back at the words just quoted
_WORDS_AGAIN = re.compile(
    r"(?:(?:These|Those|Such)\s+(?:were\s+)?(?:the\s+)?(?:words|lines)\b"
    r"|(?:With|In)\s+(?:these|those|such)\s+words\b"
    r"|(?:This|That)\s+is\s+(?:how|what)\b"
    r"|(?:This|That)\s+was\s+(?:how|what)\b)"
)
#: "So"/"Thus" open many sentences; they point back only before a verb of saying or describing
_SO = re.compile(r"(?:So|Thus)\b")
_TELLING = re.compile(
    r"\b(?:said|says|described|describes|explained|explains|commented|comments|put|puts|"
    r"answered|answers|replied|replies|responded|summed|sums|assessed|assesses|characteri[sz]ed|"
    r"told|tells|wrote|writes|spoke|speaks|recalled|recalls|reacted|reacts|remembered|"
    r"remembers|evaluated|formulated|summari[sz]ed)\b"
)
#: lemmas of the verbs whose subject or "by"-agent the pointing sentence gives the words to
#: ("So the engineer explained it", "This is what X told the police"; "put" only with "it":
#: "So X put it")
_SAYING = words(
    """
    say describe explain comment answer reply respond sum assess characterize characterise
    tell write speak recall react remember evaluate formulate summarize summarise address put
    """
)
#: where a quotation ends its paragraph: closing marks, a dash, spaces
_TAIL = re.compile(r"[\s\"”»’'.,!?…—–-]*")
#: the end of the pointing sentence (it may run on into the roles of the one it names)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“«—])")


def pointed_back(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    found: list[Found],
    entities: Sequence[Entity],
    parse: Parse,
) -> list[Found]:
    """``found`` with each cue-less whole-paragraph quotation given to the person the next
    paragraph's pointing sentence gives it to (in the sentence's parse by ``parse``), and the
    readings inside that sentence dropped (it attributes the quotation; it reports nothing
    itself)."""
    starts = [a for a, _ in paragraphs]
    people = sorted((e for e in entities if e.label == "PER"), key=lambda e: e.start)
    pointing: list[tuple[int, int]] = []
    for f in found:
        if f.kind != "direct" or f.cue is not None or f.source is not None:
            continue
        k = bisect_left(starts, f.end)
        if k == 0 or k == len(starts):
            continue
        first = paragraphs[bisect_right(starts, f.start) - 1][0]
        if _TAIL.fullmatch(text, f.end, paragraphs[k - 1][1]) is None:
            continue  # the quotation does not end its paragraph
        if not _alone(text, f.start, first):
            continue  # nor does it open one: it is a sentence's end
        a, b = paragraphs[k]
        end_m = _SENTENCE_END.search(text, a, b)
        s_end = end_m.start() if end_m else b
        cue = _pointer(text, a, s_end)
        if cue is None:
            continue
        named = [e for e in people if a <= e.start and e.end <= s_end]
        if not named:
            continue
        off, span = parse(a, s_end)
        owners = _owners(span)
        who = next((e for e in named if _owns(span, off, e, owners)), None)
        if who is None:
            continue
        f.cue = cue
        f.source = SourceRef(
            who.start, who.end, who.text, "name", (who.last or who.text.split()[-1]).lower()
        )
        f.source.entities.append(who)
        f.continues_previous = False
        # the sentence's main clause attributes the quotation; a relative clause after the
        # name ("…, who asked the agency to wait") still reports on its own
        pointing.append((a, max(who.end, cue[1])))
    if not pointing:
        return found
    return [
        f
        for f in found
        if f.cue is None or not any(a <= f.start and a <= f.cue[0] < b for a, b in pointing)
    ]


def _alone(text: str, start: int, p_start: int) -> bool:
    """Whether only an opening mark or a dash stands between the paragraph's start and the
    quotation (the quotation is the paragraph, not a sentence's end)."""
    return not text[p_start:start].strip(" \t\"“«„‘'—–-")


def _pointer(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the words pointing back, when the sentence ``a``..``b`` opens with them."""
    m = _WORDS_AGAIN.match(text, a)
    if m is not None:
        return m.start(), m.end()
    m = _SO.match(text, a)
    if m is None:
        return None
    verb = _TELLING.search(text, m.end(), b)
    if verb is None or text.count(",", m.end(), verb.start()) > 0:
        return None  # "So, …": a conclusion, or the verb belongs to a later clause
    return verb.start(), verb.end()


def _owners(span: Any) -> list[Any]:
    """The heads of the noun phrases the pointing sentence ``span`` gives the words to: the
    object of "belong to" or of "the words of", the subject or "by"-agent of a verb of saying
    ("This is how X described …": the verb under "is")."""
    out: list[Any] = []
    for tok in span:
        lemma = tok.lemma_.lower()
        if lemma == "belong":
            out += [
                g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
            ]
            # the owner's apposition after a comma, hung by the parser on "words"
            out += [
                a
                for c in tok.children
                if c.dep_ == "nsubj" and c.lower_ in ("words", "lines")
                for a in c.children
                if a.dep_ == "appos"
            ]
        elif tok.lower_ in ("words", "lines"):
            out += [
                g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
            ]
        elif tok.pos_ in ("VERB", "AUX") and lemma in _SAYING:
            if lemma == "put" and not any(
                c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children
            ):
                continue  # "So the government put X in charge": not a verb of saying
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            # "So described the find the archaeologist X": inverted, the one saying stands last
            out += subjects or [c for c in tok.children if c.dep_ == "dobj"]
            out += [
                g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
            ]
    return out


def _owns(span: Any, off: int, e: Entity, owners: list[Any]) -> bool:
    """Whether the person ``e`` heads (or is the apposition, compound or office-name of) one
    of the ``owners``."""
    name = name_tokens(span, off, e)
    if name is None:
        return False
    # the name itself, or the phrase it stands for (the parser may hang the owner's
    # apposition on the subject "words": the name is then the owner, not what it climbs to)
    return any(o.i in (name[1].i, climb_name(*name).i) for o in owners)
