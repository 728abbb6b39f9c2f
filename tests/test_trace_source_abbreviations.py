"""A body named in full and by its abbreviation is one source when the abbreviation stands in
brackets after the name (whatever the stages cut of it) or spells the name without its region;
and a Latin "j" meets the Russian «дж» in a name's key.  Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.trace import sources
from newsprism.trace.mentions import ClaimMention, Source, speaker_key


def _claim(article: int, value: float, who: str, sentence: str = "…", lang: str = "en") -> Any:
    src = Source(article, f"outlet{article}.example", None, None, lang, 0.0)
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence=sentence, value=value,
        value_high=None, unit="people", hedge="=", qualifier=None, about="patients",
        period=None, speaker=None, asserted_by=who, confidence=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "sentence", "b", "lang"),
    [
        # the stages gave the name; the sentence gives the abbreviation after it
        (
            "the National Water Inspectorate",
            "Floods cut off 40 villages, the National Water Inspectorate (INAV) said.",
            "INAV",
            "en",
        ),
        # the stages cut the bracket
        ("Velmarian Customs Authority (VCA", "…", "VCA", "en"),
        # an abbreviation in mixed letters, in brackets
        ("Управлении лесного хозяйства и охоты (УЛХиО", "…", "УЛХиО", "ru"),
        # the initials of the body's name, its region left out
        ("Управление ветеринарного надзора Тарской области", "…", "УВН", "ru"),
    ],
)
def test_a_body_and_its_abbreviation_are_one_source(
    a: str, sentence: str, b: str, lang: str
) -> None:
    assert not sources.differ(_claim(1, 30, a, sentence, lang), _claim(2, 41, b, lang=lang))


def test_two_bodies_stay_two() -> None:
    a = _claim(
        1, 30, "the National Water Inspectorate", "… the National Water Inspectorate (INAV)."
    )
    assert sources.differ(a, _claim(2, 41, "FSB"))
    assert sources.differ(
        _claim(1, 30, "Управление ветеринарного надзора Тарской области", lang="ru"),
        _claim(2, 41, "МЧС", lang="ru"),
    )


def test_a_latin_j_is_the_russian_dzh() -> None:
    assert speaker_key("Jakarta") == speaker_key("Джакарте")
    assert speaker_key("Jarvik") == speaker_key("Джарвик")
    assert speaker_key("Jansen") == speaker_key("Янсен")  # kept
