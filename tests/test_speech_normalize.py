"""Normalisation before synthesis: tables of written text → spoken text, in English and Russian."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.speech import normalize

FIXTURES = Path(__file__).parent / "fixtures" / "speech"


def _rows(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            written, spoken = line.split("\t")
            rows.append((written, spoken))
    return rows


EN = _rows("normalize_en.tsv")
RU = _rows("normalize_ru.tsv")


def test_the_tables_are_large_enough() -> None:
    assert len(EN) >= 40 and len(RU) >= 40


@pytest.mark.gate
@pytest.mark.parametrize(("written", "spoken"), EN, ids=[w[:40] for w, _ in EN])
def test_english(written: str, spoken: str) -> None:
    assert normalize(written, "en") == spoken


@pytest.mark.gate
@pytest.mark.parametrize(("written", "spoken"), RU, ids=[w[:40] for w, _ in RU])
def test_russian(written: str, spoken: str) -> None:
    assert normalize(written, "ru") == spoken


@pytest.mark.parametrize(
    ("text", "language"), [(w, "en") for w, _ in EN] + [(w, "ru") for w, _ in RU]
)
def test_no_digit_or_symbol_is_left_for_the_engine_to_spell(text: str, language: str) -> None:
    spoken = normalize(text, language)
    assert not any(c.isdigit() for c in spoken), spoken
    assert not set(spoken) & set("%$£€№«»—…&/"), spoken


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("около 600 тысяч", "около шестисот тысяч"),
        ("к 2030 году", "к две тысячи тридцатому году"),
        ("с 5 до 7 процентов", "с пяти до семи процентов"),
        ("в 2023 году", "в две тысячи двадцать третьем году"),
        ("более 2 тыс. человек", "более двух тысяч человек"),
        ("21 тысяча", "двадцать одна тысяча"),
        ("над 3 домами", "над тремя домами"),
        ("о 5 случаях", "о пяти случаях"),
    ],
)
def test_russian_numerals_agree_with_their_context(phrase: str, expected: str) -> None:
    assert normalize(phrase, "ru") == expected


def test_other_languages_get_typography_and_urls_only() -> None:
    assert (
        normalize("«Hallo» — siehe https://www.example.de/x…", "de")
        == "Hallo, siehe example dot de..."
    )
