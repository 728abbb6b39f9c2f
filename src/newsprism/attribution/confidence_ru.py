"""Confidence for Russian attributions: how the speaker was found decides how far to trust it.

No Russian corpus we may train on has attributions, so instead of a learned scorer each quote
falls into one of a few *evidence classes* (the source words name a person; a pronoun was
resolved with no rival of its gender in between; a bare description was left as its own
speaker; …) and carries the share of right attributions that class had on the NEREL
articles we developed on (``benchmarks/data/nerel_quotes.jsonl``, ``dev`` part).  Whether the
bands hold is checked on the held-out ``test`` part (``benchmarks/quotes_nerel.py``).
"""

from __future__ import annotations

import dataclasses

from ..article import Quote, Speaker
from .model import Analysis, Found

#: share of right attributions per evidence class on NEREL dev (rounded down, classes seen
#: fewer than five times pulled towards 0.5); see :func:`evidence`
CONFIDENCE = {
    "name": 0.95,
    "organization": 0.95,
    "pronoun": 0.9,
    "agentless": 0.9,
    "anonymous": 0.85,
    "description-guess": 0.8,
    "collective": 0.75,
    "document": 0.75,
    "description-resolved": 0.7,
    "follows": 0.7,
    "pronoun-rival": 0.6,
    "description": 0.45,
    "unresolved": 0.2,
}


def evidence(text: str, found: Found, speaker: Speaker | None, analysis: Analysis) -> str:
    """The evidence class of one attribution (a key of :data:`CONFIDENCE`)."""
    src = found.source
    if src is None:
        if found.continues_previous:
            return "follows" if speaker is not None else "unresolved"
        if found.cue is None or speaker is not None:
            return "unresolved"
        cue = text[found.cue[0] : found.cue[1]].lower()
        # «по предварительным данным», «как сообщается»: nobody is named, and rightly none
        impersonal = cue.startswith(("по ", "как ")) or cue.endswith(("ся", "но"))
        return "agentless" if impersonal else "unresolved"
    if speaker is None:
        return "unresolved"
    if src.kind == "pronoun":
        before = [m.start for m in speaker.mentions if m.start < src.start]
        last = max(before, default=src.start)
        rivals = {
            e.normal
            for e in analysis.entities
            if e.label == "PER"
            and last <= e.start < src.start
            and (src.gender is None or e.gender in (None, src.gender))
            and not any(m.start == e.start for m in speaker.mentions)
        }
        return "pronoun-rival" if rivals else "pronoun"
    person_inside = any(
        e.label == "PER" and src.start <= e.start and e.end <= src.end for e in analysis.entities
    )
    if src.kind == "description" or (src.kind == "name" and not person_inside):
        # resolved when the speaker is also known by a name somewhere in the article
        named = any(
            e.label == "PER" and any(m.start == e.start for m in speaker.mentions)
            for e in analysis.entities
        )
        if not named:
            return "description"
        stated = src.head is not None and src.head in (speaker.role or "").lower()
        return "description-resolved" if stated else "description-guess"
    if src.kind == "name":
        return "name"
    return src.kind


def apply(
    text: str, analysis: Analysis, quotes: tuple[Quote, ...], speakers: tuple[Speaker, ...]
) -> tuple[Quote, ...]:
    """The quotes with ``confidence`` and ``speaker_confidence`` set from their evidence class."""
    by_id = {s.id: s for s in speakers}
    out = []
    for found, quote in zip(analysis.found, quotes, strict=True):
        speaker = by_id.get(quote.speaker) if quote.speaker is not None else None
        p = CONFIDENCE[evidence(text, found, speaker, analysis)]
        out.append(dataclasses.replace(quote, confidence=p, speaker_confidence=p))
    return tuple(out)
