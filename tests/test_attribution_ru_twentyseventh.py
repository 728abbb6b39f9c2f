"""Russian attribution of issue 12's twenty-seventh session, on our own short articles.

A back-reference («Об этом сообщил X», «Эту информацию подтвердил X») reports the statement
before it, passing over a photo's caption line between them; a confirmation pointing back is
on, except where a colon after it opens the confirmer's own words.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import quotes_ru

#: our own article (a football story written for this test): a caption line holding only the
#: coach's name stands between the news and the sentence that says who told it
_COACH = (
    "Тренер «Волны» уходит\n\n"
    "Главный тренер «Волны» Андрей Климов покинет клуб после окончания сезона.\n\n"
    "Андрей Климов\n\n"
    "Об этом Климов сообщил журналистам после матча."
)


def test_a_back_reference_passes_over_a_caption_line() -> None:
    article = attributed(_COACH, "ru")
    q = quote_holding(article, "покинет клуб")
    assert "Климов" in (speaker_name(article, q) or "")


def test_a_caption_line_is_a_line_of_a_few_words_with_no_closing_mark() -> None:
    a = quotes_ru._Reader.__new__(quotes_ru._Reader)
    a.text = _COACH
    start = _COACH.index("Андрей Климов\n")
    assert a._caption_line(start, start + len("Андрей Климов"))
    lead = _COACH.index("Главный тренер")
    assert not a._caption_line(lead, _COACH.index("\nАндрей Климов"))


#: our own article (a city story written for this test)
_BRIDGE = (
    "Мост закрыт\n\n"
    "В Самаре на два месяца закрыли Фрунзенский мост. Эту информацию подтвердил глава "
    "департамента транспорта Олег Соколов."
)


def test_a_confirmation_pointing_back_reports_the_statement_before() -> None:
    article = attributed(_BRIDGE, "ru")
    q = quote_holding(article, "закрыли Фрунзенский мост")
    assert speaker_name(article, q) == "Олег Соколов"


#: our own article (a factory story written for this test): the colon after the confirmation
#: opens the confirmer's own words
_PLANT = (
    "Конвейер остановлен\n\n"
    "На заводе в Тольятти остановили конвейер. Эту информацию подтвердил представитель "
    "предприятия Игорь Лебедев, сославшись на распоряжение директора:\n\n"
    "«Мы ждём поставок комплектующих, работа возобновится в понедельник»."
)


def test_a_confirmation_before_a_colon_does_not_take_the_statement_before() -> None:
    article = attributed(_PLANT, "ru")
    assert not any("остановили конвейер" in q.text for q in article.quotes)
    q = quote_holding(article, "ждём поставок")
    assert speaker_name(article, q) == "Игорь Лебедев"


#: our own articles (a court story and a parliament story written for these tests): an outlet
#: that brings or quotes someone's words relays them; whose words they are is their speaker
_COURT = (
    "Суд отложил заседание\n\n"
    "Газета «Волжская правда» приводит слова адвоката Петра Зайцева, что его клиент невиновен."
)
_DEPUTY = (
    "Закон о парковках\n\n"
    "Депутат Иван Лаптев выступил в областной думе. «Работа над законом продолжится», — "
    "приводит его слова «Вечерний Саратов»."
)
_STATEMENT = (
    "Итоги встречи\n\n"
    "Губернатор провёл встречу с фермерами. «Субсидии будут выплачены до лета», — цитирует "
    "агентство заявление губернатора Сергея Орлова."
)


def test_the_owner_of_the_words_brought_is_the_speaker() -> None:
    article = attributed(_COURT, "ru")
    q = quote_holding(article, "клиент невиновен")
    assert speaker_name(article, q) == "Петр Зайцев"


def test_a_possessive_before_the_words_brought_is_the_speaker() -> None:
    article = attributed(_DEPUTY, "ru")
    q = quote_holding(article, "Работа над законом")
    assert speaker_name(article, q) == "Иван Лаптев"


def test_the_author_of_a_quoted_statement_is_the_speaker() -> None:
    article = attributed(_STATEMENT, "ru")
    q = quote_holding(article, "Субсидии будут выплачены")
    assert "Орлов" in (speaker_name(article, q) or "")


#: our own article (an obituary written for this test)
_OBITUARY = (
    "Умер композитор\n\n"
    "Композитор Андрей Белов скончался в Москве на 80-м году жизни.\n\n"
    "Об этом сообщил его сын Павел Белов:\n\n"
    "Отец ушёл тихо, во сне. Прощание пройдёт в субботу."
)


def test_a_back_reference_before_a_colon_reports_both_statements() -> None:
    article = attributed(_OBITUARY, "ru")
    news = quote_holding(article, "скончался в Москве")
    own = quote_holding(article, "ушёл тихо")
    assert speaker_name(article, news) == speaker_name(article, own) == "Павел Белов"


#: our own article (the reviewer's invented factory story): the paragraph before «Об этом …:»
#: already carries a worker's quoted words, so it is not what the prosecutors reported
_FACTORY = (
    "Проверка на заводе\n\n"
    "Агентство «Вятка-Инфо» приводит слова рабочего цеха: «Мы узнали обо всём из новостей».\n\n"
    "Об этом сообщила областная прокуратура:\n\n"
    "Проверка соблюдения трудовых прав на заводе начнётся в понедельник."
)


def test_a_back_reference_before_a_colon_leaves_a_statement_with_quoted_words() -> None:
    article = attributed(_FACTORY, "ru")
    assert not any(
        "приводит слова" in q.text and speaker_name(article, q) == "областная прокуратура"
        for q in article.quotes
    )
    q = quote_holding(article, "начнётся в понедельник")
    assert "прокуратура" in (speaker_name(article, q) or "")
