"""A quotation after a colon that ends a clause about a named person.

    The Minister of Culture Ivan P. was short in the parliament: "Not one metre will be built."
    The mayor was blunt: "We will not pay."

No verb of saying introduces the words; the colon does, and the clause before it is about the
one who says them (its subject, named at the start of the sentence).  The readers of verbs and
of "Name: “…”" leave such a quotation without a cue, or do not find it at all when it stands
inside a paragraph.  Here a quotation that nothing else reads, in quotation marks right after a
colon, goes to the person the sentence opens with.  A clause about an organisation, or one
naming no one near its start, is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .model import Entity, Found, SourceRef
from .quotemarks import QuotedSpans

#: how far into its sentence (characters) the subject's name may start
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
) -> list[Found]:
    """The quotations of ``quoted`` that no reading of ``found`` covers, introduced by a colon
    closing a clause that opens with a person's name, as direct quotes of that person."""
    starts = [a for a, _ in sentences]
    people = [e for e in entities if e.label == "PER"]
    out: list[Found] = []
    for q in quoted:
        if q.words(text) < MIN_WORDS or any(f.start < q.end and q.start < f.end for f in found):
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
        who = next(
            (e for e in people if s_start <= e.start < s_start + SUBJECT_REACH and e.end < colon),
            None,
        )
        if who is None or _PASSED_ON.search(text, s_start, colon):
            continue
        if _SAID.search(text, s_start, who.start):
            continue  # "The statement said Clinton …": the name is not the clause's subject
        source = SourceRef(
            who.start, who.end, who.text, "name", (who.last or who.text.split()[-1]).lower()
        )
        source.entities.append(who)
        out.append(Found("direct", q.start, q.end, cue=(colon, colon + 1), source=source))
    return out
