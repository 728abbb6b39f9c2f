"""A Russian «он/она» that nobody named before it stands for: the person named after it.

Scraped news pages of many outlets lose their lead: the page's text opens with «Он заявил, что
…» or «…, — заявил он. Примечательно, что Трамп …», the name being in a headline or a paragraph
the scrape dropped.  Read backwards, such a pronoun finds nobody and the words stay without a
speaker.  When no person at all is named before the pronoun, the first named person of its
gender after it — outside the words it introduces, within a few sentences — is the one the
text goes on to name (thirty-first session; BSNLP's scraped news).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Found

if TYPE_CHECKING:
    from .speakers import Cluster

#: how far after the pronoun the name may come (characters: a few sentences)
CATAPHORA_REACH = 1000
#: pronouns of a speaker who is not a third person: never resolved forward
_NOT_THIRD = frozenset(["я", "мы", "вы"])


def named_after(f: Found, people: Sequence[Cluster]) -> Cluster | None:
    """The person a pronoun source of ``f`` stands for, read forward; None when anyone is named
    before it, or no named person of its gender follows within :data:`CATAPHORA_REACH`."""
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
    return best
