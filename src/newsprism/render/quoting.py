"""A mention's words as a reader sees them quoted in a list: one pair of quotation marks."""

from __future__ import annotations

#: quotation marks a quote's own words may open and close with
_MARKS = "\"'“”„«»‘’‹›"


def quoted(words: str, limit: int | None = None) -> str:
    """``words`` in one pair of quotation marks: their own marks taken off (a direct quote's
    stored words carry them, and lists printed “"…,"”), and, past ``limit`` characters, cut
    at a word and marked "…" (a cut inside a word, unmarked, read as the speaker's last word)."""
    text = " ".join(words.split())
    if len(text) > 1 and text[0] in _MARKS and text.rstrip(",.")[-1:] in tuple(_MARKS):
        # '"We were promised cheaper tickets,"' → 'We were promised cheaper tickets'
        text = text[1:].rstrip(",").rstrip(_MARKS).rstrip(",").strip()
    if limit is not None and len(text) > limit:
        text = text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return f"“{text}”"
