"""Findings of the eighteenth session's review, each on invented text: a test per fix."""

from __future__ import annotations

from newsprism.trace import fates
from newsprism.trace.mentions import ClaimMention, Source


def _people(text: str, sentence: str) -> ClaimMention:
    """A figure counting people, as the trace reads it from the claims stage."""
    return ClaimMention(
        source=Source(1, "outlet.example", None, None, "ru", 0.0),
        claim_id=0,
        text=text,
        sentence=sentence,
        value=1.0,
        value_high=None,
        unit="people",
        hedge="=",
        qualifier=None,
        about=None,
        period=None,
        speaker=None,
        asserted_by="article",
        confidence=None,
    )


def test_moderate_symptoms_are_no_death() -> None:
    """«умеренный» (moderate) begins with the stem of «умер» (died): the patients of an outbreak
    with moderate symptoms were read as killed, and kept apart from the same count of the ill."""
    moderate = _people("40 человек", "В больнице остаются 40 человек с умеренными симптомами.")
    assert fates.fate(moderate) != "killed"
    ill = _people("40 человек", "Всего заболели 40 человек, сообщили в больнице.")
    assert not fates.apart(moderate, ill)
    # the verb itself still reads as a death
    died = _people("3 человека", "В больнице умерли 3 человека.")
    assert fates.fate(died) == "killed"
