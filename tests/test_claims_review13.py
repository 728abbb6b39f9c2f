"""Review of the thirteenth session's claims changes: rules that fired too widely.  Invented
sentences."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(sentence: str, language: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The museum keeps its paintings, 120, collected over a century, in one wing.", 120.0),
        ("The club lost its games, 3, played away from home in March.", 3.0),
        ("Listeners sent in questions, 40, answered by the panel on air.", 40.0),
    ],
)
def test_a_count_of_things_between_commas_is_no_age(sentence: str, value: float) -> None:
    # an age between commas before any past tense follows one person or a noun for people
    assert (value, "years old") not in _read(sentence, "en")
    assert (value, None) in _read(sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The boss, 58, stepped down after the vote.", 58.0),
        ("Two pensioners, 81, from the coast were rescued.", 81.0),
    ],
)
def test_an_age_after_one_person_or_people_before_a_past_tense(sentence: str, value: float) -> None:
    assert (value, "years old") in _read(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Компания заключила 7 сделок в неделю выборов.",
        "Завод выпустил 300 машин в год своего основания.",
        "В городе погибли 15 человек в день урагана.",
    ],
)
def test_russian_period_named_by_a_genitive_is_a_point_in_time_not_a_rate(sentence: str) -> None:
    # «в неделю выборов» says which week, not "per week"
    assert all("/" not in (unit or "") for _, unit in _read(sentence, "ru"))
    assert len(_read(sentence, "ru")) == 1


def test_russian_rate_per_period_is_kept() -> None:
    assert _read("Завод выпускает 300 машин в год.", "ru") == [(300.0, "машина/year")]
    assert _read("Ветер достигал 25 метров в секунду, сообщили синоптики.", "ru") == [(25.0, "m/s")]


def test_russian_ph_is_a_measure_not_a_product_name() -> None:
    # a camel-case word names a product («iOS 17»), but «pH» is a two-letter symbol
    assert [v for v, _ in _read("Уровень pH 7,5 считается нормой для этой воды.", "ru")] == [7.5]
    assert _read("Обновление iOS 17.2 вышло в понедельник.", "ru") == []


def test_russian_unit_with_its_power_glued_is_no_code() -> None:
    # «36Д6М1» is a code, but «45м2» is an area: its figure stays
    assert [v for v, _ in _read("Площадь квартиры составляет 45м2, сообщил риелтор.", "ru")] == [
        45.0
    ]
    assert _read("Радар 36Д6М1 поставили на вершине холма.", "ru") == []


def test_a_sentence_of_many_figures_is_read_for_context_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A list or a flattened table is one long sentence of hundreds of figures: its tokens and
    dates are read once, not once per figure (a 30,000-character one took 78 s of CPU)."""
    from newsprism.claims import context
    from newsprism.claims.extract import analyse_sentence

    sentence = (
        "The rowing club logged distances of "
        + ", ".join(f"{n} metres" for n in range(1200, 1500, 3))
        + " in the week to 14 March."
    )
    quantities, tags = analyse_sentence(sentence, "en")
    assert len(quantities) >= 90 and tags
    calls: list[str] = []
    real = context.tokenize

    def counted(text: str, language: str = "en") -> list[context.Token]:
        calls.append(text)
        return real(text, language)

    monkeypatch.setattr(context, "tokenize", counted)
    found = [(context.about_span(sentence, q, tags), context.when(sentence, q)) for q in quantities]
    assert len(calls) <= 1
    assert {w for _, w in found} == {"14 March"}
    first = found[0][0]
    assert first is not None and sentence[first[0] : first[1]] == "distances"
