"""Russian attribution of issue 12's twenty-fourth session, on our own short articles.

A verb of saying whose clause ends in a noun phrase after it («…, сообщили его дочери»,
«Об этом сообщило журналистам доверенное лицо актрисы») takes that phrase as its subject when
the dictionary reads its noun in the nominative agreeing with the verb in number, though the
tagger read it as an addressee; a plural verb joined to a singular one does not share its
subject.  «По словам одного из X» speaks for the one of the group; a gerund with no subject
speaks through its main verb's place.
"""

from __future__ import annotations

from typing import Any

from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import flags_ru

#: our own article (an obituary written for this test)
_OBITUARY = (
    "Умер скульптор Аркадий Лебедев\n\n"
    "Скульптор Аркадий Лебедев скончался в своей мастерской в Калуге, сообщили его дочери.\n\n"
    "Лебедев работал над памятником землякам до последних дней. Об этом рассказало "
    "журналистам доверенное лицо семьи."
)


def test_a_plural_verb_after_a_clause_takes_the_noun_after_it() -> None:
    article = attributed(_OBITUARY, "ru")
    q = quote_holding(article, "скончался в своей мастерской")
    assert q.speaker is not None
    name = speaker_name(article, q) or ""
    assert "дочер" in name.lower() and "Лебедев" not in name


def test_an_addressee_is_passed_over_for_the_subject_after_it() -> None:
    article = attributed(_OBITUARY, "ru")
    q = quote_holding(article, "до последних дней")
    assert "доверенное лицо" in (speaker_name(article, q) or "")


def test_no_subject_after_the_verb_when_a_date_ends_the_clause() -> None:
    article = attributed("Завод в Туле закрыт, сообщили в пятницу.", "ru")
    q = quote_holding(article, "Завод в Туле закрыт")
    assert q.speaker is None


#: our own article (a utilities story written for this test)
_TARIFFS = (
    "Тарифы на воду вырастут\n\n"
    "Глава областной тарифной службы Пётр Семёнов заявил, что тарифы на воду вырастут на "
    "четыре процента. Позже Семенов добавил, что льготы пенсионерам сохранят.\n\n"
    "В ГУ МЧС по Пермскому краю сообщили, что проверка водоканала закончена."
)


def test_a_name_keeps_the_yo_it_is_written_with() -> None:
    article = attributed(_TARIFFS, "ru")
    assert speaker_name(article, quote_holding(article, "вырастут на")) == "Пётр Семёнов"
    # one person, though one mention folds the «ё»
    assert quote_holding(article, "льготы").speaker == quote_holding(article, "вырастут").speaker


def test_a_body_known_by_an_abbreviation_is_shown_by_its_whole_name() -> None:
    article = attributed(_TARIFFS, "ru")
    assert speaker_name(article, quote_holding(article, "проверка")) == "ГУ МЧС по Пермскому краю"


def test_a_description_in_the_genitive_is_named_in_the_nominative() -> None:
    article = attributed(
        "Певица Анна Лесная отменила концерт в Самаре. По словам её представителя, певица "
        "простудилась и через неделю вернётся на сцену.",
        "ru",
    )
    assert speaker_of_phrase(article, "простудилась") == "её представитель"


def speaker_of_phrase(article: object, phrase: str) -> str | None:
    return speaker_name(article, quote_holding(article, phrase))  # type: ignore[arg-type]


def test_one_of_a_group_speaks_after_according_to() -> None:
    article = attributed(
        "Вода в Заречье ушла\n\nПо словам одного из жителей посёлка, вода ушла из подвалов "
        "только к утру субботы.",
        "ru",
    )
    assert speaker_of_phrase(article, "из подвалов") == "один из жителей посёлка"


def test_a_gerund_speaks_through_its_main_verbs_place() -> None:
    article = attributed(
        "Слухи о закрытии рынка\n\nВ мэрии Твери опровергли слухи о закрытии рынка, "
        "напомнив, что договор аренды действует до конца года.",
        "ru",
    )
    assert speaker_of_phrase(article, "договор аренды") is not None


#: our own article (a resignation story written for this test)
_RESIGNATION = (
    "Мэр Твери ушёл в отставку\n\n"
    "Мэр Твери Иван Соколов подал в отставку по собственному желанию. Эту информацию "
    "подтвердила пресс-секретарь мэрии Анна Климова.\n\n"
    "Глава района Олег Мартынов уволен за срыв ремонта школ. Однако в администрации "
    "района опровергли эту информацию."
)


def test_a_confirmation_pointing_back_reports_the_statement_before(monkeypatch: Any) -> None:
    monkeypatch.setattr(flags_ru, "BACKREF_INFORMATION", True)  # on since the 27th session
    article = attributed(_RESIGNATION + " ", "ru")
    q = quote_holding(article, "подал в отставку")
    assert speaker_name(article, q) == "Анна Климова"


def test_a_denial_pointing_back_does_not_report_the_statement_before() -> None:
    article = attributed(_RESIGNATION, "ru")
    assert not any("срыв ремонта" in q.text and q.speaker is not None for q in article.quotes)


def test_an_outlet_told_after_a_plural_verb_is_not_its_speaker() -> None:
    """«…, — сообщили РИА Новости»: the outlet was told (an abbreviation only ever singular
    agrees with no plural verb); nobody named speaks."""
    article = attributed(
        "Склад сгорел в Перми\n\n"
        "Ночью в Перми загорелся склад стройматериалов. «Огонь удалось локализовать к утру, "
        "пострадавших нет», — сообщили РИА Новости.",
        "ru",
    )
    q = quote_holding(article, "локализовать к утру")
    assert speaker_name(article, q) != "РИА Новости"
