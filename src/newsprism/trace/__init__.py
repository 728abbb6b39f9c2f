"""Trace a claim: the same figure and the same quote across outlets and languages, over time,
with what changed on the way (a figure, a hedge, a speaker, a cited source, a period).

- :mod:`.mentions`: a stored article's figures and quotes, normalised for comparison;
- :mod:`.identity`: whether two mentions are the same claim or quote, with a score;
- :mod:`.drift`: what changed between two mentions of one trace;
- :mod:`.index`: the traces in the library, linked as articles arrive, a person's decisions kept;
- :mod:`.timeline`: a trace's timeline, and its JSON and ClaimReview JSON-LD exports.
"""

from __future__ import annotations

from .index import catch_up, decide, link_article
from .timeline import Timeline, speaker_timeline, timeline, to_claim_review, to_json

__all__ = [
    "Timeline",
    "catch_up",
    "decide",
    "link_article",
    "speaker_timeline",
    "timeline",
    "to_claim_review",
    "to_json",
]
