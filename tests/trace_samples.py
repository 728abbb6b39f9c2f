"""Claim mentions for the trace flag tests, built without a library (shared by two test files)."""

from __future__ import annotations

from newsprism.trace import drift
from newsprism.trace.mentions import ClaimMention, Source


def claim_mention(
    article: int, value: float, at: float, lang: str = "en", **kw: object
) -> ClaimMention:
    """A figure of one outlet's article (``outlet<article>.example``) seen at ``at``; every field
    the flags read can be given by name."""
    fields: dict[str, object] = {
        "claim_id": 0, "text": str(value), "sentence": "…", "value": value, "value_high": None,
        "unit": None, "hedge": "=", "qualifier": None, "about": "people in hospital",
        "period": None, "speaker": None, "asserted_by": "article", "confidence": None,
    }  # fmt: skip
    fields.update(kw)
    src = Source(article, f"outlet{article}.example", None, None, lang, at)
    return ClaimMention(source=src, **fields)  # type: ignore[arg-type]


def flag_kinds(a: ClaimMention, b: ClaimMention) -> set[str]:
    return {f.kind for f in drift.claim_flags(a, b)}
