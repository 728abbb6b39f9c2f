"""A figure's source is a person, a body or a publication: never a date, a time or a pronoun,
and its words end at the name's last word (invented articles)."""

from __future__ import annotations

import pytest

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.claims.source_words import tidy_source


def _sources(text: str, language: str) -> dict[str, str | None]:
    article = analyse(article_from_text(text, language))
    return {c.text: c.source for c in article.claims}


def test_a_weekday_after_the_body_is_not_part_of_its_name() -> None:
    text = (
        "Norland's consumer protection agency on Tuesday ordered Brisa Dairy to withdraw 52 "
        "batches of yoghurt, 230 tonnes in all. Parents say at least 20 children fell ill."
    )
    sources = _sources(text, "en")
    assert sources["52 batches"] == "Norland's consumer protection agency"
    assert sources["230 tonnes"] == "Norland's consumer protection agency"


def test_a_russian_pronoun_alone_is_no_source() -> None:
    text = (
        "Число пострадавших при пожаре на складе в Тарнове выросло до 23, сообщили в МЧС "
        "области. По его данным, площадь пожара составила 900 квадратных метров."
    )
    sources = _sources(text, "ru")
    assert sources["900 квадратных метров"] != "его"


@pytest.mark.parametrize(
    ("read", "source"),
    [
        ("Sunday", None),
        ("on Monday morning", None),
        ("воскресенье", None),
        ("в субботу", None),
        ("её", None),
        ("as", None),
        ("12", None),
        ("UN", "UN"),
        ("The water board still", "The water board"),
        ("the harbour authority on Friday", "the harbour authority"),
        ("Статкомитет в пятницу", "Статкомитет"),
        ("Минтранс также", "Минтранс"),
        ("the Northern Rail Regulator (NRR", "the Northern Rail Regulator"),
        ("the ports agency in October", "the ports agency"),
        # names that hold a weekday or a month stay whole
        ("Theresa May", "Theresa May"),
        ("the Sunday Herald", "the Sunday Herald"),
        ("June Ostrova", "June Ostrova"),
        ("Минздрав Армении", "Минздрав Армении"),
        # Russian given names that are also a month's forms: a time only after «в»
        ("Марта", "Марта"),
        ("Мая", "Мая"),
        ("Августа", "Августа"),
        ("в марте", None),
        ("в мае", None),
        ("января", None),
    ],
)
def test_a_source_ends_at_its_name(read: str, source: str | None) -> None:
    assert tidy_source(read) == source
