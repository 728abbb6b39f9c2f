"""A quotation after a colon that ends a clause about a named person.

    The Minister of Culture Ivan P. was short in the parliament: "Not one metre will be built."
    The mayor was blunt: "We will not pay."

No verb of saying introduces the words; the colon does, and the clause before it is about the
one who says them (its subject, named at the start of the sentence).  The readers of verbs and
of "Name: “…”" leave such a quotation without a cue, or do not find it at all when it stands
inside a paragraph.  Here a quotation that nothing else reads, in quotation marks right after a
colon, goes to the person who is the clause's subject in the dependency parse: the subject
itself, its apposition or compound ("The mayor John Carter"), or the name an office written
before it without a comma ends in ("The Minister of Culture Ivan P.").  A name inside any other
prepositional phrase ("The widow of firefighter Mark D.", "A spokesman for X", "In an interview
with X, the minister …") is not the one speaking, and the quotation is left alone, as it is
after a clause about an organisation or one naming no one near its start.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from .model import Entity, Found, SourceRef
from .name_runs import office_before
from .quotemarks import QuotedSpans

#: the parse of the text between two offsets: the offset of its doc in the text, and a spaCy
#: span holding at least those characters
Parse = Callable[[int, int], tuple[int, Any]]

#: how far into its sentence (characters) the subject's phrase may start
SUBJECT_REACH = 60
#: a clause that names the words it passes on ("passed on the words of the mayor:", "read
#: the letter:"): they are someone else's, whom this reading does not know
_PASSED_ON = re.compile(
    r"\b(?:words|message|letter|statement|appeal|address|post|note|answer|reply|text)\b",
    re.IGNORECASE,
)
#: a clause's own verb of saying before the name: the name stands inside what is said
_SAID = re.compile(r"\b(?:said|says|told|tells|according|reported|wrote|writes)\b", re.IGNORECASE)
#: the fewest words a quotation so introduced has (a colon before "“yes”" introduces a label)
MIN_WORDS = 4


def clause_colon_quotes(
    text: str,
    quoted: QuotedSpans,
    found: Sequence[Found],
    entities: Sequence[Entity],
    sentences: Sequence[tuple[int, int]],
    parse: Parse,
) -> list[Found]:
    """``found`` with the quotations of ``quoted`` that no reading of it attributes,
    introduced by a colon closing a clause whose subject is a person named near its start, as
    direct quotes of that person (``parse`` gives the sentence's dependency parse).  A bare
    reading of the quotation (no cue, no source: the quotation marks alone) gives way."""
    starts = [a for a, _ in sentences]
    people = [e for e in entities if e.label == "PER"]
    out: list[Found] = []
    bare: set[int] = set()
    for q in quoted:
        over = [f for f in found if f.start < q.end and q.start < f.end]
        if q.words(text) < MIN_WORDS or any(not _bare(f, q.start, q.end) for f in over):
            continue
        before = text[: q.start].rstrip()
        if not before.endswith(":"):
            continue
        colon = len(before) - 1
        k = bisect_right(starts, colon) - 1
        if k < 0 or "\n" in text[starts[k] : colon]:
            continue
        s_start = starts[k]
        if quoted.starting(s_start, colon) or quoted.at(colon) is not None:
            continue  # the colon sits in a quotation, or one stands in the clause before it
        near = [e for e in people if s_start <= e.start and e.end < colon]
        if not near or _PASSED_ON.search(text, s_start, colon):
            continue
        off, span = parse(s_start, colon + 1)
        who = next((e for e in near if _subject_before(span, off, e, colon, s_start)), None)
        if who is None:
            continue
        if _SAID.search(text, s_start, who.start):
            continue  # "The statement said Clinton …": the name is not the clause's subject
        source = SourceRef(
            who.start, who.end, who.text, "name", (who.last or who.text.split()[-1]).lower()
        )
        source.entities.append(who)
        out.append(Found("direct", q.start, q.end, cue=(colon, colon + 1), source=source))
        bare.update(id(f) for f in over)
    return [f for f in found if id(f) not in bare] + out


def _bare(f: Found, start: int, end: int) -> bool:
    """Whether ``f`` reads the quotation ``start``..``end`` as bare words: the marks alone,
    with no cue and no source (whoever spoke last would get them)."""
    return f.cue is None and f.source is None and (f.start, f.end) == (start, end)


def name_tokens(span: Any, off: int, e: Entity) -> tuple[Any, Any] | None:
    """The first token of the name ``e`` in ``span`` (its doc at ``off`` in the text) and the
    token heading it."""
    toks = [t for t in span if e.start <= off + t.idx < e.end]
    root = next((t for t in toks if t.head not in toks or t.head.i == t.i), None)
    return None if root is None else (toks[0], root)


def climb_name(first: Any, tok: Any) -> Any:
    """The noun phrase head the name (``first`` its first token, ``tok`` its head) stands for:
    up through appositions and compounds ("The mayor John Carter", "Carter, the mayor"), and
    through "of" when an office written before the name ends in it ("The Minister of
    Transport Oleg B.": the parser hangs the name from "of"); any other prepositional phrase
    ("widow of firefighter X", "lawyer of X") stops the climb at the name."""
    for _ in range(8):
        if tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
            tok = tok.head
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            office = office_before(first.doc, first)
            # the office must start at a noun the chain of "of" hangs from ("Minister of
            # Transport", "student of the Faculty of Maritime Studies")
            # its noun, before the first "of" ("head ranger of the park": "ranger")
            noun = office.split(" of ")[0].split()[-1].lower() if office else None
            up = tok
            while up.dep_ == "pobj" and up.head.lower_ == "of" and up.head.head.i != up.head.i:
                up = up.head.head
                if noun == up.lower_:
                    tok = up
                    break
            else:
                break
            continue
        break
    return tok


def _subject_before(span: Any, off: int, e: Entity, colon: int, s_start: int) -> bool:
    """Whether the person ``e`` is the subject of a verb before the colon (a name inside a
    prepositional phrase is not), its phrase opening near the sentence's start (a long office
    before the name counts with it: "The chairman of the Association of … Eduard S.")."""
    name = name_tokens(span, off, e)
    if name is None:
        return False
    head = climb_name(*name)
    return (
        head.dep_ in ("nsubj", "nsubjpass")
        and off + head.head.idx < colon
        and off + head.left_edge.idx < s_start + SUBJECT_REACH
    )
