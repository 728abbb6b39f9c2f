"""The seventeenth session's review, trace: each test fails on the code before its fix."""

from __future__ import annotations

from newsprism.trace import bodies_ru, sources
from newsprism.trace.mentions import ClaimMention, Source


def _claim(article: int, value: float, source: str) -> ClaimMention:
    src = Source(article, f"outlet{article}.example", None, None, "ru", 0.0)
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence="…", value=value, value_high=None,
        unit=None, hedge="=", qualifier=None, about="detained people", period=None,
        speaker=None, asserted_by=source, confidence=None,
    )  # fmt: skip


def test_two_countries_security_services_stay_two_sources() -> None:
    # ee3a5aa wrote «ФСБ» and «СБУ» out as the same words, so their figures read as one source's
    assert bodies_ru.written_out("ФСБ") != bodies_ru.written_out("СБУ")
    assert sources.differ(_claim(1, 12, "ФСБ"), _claim(2, 20, "СБУ"))
