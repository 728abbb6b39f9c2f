"""The thirty-ninth session's trace changes, on invented English and Russian sentences: a
weekday or a month is no name of an event, and a Russian adjective made from a place's name
names that place (:func:`newsprism.trace.mentions.name_keys`), so that two reports of one event
share their names and two events' reports do not share a day."""

from __future__ import annotations

import pytest

from newsprism.attribution.stage import article_from_text
from newsprism.trace import mentions
from newsprism.trace.mentions import name_keys, speaker_key


def _keys(text: str, language: str) -> set[str]:
    return set(name_keys(article_from_text(text, language)))


def test_weekdays_and_months_are_no_names() -> None:
    keys = _keys(
        "Late on Friday the Kestrel Line said its March fares to Tver would rise by a fifth, "
        "and that the Monday ferries would keep their price until October.",
        "en",
    )
    assert keys == {speaker_key(w) for w in ("Kestrel", "Line", "Tver")}


def test_russian_weekdays_and_months_are_no_names() -> None:
    keys = _keys(
        "Как сообщили в Пятницу, паром Чайка до Понедельника не выйдет, а в Марте рейсы "
        "на Тверь вернутся.",
        "ru",
    )
    assert keys == {speaker_key(w) for w in ("Чайка", "Тверь")}


def test_two_events_no_longer_share_a_day(monkeypatch: pytest.MonkeyPatch) -> None:
    one = "Rescuers in Orsk said on Monday that 14 miners were still underground."
    other = "The Velmar board said on Monday that 14 stores would close."
    assert not _keys(one, "en") & _keys(other, "en")
    monkeypatch.setattr(mentions, "NAME_DATES_ASIDE", False)
    assert _keys(one, "en") & _keys(other, "en") == {speaker_key("Monday")}


def test_a_place_adjective_names_its_place() -> None:
    english = _keys("A court in Tver put the damage at 58 million roubles.", "en")
    russian = _keys("По оценке суда, Тверской завод потерял 58 млн рублей.", "ru")
    assert english & russian == {speaker_key("Tver")}


def test_a_place_adjective_named_another_place_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mentions, "PLACE_ADJECTIVES", False)
    english = _keys("A court in Tver put the damage at 58 million roubles.", "en")
    russian = _keys("По оценке суда, Тверской завод потерял 58 млн рублей.", "ru")
    assert not english & russian


def test_a_short_adjective_keeps_its_key() -> None:
    # a key of four letters or fewer is not cut (Российский: "rsk" would become "r")
    keys = _keys("По данным ведомства, Российский союз назвал 40 случаев.", "ru")
    assert keys == {speaker_key("Российский")}


# review of 55bc36dc: the names test took ``март\w*`` / ``август\w*`` / ``ма[яйе]`` and every
# «-ский» surname its stem's key


@pytest.mark.parametrize(
    "name", ["Мартин", "Мартынов", "Мартыненко", "Марта", "Августин", "Августа", "Мая"]
)
def test_a_name_like_a_month_is_no_date(name: str) -> None:
    assert not mentions._is_date(name.lower(), "сказала", "")
    if len(speaker_key(name) or "") >= 2:  # «Мая» gives a key of one letter: no name key
        keys = _keys(f"Об этом рассказал {name} из Орска, сообщили 5 марта.", "ru")
        assert speaker_key(name) in keys


@pytest.mark.parametrize(
    ("word", "before", "after"),
    [
        ("марте", "в", ""),
        ("пятницу", "в", ""),
        ("friday", "on", ""),
        ("march", "in", ""),
        ("марта", "8", ""),
        ("june", "", "5"),
        ("понедельника", "до", ""),
    ],
)
def test_a_date_is_still_no_name(word: str, before: str, after: str) -> None:
    assert mentions._is_date(word, before, after)


def test_a_month_name_as_a_given_name_is_a_name() -> None:
    keys = _keys("The ferry owner, June Carter, said 14 boats in Orsk would stop.", "en")
    assert speaker_key("Carter") in keys
    assert not mentions._is_date("june", "owner,", "Carter")
    # English writes every month with a capital: without a name beside it, a date
    assert mentions._is_date("march", "one", "fine")


def test_a_case_the_key_does_not_fold_still_names_its_place() -> None:
    # «Пермском» (prepositional) keys as "prmskm"; its lemma «пермский» gives Perm's key
    keys = _keys("Об этом сообщили в Пермском центре погоды, 180 процентов нормы.", "ru")
    assert speaker_key("Пермь") in keys


def test_a_surname_in_sky_keeps_its_own_key() -> None:
    keys = _keys("По словам судьи, Петровский потерял 58 млн рублей.", "ru")
    assert speaker_key("Петровский") in keys
    assert speaker_key("Петров") not in keys
    keys = _keys("По словам судьи, Зеленский потерял 58 млн рублей.", "ru")
    assert keys == {speaker_key("Зеленский")}


def test_a_place_adjective_of_a_region_names_its_place() -> None:
    keys = _keys("В больницах Тверской области лежат 58 человек.", "ru")
    assert speaker_key("Тверь") in keys


def test_a_place_like_surname_beside_a_given_name_is_a_surname() -> None:
    keys = _keys("По словам судьи, Александр Тверской потерял 58 млн рублей.", "ru")
    assert speaker_key("Тверь") not in keys
