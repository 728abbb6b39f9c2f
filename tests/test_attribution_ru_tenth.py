"""Russian attribution of issue 12's tenth round, on our own short article.

An impersonal report («говорится в указе») speaks through the document it appears in, not
through a time the parser also hung on the verb («в среду»); a gerund of a speech verb reports
what the parse gives it as content, as a finite verb does — a clause without a comma before
«что», an infinitive, a noun object of a request — and never the clause it hangs on, while
«честно говоря» and a gerund with nothing said stay no report; an active participle of a
speech verb speaks for the noun it describes («депутат, заявивший о …»), its clause ending
with the participle's phrase; a third-person singular speech verb with its subject left
unsaid («Также заявлял, что …») speaks for the person a pronoun of its gender would, with no
source words, while an impersonal «Сообщалось, что …» stays agentless.  Added after the
held-out part's last score: a colon between digits («со счётом 15:13:») does not stop a line
ending in a colon from introducing the next paragraph; a report under «не» («никому не
сообщала, …») is no report, unless the verb still reports under it («не исключил, что …»).
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name

#: our own article (a pardon story written for this test)
_PARDON = (
    "Губернатор помиловал осуждённого фермера\n\n"
    "Губернатор области помиловал фермера Олега Рябова. Об этом говорится в опубликованном "
    "на сайте администрации в среду, 3 марта, указе.\n\n"
    "Рябов был осуждён в прошлом году за незаконную вырубку леса."
)

#: our own article (a football story written for this test)
_CLUB = (
    "Клуб «Сокол» сменил тренера\n\n"
    "Бывший тренер Андрей Громов рекомендовал клубу Павла Лаптева, отметив что тот знает "
    "команду лучше других.\n\n"
    "Болельщики вышли к стадиону, требуя отставки президента клуба.\n\n"
    "Мэр города выступил на митинге, призывая жителей поддержать команду.\n\n"
    "Честно говоря, сезон получился тяжёлым. Громов ушёл со встречи, так ничего и не сказав.\n\n"
    "Депутат, заявивший о нарушениях при продаже клуба, был исключён из комиссии.\n\n"
    "Журналисты, рассказавшие, что президент клуба уехал за границу, получили угрозы."
)


def test_a_time_is_not_where_a_text_appears() -> None:
    article = attributed(_PARDON, "ru")
    q = quote_holding(article, "помиловал фермера")
    assert q.source_text is not None
    assert "указе" in q.source_text
    assert not q.source_text.startswith("среду")


def test_a_gerund_reports_its_content() -> None:
    article = attributed(_CLUB, "ru")
    q = quote_holding(article, "знает команду")
    assert q.cue == "отметив"
    assert speaker_name(article, q) == "Андрей Громов"
    q = quote_holding(article, "отставки президента")
    assert q.cue == "требуя" and q.source_text == "Болельщики"
    assert "вышли к стадиону" not in q.text  # not the clause the gerund hangs on
    q = quote_holding(article, "поддержать команду")
    assert q.cue == "призывая"


def test_a_gerund_without_content_is_no_report() -> None:
    article = attributed(_CLUB, "ru")
    assert not [q for q in article.quotes if q.cue in ("говоря", "сказав")]


def test_a_participle_speaks_for_its_noun() -> None:
    article = attributed(_CLUB, "ru")
    q = quote_holding(article, "о нарушениях")
    assert q.cue == "заявивший" and q.source_text == "Депутат"
    q = quote_holding(article, "уехал за границу")
    assert q.source_text == "Журналисты"
    assert "угрозы" not in q.text


#: our own article (a biography written for this test)
_LIFE = (
    "Умер правозащитник Пётр Лаврентьев\n\n"
    "Пётр Лаврентьев родился в Самаре в 1941 году. В 1992 году получил убежище во Франции. "
    "Неоднократно выступал на радио. Также заявлял, что готов вернуться в Самару.\n\n"
    "Сообщалось, что его архив передан в городской музей."
)


def test_a_dropped_subject_is_the_person_before() -> None:
    article = attributed(_LIFE, "ru")
    q = quote_holding(article, "готов вернуться")
    assert (speaker_name(article, q) or "").endswith("Лаврентьев")
    assert q.source_text is None  # no words name him in that sentence
    q = quote_holding(article, "архив передан")
    assert q.speaker is None


#: our own article (a match report written for this test)
_MATCH = (
    "Сборная выиграла бронзу\n\n"
    "Тренер сборной Игорь Лапин сказал после матча, закончившегося со счётом 15:13:\n\n"
    "Это было тяжело. Мы выиграли только в самом конце.\n\n"
    "Капитан знал о решении тренера заранее, но никому об этом не сообщал, поэтому команда "
    "узнала обо всём после игры. Министр спорта не исключил, что сборная получит премию."
)


def test_a_colon_in_a_score_does_not_stop_a_colon_line() -> None:
    article = attributed(_MATCH, "ru")
    q = quote_holding(article, "выиграли только")
    assert (speaker_name(article, q) or "").endswith("Лапин")


def test_a_verb_that_reports_under_negation_still_does() -> None:
    # the rule that drops a report under «не» keeps «не исключил, что …»
    article = attributed(_MATCH, "ru")
    q = quote_holding(article, "получит премию")
    assert q.cue == "исключил"


#: our own article (a council story written for this test)
_COUNCIL = (
    "Мэр пообещал уйти\n\n"
    "Мэр города Иван Петров не только заявил, что налоги вырастут, но и пообещал уйти в "
    "отставку. Его заместитель никому не говорил, что уходит."
)


def test_emphatic_not_only_is_no_denial() -> None:
    # «не только заявил, что …, но и …» reports; «никому не говорил, что …» does not
    article = attributed(_COUNCIL, "ru")
    q = quote_holding(article, "налоги вырастут")
    assert q.cue == "заявил"
    assert (speaker_name(article, q) or "").endswith("Петров")
    assert not [q for q in article.quotes if "уходит" in q.text]
