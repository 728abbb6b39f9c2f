"""Readings added while measuring on sentences the rules were not written on (issue 13)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Самаре задержан 42-летний мужчина.", [(42.0, "years old")]),
        ("Суд арестовал 54-летнюю Иванову.", [(54.0, "years old")]),
        ("Клуб подписал с защитником 5-летний контракт.", [(5.0, "year")]),
        ("У погибшего остались жена и двое детей.", [(2, "ребёнок")]),
        ("На встречу пришли трое депутатов.", [(3, "депутат")]),
        ("Учения пройдут с 11 по 14 апреля.", []),
        ("Подробности: www.example.ru/news/2016/07/07/577 и 05/08/2008.", []),
    ],
)
def test_russian(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales grew 4% in the first half of 2025.", [(4.0, "%")]),
        ("In the second half of the year, exports fell.", []),
        ("Half of the 27 member states have signed.", [(0.5, "fraction"), (27.0, "member state")]),
        ("Details at https://example.com/2024/05/17/report-300 and 10.0.0.12 are online.", []),
    ],
)
def test_english(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Клуб подписал ещё одного игрока.", []),
        ("Цены выросли на один процент.", [(1, "%")]),
        ("Постановляю: 1 Отрешить от должности министра.", []),
        ("Дело возбуждено по ст. 318 и 212 УК РФ.", []),
        ("Трансфер обошёлся в 30 млн фунтов.", [(30_000_000.0, "GBP")]),
    ],
)
def test_russian_picks_and_codes(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Membership has fallen by a quarter since 2019.", [(0.25, "fraction")]),
        ("The 2024 Olympics cost 9 billion euros.", [(9e9, "EUR")]),
        ("The clinic sees 200 patients a day.", [(200.0, "patient/day")]),
        ("The servers handle 2.5 petabytes every day.", [(2.5, "PB/day")]),
        ("The cell stores 500 watt-hours per kilogram.", [(500.0, "Wh/kg")]),
        ("The firm bought back 3.2 million of its own shares.", [(3.2e6, "share")]),
    ],
)
def test_english_general(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "change", "value"),
    [
        ("The Yankees' payroll tops $300 million.", ">", 3e8),
        ("Tickets sold out within 20 minutes.", "<", 20.0),
        ("The drug is approved for patients aged 12 and over.", ">", 12.0),
        ("Cases have risen tenfold since 2023.", "up", 10),
        ("Profits grew 12-fold.", "up", 12.0),
    ],
)
def test_english_bounds_and_multiples(text: str, change: str, value: float) -> None:
    found = find_quantities(text, "en")
    assert [(q.value, q.change) for q in found] == [(value, change)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Она является матерью троих детей.", [(3, "ребёнок")]),
        ("Хакер осуждён за взлом восьми сайтов.", [(8.0, "сайт")]),
        ("Названы имена двух подозреваемых в поджоге склада.", [(2.0, "подозреваемый")]),
        ("Больше всего нарушений в Москве (462).", [(462.0, None)]),
    ],
)
def test_russian_case_forms(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text, "ru") == expected


def test_english_age_in_apposition() -> None:
    # an age is a claim however it is given; the refusal of "Name, 37," was a NewsQuant habit
    assert _read("Murray, 37, said he would retire.", "en") == [(37.0, "years old")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold hit a record $2,450 an ounce before easing.", [(2450.0, "USD/oz")]),
        ("Coffee rose to $3.40 a pound.", [(3.4, "USD/lb")]),
        ("Drinking 2 litres of water a day is common.", [(2.0, "l/day")]),
        ("Sales grew 2.7% in the 13 weeks to 30 December.", [(2.7, "%")]),
        ("The 5G network now covers 85% of the population.", [(85.0, "%")]),
    ],
)
def test_english_rates_windows_names(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Восьмидесятилетний Маккейн снова идёт на выборы.", [(80.0, "years old")]),
        ("Полиция нашла пятилетнего мальчика.", [(5.0, "years old")]),
        ("Он подписал десятилетний контракт.", [(10.0, "year")]),
        ("Это многолетний спор.", []),
    ],
)
def test_russian_years_in_one_word(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He signed a five-year contract.", [(5.0, "year")]),
        ("He served a three-match ban.", [(3.0, "match")]),
        ("The five-year-old was found safe.", [(5.0, "years old")]),
        ("It was a one-off payment on a two-way street.", []),
    ],
)
def test_english_spelled_compounds(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a compound adjective measures, by its stem
        ("Банк ожидает 12-процентный рост кредитования.", [(12.0, "%")]),
        ("Спикер избран в 450-местную Думу.", [(450.0, "место")]),
        ("Огонь охватил пятиэтажный дом на окраине.", [(5.0, "этаж")]),
        ("Двухчасовой разговор ничего не дал.", [(2.0, "hour")]),
        ("Семимесячная дочь актрисы здорова.", [(7.0, "months old")]),
        # written apart, or with a non-breaking hyphen; «летний» alone may be "summer"
        ("Задержан 35 летний житель Твери.", [(35.0, "years old")]),
        ("Задержан 35‑летний житель Твери.", [(35.0, "years old")]),
        ("Магазин продал 4 летних платья.", [(4.0, "платье")]),
        ("Рейтинг вырос на 2 процентных пункта.", [(2.0, "pp")]),
        # a kind, not a count
        ("Он снимает однокомнатную квартиру.", []),
    ],
)
def test_russian_measure_adjectives(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Детям Петрова (12, 7 и 3 года) выплатят пособие.",
            [(12.0, "years old"), (7.0, "years old"), (3.0, "years old")],
        ),
        ("Цены выросли на 4, 6 и 9 процентов.", [(4.0, "%"), (6.0, "%"), (9.0, "%")]),
        ("Актёр, которому на днях исполнилось 85, вышел на сцену.", [(85.0, "years old")]),
        ("Ей уже 102, и она живёт одна.", [(102.0, "years old")]),
        ("Водитель Смирнов, 44, не пострадал.", [(44.0, "years old")]),
        ("Фонд выделил 3 млн датских крон.", [(3e6, "DKK")]),
        ("В 2015, 2016 и 2017 годах цены росли.", []),
    ],
)
def test_russian_implicit_units(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cardinal's own case ending after its digits; an ordinal's is refused
        ("Он умер в возрасте 38-ми лет.", [(38.0, "years old")]),
        ("Объявлен 3-х дневный траур.", [(3.0, "day")]),
        ("Выборы станут 5-ми по счёту.", []),
        # a scale without a numeral is one of it
        ("Ему грозит штраф до миллиона рублей.", [(1e6, "RUB")]),
        ("Дело ведут около ста следователей.", [(100.0, "следователь")]),
        # a range in words takes the scale of its far end
        ("Билеты стоят от трёх до четырёх тысяч рублей.", [(3000.0, "RUB")]),
        # how many times, in one word
        ("Спортсменка трижды выигрывала этап.", [(3.0, "times")]),
    ],
)
def test_russian_endings_scales_counts(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count agrees with its number; an ordinal written in digits does not
        ("Сборная поднялась на 12 место в рейтинге.", []),
        ("Финал пройдёт во 2 туре.", []),
        ("Ученики 9 класса сдали экзамен.", []),
        ("В зале осталось 12 мест.", [(12.0, "место")]),
        ("Город построил 21 школу.", [(21.0, "школа")]),
        ("В 4 школах отменили занятия.", [(4.0, "школа")]),
        # a season, a date with spaces, a night, a section, an hour: places, not counts
        ("В сезоне 2018/19 клуб стал чемпионом.", []),
        ("Письмо от 14 03 2019 года не дошло.", []),
        ("В ночь с 3 на 4 мая шёл снег.", []),
        ("Пункт 2.3.1 регламента изменён.", []),
        ("Взрыв прогремел около 6 утра.", []),
        ("Прощание начнётся с 10.00 в Доме культуры.", []),
        ("Выборы прошли 14 и 15 октября.", []),
        ("Сводка от 2019-04-12 не обновлялась.", []),
        ("1. Назначить Иванова министром.", []),
        # a fraction after an ordinal is a period or a position
        ("Он жил во второй половине XIX века.", []),
        ("Половина опрошенных против.", [(0.5, "fraction")]),
    ],
)
def test_russian_places_not_counts(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The probe measured 4.2e-3 grams of dust.", [(4.2e-3, "g")]),
        ("Output reached 1.2E+6 tonnes.", [(1.2e6, "tonne")]),
        ("The trail is 3½ miles long.", [(3.5, "mile")]),
        ("Stir in ½ cup of milk.", [(0.5, "cup")]),
        ("Nearly ⅔ of members backed the deal.", [(2 / 3, "fraction")]),
        ("The E3 show opens on Monday.", []),
    ],
)
def test_english_notation_and_vulgar_fractions(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(round(v, 9), u) for v, u in _read(text, "en")] == [
        (round(v, 9), u) for v, u in expected
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every numeral of the lexicon opens a figure, "thirteen" to "nineteen" included
        ("Fourteen people were rescued from the flooded mine.", [(14.0, "people")]),
        ("The council voted to close the library sixteen months later.", [(16.0, "month")]),
        # ages in words, framed as ages are in digits
        ("The striker, aged nineteen, signed a new deal.", [(19.0, "years old")]),
        ("When she was seven, her family moved to Leeds.", [(7.0, "years old")]),
        ("Only the two met in private.", []),
        # a stressed or qualified "one" measures; an idiom does not
        ("Engineers had only one day to repair the bridge.", [(1.0, "day")]),
        ("One day the ferry simply stopped running.", []),
        # "one" counts when the sentence counts the same noun elsewhere
        (
            "Rebels fired 40 rockets at the base, and the army fired one rocket in reply.",
            [(40.0, "rocket"), (1.0, "rocket")],
        ),
        # scores with spaced dashes, spans of years, numbers naming things after a plural
        ("Leeds defeated Hull 2 – 0 and Derby drew 1 – 1 with Stoke.", []),
        ("The model covers 2020 - 2060 for every region.", []),
        ("The A1 is closed between junctions 44 and 45 this weekend.", []),
        ("Voters in wards 3 and 4 queued for hours.", []),
        # a four-digit count before a plural is a count, not a year
        ("A survey of 1250 householders found rents rising.", [(1250.0, "householder")]),
        ("Prices rose 5 – 7% last year.", [(5.0, "%")]),
    ],
)
def test_english_numerals_scores_and_one(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll could reach more than a thousand.", [(1000.0, None, ">")]),
        ("Pupils aged 11–14 years took part.", [(11.0, "years old", "=")]),
        ("Output could climb a hundred fold.", [(100.0, "times", "up")]),
        ("Costs rose by either 12 percent or by 9 percent.", [(12.0, "%", "up"), (9.0, "%", "up")]),
        ("Police now put the crowd closer to 20,000.", [(20000.0, None, "~")]),
        ("Banks may sell up to an additional 10 per cent of shares.", [(10.0, "%", "<")]),
        # counted nouns by their singular, irregular plurals from WordNet
        (
            "The agency handled three crises and saved 40 lives.",
            [(3.0, "crisis", "="), (40.0, "life", "=")],
        ),
        ("About 900 schoolchildren were sent home.", [(900.0, "schoolchild", "~")]),
    ],
)
def test_english_qualifiers_ages_and_plurals(
    text: str, expected: list[tuple[float, str | None, str]]
) -> None:
    assert [(q.value, q.unit, q.change) for q in find_quantities(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «один» counts beside harm, after a focus word and a preposition, as a difference
        ("Взрыв в метро: один погиб, трое ранены.", [(1.0, None), (3.0, "people")]),
        ("Вратарь сыграл лишь за одну сборную.", [(1.0, "сборная")]),
        (
            "Депутаты получат 12 кресел — на одно меньше, чем в прошлом созыве.",
            # the bare difference counts what the figure before it counts (session 40)
            [(12.0, "кресло"), (1.0, "кресло")],
        ),
        ("Клуб подписал ещё одного игрока.", []),
        ("Он жил в одной квартире с братом.", []),
    ],
)
def test_russian_one_counts(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The booster is offered to adults over 75 this winter.", [(75.0, "years old")]),
        ("Children under five were given free meals.", [(5.0, "years old")]),
        ("A man, 41, and his son were arrested.", [(41.0, "years old")]),
        ("Houses over 500 were sold.", [(500.0, None)]),
    ],
)
def test_english_ages_of_people(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «пол-» halves a measure or a number noun in one word
        ("Ремонт моста занял полгода.", [(0.5, "year")]),
        ("Фонд выделил полмиллиона рублей.", [(500_000.0, "RUB")]),
        ("Полсотни жителей вышли на сход.", [(50.0, "житель")]),
        ("Встреча назначена на полдень.", []),
        ("Полпред встретился с губернатором.", []),
        # a scale with no counted noun still states a figure
        ("Подписчиков у канала уже около трёх миллионов.", [(3_000_000.0, None)]),
        # a qualified number word states a figure with no noun after it
        ("Задержанных было не менее трёх.", [(3.0, None)]),
        ("Их было трое, а теперь двое.", [(3, "people"), (2, "people")]),
    ],
)
def test_russian_halves_and_scales(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands grouped by a no-break or thin space, as typeset and machine-translated
        # English writes them: one figure, not 1 and a stray 000
        ("About 1\u202f000 people marched to the square.", [(1000.0, "people")]),
        ("The fund holds $2\u00a0500\u00a0000 in cash.", [(2_500_000.0, "USD")]),
        ("Some 12\u2009000 troops crossed the border.", [(12_000.0, "troop")]),
        # a plain space still separates two numbers
        ("In 2014 100 people were evacuated.", [(100.0, "people")]),
    ],
)
def test_english_thousands_grouped_by_spaces(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range after "to", "a" or "the" is a figure, not a score
        ("Inflation will rise to 5-7 percent next year.", [(5.0, 7.0, "%")]),
        ("The hotel is a 10-15 minute walk from the station.", [(10.0, 15.0, "minute")]),
        ("Analysts expect growth of up to 2-3 percent.", [(2.0, 3.0, "%")]),
        # scores stay masked: a word of result, the larger first, or a draw
        ("Arsenal secured a 2-1 home win.", []),
        ("The match ended in a 1-1 draw.", []),
        ("Chelsea came back to 2-2 late on.", []),
    ],
)
def test_english_ranges_after_to_a_the_are_not_scores(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert [(q.value, q.value_high, q.unit) for q in find_quantities(text, "en")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The counter showed 1e500 visits.",  # raised OverflowError
        "The model allows 9e308 states.",  # read as infinity
        "The grid has 2×10 400 cells.",  # raised OverflowError (a lost superscript)
    ],
)
def test_english_exponent_beyond_a_float_is_no_figure(text: str) -> None:
    """Scientific notation out of a float's range is not a figure (and never an exception that
    costs the article its claims, or an exponent so large that raising it takes minutes)."""
    values = [q.value for q in find_quantities(text, "en")]
    assert all(abs(v) < 1e300 for v in values), values


def test_english_scientific_notation_still_read() -> None:
    assert _read("Doses of 1e-3 grams were given.", "en") == [(0.001, "g")]


def test_exponent_too_large_to_raise_is_refused_before_raising() -> None:
    """ "1e999999999" must not build a billion-digit integer (minutes of CPU in a web request)."""
    from newsprism.claims.number_unit_en import _scaled

    assert _scaled(1.0, 1, 999_999_999.0) is None
    assert _scaled(1.0, 1, float("9" * 400)) is None  # the exponent itself beyond a float
    assert _scaled(2.5, -1, 3.0) == 0.0025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Canadian style: the scale word after a hyphen
        ("The insurer paid a $250-million settlement to the province.", [(250e6, "USD")]),
        ("Ottawa announced a C$1.2-billion rail line.", [(1.2e9, "CAD")]),
        # a month and its year date what follows, they count nothing
        ("Inquiries into the August 2011 riots are still open.", []),
        # an age after a full name at the end of the sentence
        ("The blast wounded the driver, Marta Kowalski, 41.", [(41.0, "years old")]),
        # idioms of "double" and "twice"
        ("The minister doubled down on the plan.", []),
        ("Shoppers should think twice before paying.", []),
        # a measure after a count stays a figure; a mixed number does not split
        # (since the thirty-first session the count before the measure counts the noun, as
        # "two eight-hour shifts" does by the unit conventions of docs/claims.md)
        ("Soldiers fired two 155 mm shells at the bridge.", [(2.0, "shell"), (155.0, "mm")]),
        # a name modifying the counted noun is not read as a plural
        ("Three Texas state troopers were injured.", [(3.0, "texas state trooper")]),
        # a year before a singular unit of time counts no days; a plural would
        ("Euro 2024 day nine: Spain through", []),
        ("The pipes will last 2000 years.", [(2000.0, "year")]),
        # a plus after the number is its bound, and the noun after it is counted
        ("The chain runs 1,200+ stores across Ontario.", [(1200.0, "store")]),
        # a vague amount of pounds is money; a bare weight stays a weight
        ("Councils lost millions of pounds in the scheme.", [(1e6, "GBP")]),
        ("Farms sprayed millions of pounds of pesticide.", [(1e6, "lb")]),
        ("The boxer lost 12 pounds before the fight.", [(12.0, "lb")]),
        # a thing named by its number after "the", and emergency numbers, count nothing
        ("Officers were sent to the 75 precinct on Friday.", []),
        ("A neighbour dialled 999 at midnight.", []),
        ("The 911 dispatcher sent two units.", [(2.0, "unit")]),
        # a compound modifier after "the" still counts
        ("The 131-page report was leaked.", [(131.0, "page")]),
        # a count out of a group in words, and a part of a whole owned by someone
        ("Seven of the 12 jurors voted to convict.", [(7.0, "juror"), (12.0, "juror")]),
        ("Day three of the 2026 Games was quiet.", []),
        (
            "About 2 million of the city's 9 million people lack water.",
            [(2e6, "people"), (9e6, "people")],
        ),
        # how often: "once" counts only in a rate; "twice" in a rate is one too
        ("Inspectors visit at least once a month.", [(1.0, "times/month")]),
        ("The board meets twice a year.", [(2.0, "times/year")]),
        ("It was once a mill town.", []),
        # an order picks, digits still count, a period still measures
        ("Candidates toured the first three caucus states.", []),
        ("The first 500 buyers get a refund.", [(500.0, "buyer")]),
        ("Exports fell in the first six months.", [(6.0, "month")]),
    ],
)
def test_english_eighth_round(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name the dictionary cannot decline, before a verb of age or «сейчас»
        ("Тогда Хэмпшир было 19 лет.", [(19.0, "years old")]),
        ("Джо Уилсону сейчас 61 год.", [(61.0, "years old")]),
        # after a preposition it is a place; a verb after the years makes them a duration
        ("В Канаде было 5 лет засухи.", [(5.0, "year")]),
        ("Опенгейм уже 30 лет работает в банке.", [(30.0, "year")]),
    ],
)
def test_russian_age_after_a_foreign_name(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "ru") == expected
