"""Issue 12, nineteenth session: a verb of saying reads its inanimate noun object as what was
said only when that object is a thing a statement can be about — a noun derived from a verb or
an adjective («отставку», «серьёзность», «решение») or a noun of information («информацию»).
Verbs of saying that also mean giving, offering, naming, presenting or showing take concrete
objects («предложила гостям чай», «назвал улицу», «передал документы», «представил новый
автобус», «показал дорогу»): those are no reports.  Our own invented articles."""

from __future__ import annotations

from attributed import attributed, speaker_of

_VILLAGE = (
    "Праздник в селе Луговом\n\n"
    "Анна Смирнова предложила гостям чай.\n\n"
    "Потом она объявила перемену.\n\n"
    "Глава села Пётр Карпов также назвал улицу в честь ветерана войны.\n\n"
    "Курьер Сергей Лапин передал документы секретарю.\n\n"
    "Директор автопарка Олег Рыбин представил новый автобус.\n\n"
    "Местный житель Иван Сёмин показал дорогу к школе."
)

_COUNCIL = (
    "Отставка в Заречном\n\n"
    "Губернатор области Олег Миронов прокомментировал отставку мэра Заречного.\n\n"
    "Депутат Анна Кравцова признала ошибку городской администрации.\n\n"
    "Сам мэр Павел Гущин объяснил решение усталостью.\n\n"
    "Пресс-секретарь мэрии Ирина Белова подтвердила информацию о выборах."
)


def test_concrete_objects_of_giving_naming_showing_are_no_reports() -> None:
    article = attributed(_VILLAGE, "ru")
    for words in ("чай", "перемену", "улицу", "документы", "новый автобус", "дорогу"):
        assert not any(words in q.text for q in article.quotes), (
            words,
            [q.text for q in article.quotes],
        )


def test_objects_a_statement_is_about_still_report() -> None:
    article = attributed(_COUNCIL, "ru")
    assert speaker_of(article, "отставку мэра") == "Олег Миронов"
    assert speaker_of(article, "ошибку городской администрации") == "Анна Кравцова"
    assert speaker_of(article, "усталостью") == "Павел Гущин"
    assert speaker_of(article, "информацию о выборах") == "Ирина Белова"
