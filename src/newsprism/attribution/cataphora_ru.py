"""A Russian «он/она» that nobody named before it stands for: the person named after it.

Scraped news pages of many outlets lose their lead: the page's text opens with «Он заявил, что
…» or «…, — заявил он. Примечательно, что Трамп …», the name being in a headline or a paragraph
the scrape dropped.  Read backwards, such a pronoun finds nobody and the words stay without a
speaker.  When no person at all is named before the pronoun, the first named person of its
gender after it — outside the words it introduces, within a few sentences — is the one the
text goes on to name (thirty-first session; BSNLP's scraped news).

Restricted after review (thirty-first session): the first person named after a lost lead is as
often the one who *answers* it («Он заявил, что … В ответ министр … Кулеба назвал эти слова
пропагандой»).  So the pronoun is read forward only within its own paragraph, never to a person
the text shows speaking in words of their own (a speaker of another attribution is answering or
adding, not the lost lead), and never to a person introduced after a connective of response or
contrast.  A wrong named speaker is worse for a reader than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Found

if TYPE_CHECKING:
    from .speakers import Cluster

#: how far after the pronoun the name may come (characters: a few sentences)
CATAPHORA_REACH = 1000
#: pronouns of a speaker who is not a third person: never resolved forward
_NOT_THIRD = frozenset(["я", "мы", "вы"])
#: connectives that bring in a second party — one who responds to, or is set against, the
#: speaker before («В ответ министр …», «Между тем глава ЕЦБ …», «Однако мэр …»): a person
#: introduced after one of them in the clause that names them is not the pronoun's referent
_TURN = re.compile(
    r"(?<![а-яё])(?:в ответ|между тем|однако|тем временем|при этом|в свою очередь|зато|напротив)"
    r"(?![а-яё])",
    re.IGNORECASE,
)
#: where a clause that introduces a person begins: a sentence's end, a line break, a semicolon
_CLAUSE_START = re.compile(r"[.!?…;\n]")


def _speaks_elsewhere(c: Cluster, f: Found, found: Sequence[Found]) -> bool:
    """Whether a mention of ``c`` is the source of an attribution other than ``f``."""
    return any(
        g is not f
        and g.source is not None
        and any(a < g.source.end and g.source.start < b for a, b in c.mentions)
        for g in found
    )


def _after_turn(text: str, begin: int, at: int) -> bool:
    """Whether the clause that names a person at ``at`` (not reaching back before ``begin``)
    brings them in after a connective of response or contrast."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, begin, at)]
    return _TURN.search(text, starts[-1] if starts else begin, at) is not None


def named_after(
    f: Found, people: Sequence[Cluster], found: Sequence[Found], text: str
) -> Cluster | None:
    """The person a pronoun source of ``f`` stands for, read forward; None when anyone is named
    before it, or no named person of its gender follows within :data:`CATAPHORA_REACH` in the
    same paragraph, or the first one who does speaks elsewhere or answers (see the module's
    note)."""
    src = f.source
    if src is None or src.kind != "pronoun" or src.plural or src.end <= src.start:
        return None
    if (src.head or src.text).lower() in _NOT_THIRD:
        return None
    if any(c.seen_before(src.start) >= 0 for c in people):
        return None  # someone is named before: the backward rules had their chance
    best: Cluster | None = None
    best_at = -1
    for c in people:
        if not (c.first or c.last):
            continue  # «кто», «собеседник»: a person known by no name carries no pronoun forward
        if src.gender is not None and c.gender not in (None, src.gender):
            continue
        # a name inside the words the pronoun's speaker says is talked about, not the speaker
        at = next(
            (s for s, _ in sorted(c.mentions) if s >= src.end and not f.start <= s < f.end), -1
        )
        if at < 0 or at - src.end > CATAPHORA_REACH:
            continue
        if best is None or at < best_at:
            best, best_at = c, at
    if best is None or "\n" in text[src.end : best_at]:
        return None  # nobody, or only someone named in another paragraph
    if _speaks_elsewhere(best, f, found) or _after_turn(text, src.end, best_at):
        return None  # the first person named after is the one who answers: leave it unsaid
    return best
