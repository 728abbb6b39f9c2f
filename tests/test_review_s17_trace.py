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


def _in_sentence(sentence: str, figure: str, value: float) -> ClaimMention:
    src = Source(7, "outlet.example", None, None, "en", 0.0)
    return ClaimMention(
        source=src, claim_id=int(value), text=figure, sentence=sentence, value=value,
        value_high=None, unit=None, hedge="=", qualifier=None, about="claims", period=None,
        speaker=None, asserted_by="the insurer", confidence=None,
    )  # fmt: skip


def test_a_counted_noun_between_two_figures_is_no_second_source() -> None:
    # 67a043d read the noun "claims"/"reports" after a figure as a verb of saying, so two
    # months' counts of one sentence passed for two sources disputing one count
    for sentence, first, second in (
        ("Insurers received 200 claims in May and 300 claims in June.", "200", "300"),
        ("The agency logged 40 reports on Monday and 65 on Tuesday.", "40", "65"),
    ):
        a, b = _in_sentence(sentence, first, 1.0), _in_sentence(sentence, second, 2.0)
        assert not sources.cited_apart(a, b), sentence
    # a verb of saying between them still gives the second its own source
    said = "The insurer counted 200 claims, while the regulator reports 300."
    assert sources.cited_apart(_in_sentence(said, "200", 1.0), _in_sentence(said, "300", 2.0))
