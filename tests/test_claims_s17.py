"""The seventeenth session's claims mechanisms, on invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def read(sentence: str) -> list[tuple[float, float | None, str | None, str]]:
    return [(q.value, q.value_high, q.unit, q.change) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count out of a group names the group's noun behind any possessive
        ("The band hired four of my old classmates.", [(4, None, "old classmate", "=")]),
        ("Officials questioned 15 of your neighbours on Monday.", [(15, None, "neighbour", "=")]),
        # "most" makes a superlative, which stays in the unit (the unit conventions decided in
        # the twenty-fourth session; the seventeenth session dropped it)
        (
            "The chef invited two of his most loyal suppliers.",
            [(2, None, "most loyal supplier", "=")],
        ),
        ("The guide lists 12 of the most popular trails.", [(12, None, "most popular trail", "=")]),
        # nothing changes where no determiner or adverb stands between
        ("Police arrested 12 protesters.", [(12, None, "protester", "=")]),
    ],
)
def test_counts_out_of_a_group(
    sentence: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # items of a list numbered inside one sentence count nothing
        (
            "The reform has two aims: (1) lower fees and (2) faster refunds.",
            [(2, None, "aim", "=")],
        ),
        # a lone bracketed figure with no neighbour in the count is kept
        ("Complaints about the bins (4) were the most read.", [(4, None, None, "=")]),
        # a record of wins, losses and draws is no range and no figure
        ("Leeds (10-4-3) travel to Hull with 33 points.", [(33, None, "point", "=")]),
        ("The clinic treats children aged 5-7 on Tuesdays.", [(5, 7, "years old", "=")]),
        # an ordinal's ending after a range of days is a date, not a unit
        ("The fair ran on March 3-5th in Leeds.", []),
        # a video format named by its lines is no amount of pence
        ("The camera records 1080p video for 90 minutes.", [(90, None, "minute", "=")]),
        ("A loaf now costs 95p in the village shop.", [(95, None, "pence", "=")]),
    ],
)
def test_numbers_that_only_label(
    sentence: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a round number and some more is about that number
        (
            "Thirty volunteers cleared twenty-odd beaches.",
            [(30, None, "volunteer", "="), (20, None, "beach", "~")],
        ),
        ("The 40-odd stalls open at dawn.", [(40, None, "stall", "~")]),
        # half a dozen is six however it is written
        ("Rescuers pulled a half-dozen hikers from the gorge.", [(6, None, "hiker", "=")]),
        ("She baked a half dozen loaves.", [(6, None, "loaf", "=")]),
        # the bound before the article reaches the figure
        ("Police questioned more than a half-dozen witnesses.", [(6, None, "witness", ">")]),
    ],
)
def test_approximate_number_words(
    sentence: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert read(sentence) == expected


def read_ru(sentence: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, "ru")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a number written in parts is one number
        (
            "Больница получила 2 миллиона 415 тысяч 300 рублей на ремонт крыши.",
            [(2415300, None, "RUB")],
        ),
        ("Фермерам выплатят по 14 тысяч 250 рублей.", [(14250, None, "RUB")]),
        ("На счёт поступило 3 млн 200 тыс. рублей.", [(3200000, None, "RUB")]),
        # a year after a count is no part of it
        ("Собрали 5 тысяч подписей к маю 2021 года.", [(5000, None, "подпись")]),
        # money paid for an action is paid once, no rate; a price per a thing stays a rate
        ("Чиновник просил 5000 долларов за ускорение проверки.", [(5000, None, "USD")]),
        ("Бензин продают по 52 рубля за литр.", [(52, None, "RUB/l")]),
        ("Золото стоит 2300 долларов за унцию.", [(2300, None, "USD/унция")]),
    ],
)
def test_russian_numbers_in_parts_and_rates(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert read_ru(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle standing for a noun, with its own phrase after it
        ("За сутки выявлено 512 заболевших новой инфекцией.", [(512, None, "заболевший")]),
        ("Всего зарегистрировано 1200 заразившихся вирусом.", [(1200, None, "заразившийся")]),
        # an adjective before a noun in the same case still describes it
        ("В области выявлено 84 новых случая.", [(84, None, "случай")]),
        ("Дождь отключил свет в 40 населённых пунктах.", [(40, None, "пункт")]),
        # an adverb grading the participle
        ("Зарегистрировано 950 лабораторно подтверждённых случаев.", [(950, None, "случай")]),
        # a plural genitive noun that is also spelled as a short adjective
        ("В парке высадят 120 каштанов.", [(120, None, "каштан")]),
        # a range of cold is read from its low end
        ("Ночью -12… -17°, днём теплее.", [(-17, -12, "degree")]),
    ],
)
def test_russian_counted_words_and_cold_ranges(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert read_ru(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a period after what is measured makes a rate, over an "of" phrase too
        (
            "Nurses advise eating three servings of oily fish a week.",
            [(3, None, "serving/week", "=")],
        ),
        ("The mine ships 40 million tonnes annually to China.", [(40e6, None, "tonne/year", "=")]),
        ("The scheme costs $2 billion in subsidies annually.", [(2e9, None, "USD/year", "=")]),
        # an adjective of period before a noun names that noun, not a rate
        ("Patients take a 5mg weekly dose.", [(5, None, "mg", "=")]),
        # a count with a verb between it and the period is a count
        ("About 30,000 tourists visit the island every year.", [(30000, None, "tourist", "~")]),
    ],
)
def test_rates_over_what_is_measured(
    sentence: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert read(sentence) == expected


def test_a_share_in_brackets_is_no_conversion() -> None:
    # a share of something in brackets is a figure of its own, not the first restated
    found = read("The shop stocks about 300 books (40% of them are second-hand).")
    assert found == [(300, None, "book", "~"), (40, None, "%", "=")]
    # a figure restated in other units in brackets keeps the hedge
    found = read("The plot cost about £5m ($6.3m) in 2019.")
    assert found == [(5e6, None, "GBP", "~"), (6.3e6, None, "USD", "~")]
