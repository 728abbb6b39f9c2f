"""A figure's source is a body's whole name, never a piece cut from it (issues 13 and 16):
"the KNB border service" is not "KNB", «Управление ГИБДД по … области» is not «Управление»
(invented articles, never evaluation text)."""

from __future__ import annotations

from newsprism import api
from newsprism.claims.source_words import whole_body_name


def _source_of(text: str, figure: str) -> str:
    analysed = api.analyse(api.read(text.encode(), stages=("segment",)))
    claim = next(c for c in analysed.claims if c.text.startswith(figure))
    return claim.source


def test_an_abbreviation_keeps_its_head_noun() -> None:
    text = (
        "Crossing shut after clashes\n\n"
        "The KNB border service said on Tuesday that 14 trucks had been turned back at the "
        "crossing.\n"
    )
    assert _source_of(text, "14") == "KNB border service"


def test_a_russian_body_keeps_its_genitive_chain() -> None:
    text = (
        "Аварии на дорогах\n\n"
        "Управление ГИБДД по Вологодской области сообщило, что за сутки произошло 25 аварий.\n"
    )
    assert _source_of(text, "25") == "Управление ГИБДД по Вологодской области"


def test_a_russian_abbreviation_is_not_cut_from_its_head() -> None:
    text = (
        "Паводок\n\n"
        "Главное управление МЧС по Курганской области сообщило, что подтоплены 43 дома.\n"
    )
    assert _source_of(text, "43") == "Главное управление МЧС по Курганской области"


def test_a_press_office_speaks_for_its_body_in_the_nominative() -> None:
    assert (
        whole_body_name("ГУ", "пресс-службе ГУ МЧС России по Курганской области", "ru")
        == "пресс-служба ГУ МЧС России по Курганской области"
    )


def test_a_person_or_a_name_that_is_not_a_piece_stands() -> None:
    assert whole_body_name("МЧС", "глава МЧС", "ru") is None
    assert whole_body_name("NHS", "the NHS chief executive", "en") is None
    assert whole_body_name("Reuters", "Reuters news agency", "en") is None
    assert whole_body_name("KNB", "KNB", "en") is None


def test_a_name_in_quotation_marks_is_the_body_s_own() -> None:
    assert whole_body_name("Водоканалстрой", "компания «Водоканалстрой»", "ru") is None
    assert (
        whole_body_name("Минздрав", "Минздрав Вологодской области", "ru")
        == "Минздрав Вологодской области"
    )
