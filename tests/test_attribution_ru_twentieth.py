"""Russian attribution of issue 12's twentieth session, on our own short articles.

A passive verb of saying speaks for its agent in the instrumental («было объявлено
избирательной комиссией»), named in the nominative; a time in the instrumental («ранним
утром») is no agent.  The owner of «по данным …» is in the genitive or a participle's agent:
a time after «объявленным» is nobody, and a person's name in the nominative that the next
verb agrees with is the clause's subject, not whose the data are.
"""

from __future__ import annotations

from attributed import attributed, speaker_of

#: our own article (a town election, written for this test)
_ELECTION = (
    "Выборы в Заречном\n\n"
    "Вчера Центральной избирательной комиссией было объявлено, что новый мэр вступит в "
    "должность в марте.\n\n"
    "Ранним утром в субботу было объявлено, что явка превысила сорок процентов.\n\n"
    "По официальным данным, объявленным ранним утром в понедельник, Павел Гущин получил "
    "большинство голосов.\n\n"
    "По официальным данным Николай Рябов занял второе место с небольшим отставанием."
)


def test_a_passive_speaks_for_its_agent_named_in_the_nominative() -> None:
    article = attributed(_ELECTION, "ru")
    assert speaker_of(article, "вступит в должность") == "Центральная избирательная комиссия"


def test_a_time_in_the_instrumental_is_no_agent() -> None:
    article = attributed(_ELECTION, "ru")
    assert speaker_of(article, "явка превысила") is None


def test_official_data_with_a_time_or_the_clauses_subject_are_nobodys() -> None:
    article = attributed(_ELECTION, "ru")
    assert speaker_of(article, "получил большинство голосов") is None
    q = next(q for q in article.quotes if "второе место" in q.text)
    assert q.text.startswith("Николай Рябов"), q.text
    assert speaker_of(article, "второе место") is None


#: our own article (a factory and a road, written for this test)
_NESTED = (
    "Завод в Заречном\n\n"
    "Директор завода Иван Петров сообщил, что, как заявила губернатор Анна Смирнова, рабочих "
    "переведут на другие предприятия области.\n\n"
    "Депутат Олег Миронов рассказал, что новая дорога, по словам строителей, откроется в мае.\n\n"
    "Депутат Олег Миронов рассказал, что новая школа откроется в сентябре."
)


def test_words_holding_another_attribution_are_not_shown_confident() -> None:
    from newsprism.attribution.confidence import CONFIDENT

    article = attributed(_NESTED, "ru")
    road = next(q for q in article.quotes if q.text.startswith("новая дорога"))
    assert road.confidence is not None and road.confidence < CONFIDENT, road.confidence
    school = next(q for q in article.quotes if "школа" in q.text)
    assert school.confidence is not None and school.confidence >= CONFIDENT, school.confidence
