"""English attribution, thirty-sixth session (issue 12).  Invented articles only.

The tests' shared reader (``tests/attributed.py``) kept one reading per text: a test that
switched the calibration off, or a flag, and read a text another test had read got the first
reading back, with its confidences (the thirty-fifth session's closing note)."""

from __future__ import annotations

import pytest
from attributed import attributed, speaker_of

from newsprism.attribution import calibration_en, confidence_ru

#: a council meeting in the style of a translation from Russian: the calibration reads it
HEATING = (
    "The deputies of the regional council discussed the tariffs for the heating\n\n"
    "The head of the committee of the council on the housing Marina Kovalenko said that the "
    "tariffs for the heating in the city will rise by the tenth from the first of the January. "
    "According to her, the decision of the government of the region was agreed with the "
    "suppliers of the gas.\n\n"
    '"We cannot keep the old prices, the boilers of the city are old," Kovalenko said. The '
    "deputy of the council Oleg Savchuk noted that the residents of the district were not asked "
    "about the rise. He added that the faction will demand the hearing at the session of the "
    "council in the December."
)

BRIDGE_RU = (
    "Мэр города Анна Петрова заявила, что мост откроют в мае. «Мы готовы», — сказала она.\n\n"
    "По словам министра финансов Игоря Соколова, расходы составят 4 млн рублей."
)


def _confidences(text: str, language: str = "en") -> list[float | None]:
    return [q.confidence for q in attributed(text, language).quotes]


def test_a_text_read_again_with_the_same_settings_is_read_once() -> None:
    first = attributed(HEATING)
    assert attributed(HEATING) is first


def test_the_calibration_switched_off_gives_a_reading_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calibrated = _confidences(HEATING)
    monkeypatch.setattr(calibration_en, "reads_translated", lambda text: False)
    raw = _confidences(HEATING)
    assert len(raw) == len(calibrated)
    # the calibration only lowers, and it lowers at least one quote of this text
    assert all((c or 0) <= (r or 0) for c, r in zip(calibrated, raw, strict=True))
    assert raw != calibrated
    monkeypatch.undo()
    assert _confidences(HEATING) == calibrated


def test_a_flag_switched_off_gives_a_reading_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    mapped = _confidences(BRIDGE_RU, "ru")
    monkeypatch.setattr(confidence_ru, "ISOTONIC", False)
    assert _confidences(BRIDGE_RU, "ru") != mapped


def test_a_word_list_changed_gives_a_reading_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # word lists kept as tuples or sets are settings too (the review: a test that patched one
    # got the first reading back)
    from newsprism.attribution import quote_heads_en

    first = attributed(HEATING)
    words = quote_heads_en._BLOCK_WORDS
    monkeypatch.setattr(quote_heads_en, "_BLOCK_WORDS", type(words)([*words, "zzzblock"]))
    assert attributed(HEATING) is not first
    monkeypatch.undo()
    assert attributed(HEATING) is first


def test_a_description_is_named_without_its_relative_word() -> None:
    text = (
        "A plant accused\n\n"
        "The director of the plant Oleg Petrenko stated that the plant works by the norms.\n\n"
        "The director, whom the local site calls Oleh Petrenko, told the site on Tuesday that "
        "the plant will pay for the analyses itself. The lawyer, whom the court appointed, said "
        "that the client will appeal."
    )
    article = attributed(text)
    assert all(not s.name.endswith(("whom", "who", ",")) for s in article.speakers)
    assert "The lawyer" in {s.name for s in article.speakers}


def test_shares_of_a_survey_are_speakers_of_their_own() -> None:
    text = (
        "How designers find clients\n\n"
        "We asked 400 web designers how long it took to find a first client.\n\n"
        "7% said it took three to four weeks. Whereas 8% found it took around two months, and "
        "6% found it took more like four months."
    )
    article = attributed(text)
    assert speaker_of(article, "three to four weeks") == "7%"
    assert speaker_of(article, "around two months") == "8%"
    assert speaker_of(article, "more like four months") == "6%"
    assert all(not s.aliases for s in article.speakers if s.name.endswith("%"))
