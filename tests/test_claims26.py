"""Issue 13, twenty-sixth session: a version after a product's name opening a sentence, a number
word after "the" and one modifier, a Russian bare figure set against another, a Russian counted
noun after a longer run of adjectives (invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(text: str, lang: str = "en") -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "Firefox 133 is out with a new tab layout.",
        "Kubernetes 1.31, the latest release, drops an old interface.",
        "Photoshop 2 was sold on floppy disks.",
        "Fast-forward a decade and post-Brexit 2 is still the joke in the office.",
    ],
)
def test_a_version_after_a_name_opening_the_sentence_is_no_figure(text: str) -> None:
    assert [v for v, _, _ in _read(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word prose opens a sentence with: the figure after it counts
        ("Another 40 were taken to hospital.", [(40.0, None, None)]),
        ("Nearly 300 turned out in the rain.", [(300.0, None, None)]),
        # a counted noun after it: a count, whatever the first word
        ("Stadia's 12 new games disappointed the testers.", [(12.0, None, "new game")]),
        # a pronoun and its verb, not a name
        ("You're 22 and you have time.", [(22.0, None, "years old")]),
    ],
)
def test_a_figure_second_in_its_sentence_still_counts(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The guide walks through the main five steps of repotting a fern.",
        "Our review compares the core seven budget laptops of the autumn.",
        "It supports the last three releases of the operating system.",
    ],
)
def test_a_number_word_after_the_and_a_modifier_determines(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The other three passengers were unhurt.", "passenger"),
        ("The only two witnesses left before the police came.", "witness"),
    ],
)
def test_other_and_only_still_count(text: str, unit: str) -> None:
    assert [(v, u) for v, _, u in _read(text)] == [(3.0 if "three" in text else 2.0, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Список набрал 31,4 против 28,9% у блока губернатора.",
            [(31.4, None, "%"), (28.9, None, "%")],
        ),
        (
            "Завод выпустит до 120 тыс. тонн в год вместо 90 тыс.",
            [(120000.0, None, "tonne/year"), (90000.0, None, "tonne/year")],
        ),
        (
            "У партии 210 мандатов депутатов из необходимых 226.",
            [(210.0, None, "мандат"), (226.0, None, "мандат")],
        ),
        (
            "Клуб продал 18 тыс. абонементов, а не 25 тыс.",
            [(18000.0, None, "абонемент"), (25000.0, None, "абонемент")],
        ),
    ],
)
def test_a_russian_bare_figure_set_against_another_shares_its_unit(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(text, "ru") == expected


def test_a_russian_count_from_a_group_keeps_its_own_reading() -> None:
    # «из 12 регионов» names the group; the bare «4» before a verb is not set against it
    assert _read("Из 12 регионов 4 получили субсидии.", "ru")[0] == (12.0, None, "регион")


def test_a_russian_counted_noun_after_four_adjectives() -> None:
    text = "В корзину вошли хлеб и 14 других обычных недорогих продуктов питания."
    assert [u for _, _, u in _read(text, "ru")] == ["продукт"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foals can leave the mare at about 20 weeks of age.", [(20.0, None, "weeks old")]),
        ("Ducklings from 2 to 7 days old need a heat lamp.", [(2.0, 7.0, "days old")]),
        ("The twins were weighed at 4 months of age.", [(4.0, None, "months old")]),
    ],
)
def test_an_age_in_weeks_months_or_days(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Only 6 out of the 18 bridges were inspected.",
            [(6.0, None, "bridge"), (18.0, None, "bridge")],
        ),
        (
            "The resort scored 87 out of a possible 100 points.",
            [(87.0, None, "point"), (100.0, None, "point")],
        ),
    ],
)
def test_a_count_out_of_a_group_takes_the_groups_noun(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(text) == expected


def _qualifiers(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.qualifier) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Скидка на билеты составит 40% и более.", [(40.0, "и более")]),
        ("Детей 7 лет и старше пустят без взрослых.", [(7.0, "и старше")]),
        ("Стройке нужно хотя бы 2 млрд руб.", [(2e9, "хотя бы")]),
        # «и более того» is "moreover", no bound
        ("Пришли 30 человек, и более того, все опоздали.", [(30.0, None)]),
    ],
)
def test_a_russian_bound_after_the_figure_and_khotya_by(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _qualifiers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Line a 9x5-inch loaf tin.", [(9.0, None, "inch"), (5.0, None, "inch")]),
        ("The cellar is 8 x 11 metres.", [(8.0, None, "m"), (11.0, None, "m")]),
        ("They built a 6 by 8 foot greenhouse.", [(6.0, None, "ft"), (8.0, None, "ft")]),
    ],
)
def test_the_sides_of_a_dimension_share_its_unit(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The hosting plan costs $6 per seat per month.", "USD/seat/month"),
        ("Campers used 40 litres per person per day.", "l/person/day"),
    ],
)
def test_a_rate_over_a_thing_then_a_period(text: str, unit: str) -> None:
    assert [u for _, _, u in _read(text)] == [unit]
