"""Russian counts read by grammar (issue 13, fourth round): partitives, «один» that counts,
collective numerals in any case, a counted name in quotes, ages by their comparatives."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(sentence: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, "ru")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a partitive says how many of a group; «один из» still only picks
        ("Соглашение одобрили четыре из 9 областей региона.", [(4.0, "область"), (9.0, "область")]),
        ("Три из них вернулись домой через неделю.", [(3.0, None)]),
        ("Это один из крупнейших заводов страны.", []),
        # a bare number word beside another figure counts as it does (gapping)
        ("Он выпустил 12 альбомов и три в составе дуэта.", [(12.0, "альбом"), (3.0, None)]),
        # «около» there is "near", not "about": a qualifier does not make «одной из» a figure
        ("Встреча прошла около одной из проходных завода.", []),
        ("У него двое детей, одна из которых учится в Казани.", [(2, "ребёнок")]),
        # «один» counts after a focus word or beside another figure, not when it picks
        ("Комиссия нашла лишь одно нарушение.", [(1.0, "нарушение")]),
        (
            "За проект проголосовали 42 депутата, один воздержался.",
            [(42.0, "депутат"), (1.0, None)],
        ),
        ("Ещё один участник сошёл с дистанции.", []),
        # collective numerals in every case, even where pymorphy3 reads a verb first
        ("Четверым задержанным предъявили обвинение.", [(4, "people")]),
        ("Троим туристам удалось спастись.", [(3, "турист")]),
        # a counted name in quotes; an adverb grading the counted noun's adjective
        ("Фильм получил три «Золотых орла».", [(3.0, "орёл")]),
        ("В рейтинг вошли десять наиболее влиятельных политиков.", [(10.0, "политик")]),
        # ages by their comparatives and after «ему было за …»
        (
            "Принимают кандидатов старше 21 года и младше 35.",
            [(21.0, "years old"), (35.0, "years old")],
        ),
        ("Ему тогда было уже за 70.", [(70.0, "years old")]),
        # «один» beside a collective numeral; «одной трети» is a share
        ("Задержаны четверо мужчин и одна женщина.", [(4, "мужчина"), (1.0, "женщина")]),
        ("Против выступили около одной трети депутатов.", [(1 / 3, "fraction")]),
        # a number in a title in quotes names the work; quoted speech keeps its figures
        ("Театр показал «Двенадцать стульев» и «Три мушкетёра».", []),
        ("«Мы эвакуировали 300 человек», — сообщил глава района.", [(300.0, "people")]),
        # codes with three or more groups, and times with seconds
        ("Приказ 14-2-118/2019 отменён в 10:15:30 по Москве.", []),
        # a reference in the instrumental is a number in a name
        ("Ему грозит наказание, предусмотренное статьёй 228.", []),
    ],
)
def test_russian_counts(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an age whatever frames it: comparative, verb of age with a dative, «в возрасте», a name
        ("Пятого января ему исполнился 61 год.", [(61.0, "years old")]),
        ("Девушке, которой тогда не было 18 лет, помогли соседи.", [(18.0, "years old")]),
        ("Мужчина в возрасте 45 лет задержан.", [(45.0, "years old")]),
        ("Участник Иван Смирнов (59 лет) снялся с выборов.", [(59.0, "years old")]),
        ("Пострадала женщина 75 лет.", [(75.0, "years old")]),
        ("Ребёнку 2 года и 3 месяца.", [(2.0, "years old"), (3.0, "months old")]),
        # durations stay durations
        ("Отец 20 лет работал на заводе.", [(20.0, "year")]),
        ("Его назначили на срок в пять лет.", [(5.0, "year")]),
        # «N лет назад» says when, no figure (eleventh round: the code follows the docs)
        ("Это случилось у соседки почти 16 лет назад.", []),
        ("Клуб подписал с защитником 5-летний контракт.", [(5.0, "year")]),
    ],
)
def test_russian_ages_one_way(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Тренер выиграл эти турниры (ему было, соответственно, 47 и 46 лет).",
            [(47.0, "years old"), (46.0, "years old")],
        ),
        ("Её пенсионный возраст (И. Петрову уже 64 года) сыграл роль.", [(64.0, "years old")]),
        ("Певица умерла в 58-летнем возрасте.", [(58.0, "years old")]),
        ("Путин уже 20 лет у власти.", [(20.0, "year")]),
        ("Жителя Омска приговорили к 4 годам колонии.", [(4.0, "year")]),
    ],
)
def test_russian_ages_in_lists_and_adjectives(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _read(sentence) == expected
