"""Russian short names of bodies (``trace/bodies_ru.py``): «Минздрав» is the health ministry and
«МЧС» the emergencies ministry, so a figure the health ministry gave on Monday and «Минздрав»
revised on Wednesday is its own update, and the same figure is one source's, not two."""

from __future__ import annotations

import pytest

from newsprism.trace import bodies_ru, drift, sources
from newsprism.trace.mentions import ClaimMention, Source

DAY = 86400.0


def _claim(article: int, value: float, at: float, lang: str, source: str) -> ClaimMention:
    src = Source(article, f"outlet{article}.example", None, None, lang, at)
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence="…", value=value, value_high=None,
        unit=None, hedge="=", qualifier=None, about="people in hospital", period=None,
        speaker=None, asserted_by=source, confidence=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Минздрав", "министерство здравоохранения"),
        ("по данным Минздрава", "по данным министерство здравоохранения"),
        ("МЧС", "министерство по чрезвычайным ситуациям"),
        ("Минсельхозом", "министерство сельского хозяйства"),
        ("минобороны", "министерство обороны"),
        ("Гордумы", "городская дума"),
        ("ЕС", "европейский союз"),
        ("в ДЧС области", "в департамент по чрезвычайным ситуациям области"),
        # a short name in capitals is one only in capitals; other words stay as they are
        ("лес", "лес"),
        ("Минск", "Минск"),
        ("the health ministry", "the health ministry"),
    ],
)
def test_short_names_are_written_out(text: str, expected: str) -> None:
    assert bodies_ru.written_out(text) == expected


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("the health ministry", "Минздрав"),
        ("the emergencies ministry", "МЧС"),
        ("the Ministry for Emergency Situations", "МЧС"),
        ("the defence ministry", "Минобороны"),
        # a Kazakh region's emergencies department is «ДЧС» (thirtieth session)
        ("the regional emergencies department", "ДЧС области"),
        ("the emergencies department", "ДЧС"),
    ],
)
def test_a_body_and_its_russian_short_name_are_one_source(english: str, russian: str) -> None:
    monday = _claim(1, 78, 0.0, "en", english)
    wednesday = _claim(2, 93, 2 * DAY, "ru", russian)
    assert not sources.differ(monday, wednesday)
    kinds = {f.kind for f in drift.claim_flags(monday, wednesday)}
    assert drift.UPDATED in kinds and drift.SOURCES_DIFFER not in kinds


def test_two_ministries_by_short_name_stay_two_sources() -> None:
    health = _claim(1, 78, 0.0, "en", "the health ministry")
    defence = _claim(2, 93, 2 * DAY, "ru", "Минобороны")
    assert sources.differ(health, defence)
