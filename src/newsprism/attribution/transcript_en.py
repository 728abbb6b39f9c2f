"""A transcript: paragraphs opened by the speaker's name and a colon, each turn that speaker's.

    Dana Reyes: Welcome to the show. You spent ten years at the port authority.
    Tom Okafor: I did, and the first thing I learnt there was patience.

    The second thing was that nobody reads the manual.
    Dana Reyes: So what did you change first?

Podcast and interview transcripts write who speaks only at the start of a turn; the paragraphs
after it, up to the next name and colon, continue the same turn.  A page is read as a
transcript when at least two people each open :data:`MIN_TURNS` or more paragraphs so (a
person: a given name first, see :mod:`.given_names`, then at most three capitalised words), so
that a product page's "Pricing: …" or "Key features: …" is no speaker.  Inside a turn, the
speaker's "I said" is the turn itself; "you said" is the other person's; someone else's report
("Friedman said that …") stays theirs, passed on by the speaker (issue 12, session 27: a
podcast transcript held out in session 26 had none of its turns attributed).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .given_names import is_given_name
from .model import Found, SourceRef

#: the fewest paragraphs each of two people opens for a page to be a transcript
MIN_TURNS = 2
#: a speaker's name and a colon opening a paragraph, then a capital letter or a quotation mark
_TURN = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}):\s+(?=[A-Z“\"‘'(\[])")
#: the speaker's own words for themself, and the other person's
_SELF = frozenset(["i", "we", "me", "us"])
_OTHER = frozenset(["you"])


def with_transcript(
    text: str, paragraphs: Sequence[tuple[int, int]], found: list[Found]
) -> list[Found]:
    """``found`` with every turn of a transcript added as a direct quote of its speaker, and the
    readings inside a turn sorted out: the speaker's own ("I said", no source) give way to the
    turn, the other person's "you said" is theirs, anyone else's is passed on by the speaker."""
    turns = transcript_turns(text, paragraphs)
    if not turns:
        return found
    out: list[Found] = []
    spans = [(a, b) for a, b, _, _ in turns]
    for f in found:
        k = _turn_of(spans, f.start, f.end)
        if k is None:
            out.append(f)
            continue
        _, _, who, other = turns[k]
        src = f.source
        word = src.text.lower() if src is not None else ""
        if src is None or word in _SELF or src.text == who.text and src.start < spans[k][0]:
            continue  # the speaker's own words (read after the name and colon): the turn's
        if word in _OTHER:
            if other is not None:  # recounted by the speaker to the one who said it
                f.source = other
                f.relayed_by = who
                out.append(f)
            continue
        if f.relayed_by is None:
            f.relayed_by = who
        out.append(f)
    out += [Found("direct", a, b, cue=None, source=who) for a, b, who, _ in turns]
    return out


def _turn_of(spans: Sequence[tuple[int, int]], start: int, end: int) -> int | None:
    for k, (a, b) in enumerate(spans):
        if a <= start and end <= b + 1:
            return k
    return None


def transcript_turns(
    text: str, paragraphs: Sequence[tuple[int, int]]
) -> list[tuple[int, int, SourceRef, SourceRef | None]]:
    """The turns of a transcript in ``text``: (start, end, the speaker, the person who spoke
    before), or none when the page is no transcript."""
    labels: list[tuple[int, re.Match[str] | None]] = []
    for k, (start, end) in enumerate(paragraphs):
        m = _TURN.match(text, start, end)
        labels.append((k, m if m is not None and _person(m.group("who")) else None))
    counts = Counter(m.group("who") for _, m in labels if m is not None)
    people = {who for who, n in counts.items() if n >= MIN_TURNS}
    if len(people) < 2:
        return []
    out: list[tuple[int, int, SourceRef, SourceRef | None]] = []
    previous: SourceRef | None = None
    current: SourceRef | None = None
    others: dict[str, SourceRef] = {}
    a = b = -1
    for k, m in labels:
        start, end = paragraphs[k]
        if m is not None and m.group("who") in people:
            if current is not None:
                out.append((a, b, current, previous))
                previous = current
            who = m.group("who")
            current = SourceRef(m.start("who"), m.end("who"), who, "name")
            others[who] = current
            a, b = m.end(), _trimmed_end(text, start, end)
        elif current is not None and not _heading(text, start, end):
            b = _trimmed_end(text, start, end)
        elif current is not None:  # a heading ends the turn
            out.append((a, b, current, previous))
            previous, current = current, None
    if current is not None:
        out.append((a, b, current, previous))
    # "you" in a turn is the other person: the one who spoke before, or after for the first turn
    fixed = []
    for i, (a, b, who, before) in enumerate(out):
        other = before
        if other is None or other.text == who.text:
            other = next((t[2] for t in out[i + 1 :] if t[2].text != who.text), None)
        fixed.append((a, b, who, other))
    return fixed


def _person(words: str) -> bool:
    first = words.split()[0]
    return is_given_name(first) and all(w[:1].isupper() for w in words.split())


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _heading(text: str, start: int, end: int) -> bool:
    """A short line without a sentence's closing mark ("Chapter two", "Show notes")."""
    line = text[start:end].strip()
    return len(line.split()) <= 8 and line[-1:] not in '.!?…:”"’)'
