"""Russian attribution of issue 12's twenty-first session, on our own short articles.

A reported clause that a colon closes before a quote (or before a paragraph of speech) is two
attributions of one speaker.  Verbs of instructing and ruling report their infinitive or
clause.  A wiki link's address is markup.  A verb of saying the parse left with no subject, or
with several, takes the subject nearest before it.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name, speaker_of

#: our own article (a football coach, written for this test)
_COACH = (
    "Сборная готовится к матчу\n\n"
    "Главный тренер сборной Игорь Сомов заявил, что команда полностью готова к игре: «Ребята "
    "тренировались всё лето, и мы не боимся соперника». Матч пройдёт в субботу.\n\n"
    "Капитан команды Антон Белов сообщил, что двое игроков получили травмы на тренировке:\n\n"
    "Мы надеемся, что к субботе они восстановятся и выйдут на поле."
)


def test_a_clause_before_a_colon_quote_and_the_quote_are_two_attributions() -> None:
    article = attributed(_COACH, "ru")
    said = quote_holding(article, "полностью готова к игре")
    assert "Ребята" not in said.text, said.text
    own = quote_holding(article, "Ребята тренировались")
    assert speaker_name(article, said) == speaker_name(article, own) == "Игорь Сомов"


def test_a_clause_before_a_colon_paragraph_is_reported_too() -> None:
    article = attributed(_COACH, "ru")
    assert speaker_of(article, "двое игроков получили травмы") == "Антон Белов"
    assert speaker_of(article, "к субботе они восстановятся") == "Антон Белов"


#: our own article (a regional government, written for this test)
_ROADS = (
    "Ремонт дорог в области\n\n"
    "Губернатор области Сергей Носов поручил министерству транспорта подготовить план "
    "ремонта всех мостов до конца года."
)


def test_an_instruction_reports_its_infinitive() -> None:
    article = attributed(_ROADS, "ru")
    assert speaker_of(article, "подготовить план ремонта") == "Сергей Носов"


#: our own article (a town bridge, in a wiki's markup, written for this test)
_BRIDGE = (
    "Мост закроют на ремонт\n\n"
    "Старый мост через Оку закроют на ремонт в мае, [http://example.org/news/2031 сообщается] "
    "на сайте администрации города."
)


def test_a_wiki_links_address_does_not_hide_the_cue() -> None:
    article = attributed(_BRIDGE, "ru")
    q = quote_holding(article, "закроют на ремонт в мае")
    assert (
        speaker_name(article, q) is not None
        and "администрац" in (speaker_name(article, q) or "").lower()
    ), speaker_name(article, q)


#: our own article (a city council, written for this test)
_COUNCIL = (
    "Скандал в городском совете\n\n"
    "В ответ мэр города Олег Куликов пообещал передать вопрос о поведении Зорина в комиссию по "
    "этике, глава фракции Павел Орлов потребовал лишить Зорина мандата, а депутат Сергей Зуев "
    "назвал его «лжецом», заявив, что «обещания ничего не стоят без дел»."
)


def test_each_of_three_joined_clauses_speaks_for_its_own_subject() -> None:
    article = attributed(_COUNCIL, "ru")
    assert speaker_of(article, "лишить Зорина мандата") == "Павел Орлов"
    assert speaker_of(article, "лжецом") == "Сергей Зуев"
    assert speaker_of(article, "обещания ничего") == "Сергей Зуев"
