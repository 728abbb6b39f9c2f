"""A body's statement written after its name and a colon, as wire copy and translated news do.

    The Regional Water Agency (RWA): the old pipes will be replaced before the summer.
    The Ministry of Agriculture: the grain harvest will reach 4.2 million tonnes this year.

A paragraph that opens with the name of an organisation — capitalised words whose head (the
last word before any "of", an abbreviation in brackets aside) is a noun for a body (WordNet's,
see :mod:`.bodies_en`) — then a colon and a clause in lower case is that body's statement.  A
person's name before a colon is left to the direct-quote reader (``leading_colon``), and a
colon after anything else ("The ministry listed three measures: …") is no attribution here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bodies_en import body_noun
from .model import Found, SourceRef

#: the body's name, an optional abbreviation in brackets, the colon, a clause in lower case
_HEADED = re.compile(
    r"(?P<who>(?:The\s+)?[A-Z][^:.\n\"“”«»]{1,120}?)(?:\s*\([^()\n]{1,40}\))?:\s+"
    r"(?=[a-z0-9])"
)
#: the words a body's name may hold in lower case
#: ("… Agency under the Cabinet of Ministers", "the Council at the President": the English of
#: «при», «под»)
_NAME_WORDS = frozenset(["of", "the", "and", "for", "on", "in", "&", "under", "at"])
#: the most words a body's name before the colon has
MAX_NAME_WORDS = 14


def colon_statements(
    text: str, paragraphs: Sequence[tuple[int, int]], found: Sequence[Found]
) -> list[Found]:
    """The statements of bodies named before a colon at the start of a paragraph, as indirect
    quotes (none that overlaps a reading of ``found`` whose source stands outside it)."""
    out: list[Found] = []
    for start, end in paragraphs:
        m = _HEADED.match(text, start, end)
        if m is None:
            continue
        who = m.group("who")
        words = who.split()
        head = who.split(" of ")[0].split()[-1].lower()
        named = all(w[:1].isupper() or w in _NAME_WORDS for w in words)
        # translated news writes a body by what it is, in lower case ("The prosecutor's office
        # of the Khabarovsk Territory:", "The press service of FIDE:", "The agency:")
        described = words[0] == "The" and all(re.fullmatch(r"[\w-]+(?:['’]s)?", w) for w in words)
        if len(words) > MAX_NAME_WORDS or not (named or described):
            continue
        if not body_noun(head.removesuffix("'s").removesuffix("’s")):
            continue
        a, b = m.end(), end
        while b > a and text[b - 1].isspace():
            b -= 1
        # a reading with no source, or with its source inside the statement ("…: the agency
        # was not informed of …" read around "informed"), gives way to the body's statement;
        # one whose source stands outside it does not
        if len(text[a:b].split()) < 4 or any(
            f.start < b and a < f.end and not _inside(f, a, b) for f in found
        ):
            continue
        colon = m.end() - 1
        while text[colon] != ":":
            colon -= 1
        source = SourceRef(m.start("who"), m.end("who"), who, "organization", head=head)
        out.append(Found("indirect", a, b, cue=(colon, colon + 1), source=source))
    return out


def _inside(f: Found, start: int, end: int) -> bool:
    """Whether ``f`` has no source or one inside ``text[start:end]``."""
    return f.source is None or start <= f.source.start < end


def within_statements(f: Found, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``f`` overlaps one of the statements ``spans`` (the body's name to the end of
    its clause) with no source or a source inside it: a reading the statement replaces."""
    return any(a < f.end and f.start < b and _inside(f, a, b) for a, b in spans)
