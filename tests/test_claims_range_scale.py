"""The far end of a scaled "from N … to M" keeps the near end's scale ("from 5 million to 7" is
7 million, «с 5 тысяч рублей до 7» is 7 thousand roubles), and a Russian end of a change written
as a number word is read («выросло до восьми», «с пяти до восьми»).  Invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _values(sentence: str, language: str) -> list[float]:
    return [q.value for q in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "language", "values"),
    [
        ("The club's wage bill rose from 5 million to 7 after the takeover.", "en", [5e6, 7e6]),
        ("The council cut the grant from £2.5m to 2 this spring.", "en", [2.5e6, 2e6]),
        ("Its debt fell from four billion dollars to three last year.", "en", [4e9, 3e9]),
        ("Штраф для водителей подняли с 5 тысяч рублей до 7.", "ru", [5e3, 7e3]),
        ("Бюджет фестиваля сократили с 3 млн рублей до 2,5.", "ru", [3e6, 2.5e6]),
    ],
)
def test_far_end_keeps_the_near_ends_scale(
    sentence: str, language: str, values: list[float]
) -> None:
    assert _values(sentence, language) == values


@pytest.mark.parametrize(
    ("sentence", "language", "values"),
    [
        # the near end taking the far end's scale was read before and stays so
        ("Membership grew from two to five thousand within a decade.", "en", [2e3, 5e3]),
        # a far end with a size of its own, or another thing, keeps its value
        ("Sales fell from 5 million units to 700,000 units.", "en", [5e6, 7e5]),
        ("Output rose from 5 million tonnes in 2019 to 2021 levels.", "en", [5e6]),
        ("The share of fans rose from 3 million to 40 percent.", "en", [3e6, 40.0]),
    ],
)
def test_far_end_with_its_own_size_is_left_alone(
    sentence: str, language: str, values: list[float]
) -> None:
    assert _values(sentence, language)[: len(values)] == values


@pytest.mark.parametrize(
    ("sentence", "values", "unit"),
    [
        ("Число участников турнира выросло до восьми.", [8.0], "участник"),
        ("Число филиалов банка сократили с пяти до трёх.", [5.0, 3.0], "филиал"),
        ("Количество рейсов увеличили с 4 до шести.", [4.0, 6.0], "рейс"),
    ],
)
def test_russian_end_of_a_change_in_words_is_read(
    sentence: str, values: list[float], unit: str
) -> None:
    found = find_quantities(sentence, "ru")
    assert [q.value for q in found] == values
    assert all(q.unit == unit for q in found)


def test_office_hours_in_words_stay_no_figure() -> None:
    assert find_quantities("Приёмная открыта с девяти до шести по будням.", "ru") == []
