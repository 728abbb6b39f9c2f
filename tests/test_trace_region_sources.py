"""A region's possessive names a place ("Varden region's health ministry"), and a Russian source
that is only the place of the body that speaks («… сообщили в министерстве здравоохранения
Ардении», the stages giving «Ардении») is that body with its place (twenty-seventh session):
one body of one region, named two ways by two outlets, is one source; two regions' bodies are
two."""

from __future__ import annotations

from newsprism.trace import sources
from newsprism.trace.mentions import ClaimMention, Source


def _claim(
    article: int, value: float, who: str, sentence: str = "…", lang: str = "en"
) -> ClaimMention:
    src = Source(article, f"outlet{article}.example", None, None, lang, 0.0)
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence=sentence, value=value,
        value_high=None, unit="people", hedge="=", qualifier=None, about="evacuated",
        period=None, speaker=None, asserted_by=who, confidence=None,
    )  # fmt: skip


def test_a_region_possessive_is_a_place_set_aside() -> None:
    en = _claim(1, 55, "Varden region's health ministry")
    assert not sources.differ(en, _claim(2, 40, "the health ministry"))
    assert not sources.differ(en, _claim(3, 40, "министерство здравоохранения Вардена", lang="ru"))
    # another region's ministry stays another source
    assert sources.differ(en, _claim(4, 40, "Tarsa region's health ministry"))


def test_a_place_alone_reads_as_the_body_before_it() -> None:
    said = "Об этом сообщили в министерстве здравоохранения Ардении в пятницу."
    ru = _claim(1, 12, "Ардении", said, lang="ru")
    assert sources.source_of(ru) == "министерстве здравоохранения Ардении"
    assert not sources.differ(ru, _claim(2, 15, "Ardenia's health ministry"))
    assert sources.differ(ru, _claim(3, 15, "Velmaria's health ministry"))
    # a place named without a body before it stays as the stages read it
    plain = "Об этом сообщили в Ардении в пятницу."
    assert sources.source_of(_claim(1, 12, "Ардении", plain, lang="ru")) == "Ардении"
