"""Russian attribution, issue 12 (nineteenth session, review of 1189567): a surname alone joins
the one person named in full with it only when the gender the sentence shows for it — the past
tense or short adjective agreeing with it («сообщила», «был уверен»), a kinship noun before it
(«жена», «сын») — does not contradict the fuller name's gender.  A wife's words are not her
husband's, a daughter's not her father's, a sister's not her brother's; «Иванов сообщил» after
«Пётр Иванов» and a surname in another case still join.
"""

from __future__ import annotations

from attributed import attributed, quote_holding

from newsprism.article import Article

#: invented articles (written for this test)
_WIFE = (
    "Пожар на даче бизнесмена\n\n"
    "Бизнесмен Пётр Иванов заявил, что пожар на его даче был поджогом.\n\n"
    "Его жена Иванова сообщила, что накануне видела у забора незнакомую машину.\n\n"
    "Полиция возбудила уголовное дело."
)
_DAUGHTER = (
    "Фермер ищет покупателя\n\n"
    "Фермер Николай Сомов сказал, что урожай в этом году оказался вдвое больше прошлогоднего.\n\n"
    "Его дочь Сомова рассказала, что хранить зерно семье больше негде.\n\n"
    "Элеватор в районе закрыт с весны."
)
_SISTER = (
    "Гонщик вернулся в команду\n\n"
    "Гонщик Андрей Воронцов заявил, что готов к новому сезону.\n\n"
    "Сестра гонщика Воронцова отметила, что брат тренировался всё лето.\n\n"
    "Первый этап пройдёт в мае."
)
_SAME_MAN = (
    "Завод меняет владельца\n\n"
    "Директор завода Пётр Иванов заявил, что сделка будет закрыта до конца года.\n\n"
    "По словам Иванова, новые владельцы сохранят все рабочие места.\n\n"
    "Иванов сообщил, что профсоюз уже одобрил договор."
)
_SAME_WOMAN = (
    "Школа откроется в сентябре\n\n"
    "Директор школы Мария Котова заявила, что ремонт почти закончен.\n\n"
    "Котова сообщила, что первые ученики придут в новые классы в сентябре."
)


def _speaker(article: Article, phrase: str) -> int | None:
    return quote_holding(article, phrase).speaker


def test_a_wife_named_by_the_surname_is_not_her_husband() -> None:
    article = attributed(_WIFE, "ru")
    husband, wife = _speaker(article, "поджогом"), _speaker(article, "незнакомую машину")
    assert husband is not None and wife is not None
    assert husband != wife, [(s.name, s.aliases) for s in article.speakers]


def test_a_daughter_named_by_the_surname_is_not_her_father() -> None:
    article = attributed(_DAUGHTER, "ru")
    father, daughter = _speaker(article, "урожай"), _speaker(article, "хранить зерно")
    assert father is not None and daughter is not None
    assert father != daughter, [(s.name, s.aliases) for s in article.speakers]


def test_a_sister_named_by_the_surname_is_not_her_brother() -> None:
    article = attributed(_SISTER, "ru")
    brother, sister = _speaker(article, "новому сезону"), _speaker(article, "тренировался")
    assert brother is not None and sister is not None
    assert brother != sister, [(s.name, s.aliases) for s in article.speakers]


def test_the_same_man_by_his_surname_in_any_case_is_one_speaker() -> None:
    article = attributed(_SAME_MAN, "ru")
    said = {_speaker(article, p) for p in ("сделка", "рабочие места", "профсоюз")}
    assert len(said) == 1 and None not in said, [(s.name, s.aliases) for s in article.speakers]


def test_the_same_woman_by_her_surname_is_one_speaker() -> None:
    article = attributed(_SAME_WOMAN, "ru")
    said = {_speaker(article, p) for p in ("ремонт", "первые ученики")}
    assert len(said) == 1 and None not in said, [(s.name, s.aliases) for s in article.speakers]
