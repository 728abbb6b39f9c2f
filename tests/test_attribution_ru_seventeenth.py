"""Russian attribution of issue 12's seventeenth session, on our own short articles.

A verb of saying followed by its «что» clause (a few words between at most: whom it was said
to, when) reports that clause, whatever the parser hung on the verb: a clause before the verb
(«Компания извинилась перед клиентами, сообщив, что …»), or the subject's own apposition
(«Автор двух романов сказал, что …»), or the main clause a «когда» clause hangs on («Штраф
отменили лишь тогда, когда мэрия признала, что …»), is not what was said.

A plural verb of saying with no subject of its own, joined by «и» or a comma to the agreeing
finite verb before it in the sentence, shares that verb's subject («Читатели обратили внимание
на …, и в этой связи высказали сомнение …»); alone, «заявили» stays indefinite.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_of

#: our own article (a ferry operator and a delayed crossing, written for this test)
_FERRY = (
    "Паром в Заречье задержался на шесть часов\n\n"
    "Перевозчик «Северная переправа» извинился перед пассажирами, сообщив, что "
    "задержку вызвала поломка двигателя.\n\n"
    "Капитан судна, автор двух книг о Ладоге Пётр Гаврилов, сказал журналистам, что "
    "такой поломки не было двенадцать лет.\n\n"
    "Штраф затем отменили, когда власти признали, что запасного парома у региона нет.\n\n"
    "Пассажиров разместили в гостинице у причала."
)


def test_a_gerund_of_saying_reports_its_that_clause_not_the_clause_before() -> None:
    article = attributed(_FERRY, "ru")
    q = quote_holding(article, "задержку вызвала поломка двигателя")
    assert q is not None
    assert "извинился" not in q.text, q.text
    assert not any(
        "извинился перед пассажирами" in x.text and "поломка" not in x.text for x in article.quotes
    )


def test_a_verb_of_saying_reports_its_that_clause_not_its_subjects_apposition() -> None:
    article = attributed(_FERRY, "ru")
    q = quote_holding(article, "такой поломки не было")
    assert q is not None
    assert "автор двух книг" not in q.text, q.text
    assert not any("автор двух книг" in x.text for x in article.quotes)


def test_an_admission_reports_its_that_clause() -> None:
    article = attributed(_FERRY, "ru")
    q = quote_holding(article, "запасного парома у региона нет")
    assert q is not None
    assert q.text.startswith("запасного"), q.text
    assert not any(x.text.startswith("Штраф затем") for x in article.quotes)


def test_a_sentence_without_a_cue_is_no_attribution() -> None:
    article = attributed(_FERRY, "ru")
    assert not any("разместили в гостинице" in x.text for x in article.quotes)


#: our own article (a bridge and a local blog's readers, written for this test)
_BRIDGE = (
    "Мост через Сухону снова откладывают\n\n"
    "Читатели блога «Заречье сегодня» обратили внимание на то, что новый мост — это третий "
    "за десять лет, и в этой связи высказали сомнение в том, что его достроят.\n\n"
    "В районе заявили, что работы возобновятся весной."
)


def test_a_plural_verb_joined_to_the_one_before_shares_its_subject() -> None:
    article = attributed(_BRIDGE, "ru")
    name = speaker_of(article, "его достроят")
    assert name is not None and "Читатели" in name, name


def test_a_plural_verb_alone_stays_indefinite() -> None:
    article = attributed(_BRIDGE, "ru")
    q = quote_holding(article, "работы возобновятся весной")
    assert q is not None
    name = speaker_of(article, "работы возобновятся весной")
    assert name is None or "Читатели" not in name, name


#: our own article (a retired conductor's death, written for this test)
_CONDUCTOR = (
    "Умер дирижёр Аркадий Левин\n\n"
    "В ночь на субботу в Твери умер дирижёр Аркадий Левин. Ему было 88 лет.\n\n"
    "Об этом сообщил его сын Борис Левин.\n\n"
    "Прощание пройдёт в филармонии."
)


def test_a_back_reference_opening_a_paragraph_reports_the_paragraph_before() -> None:
    article = attributed(_CONDUCTOR, "ru")
    q = quote_holding(article, "умер дирижёр Аркадий Левин")
    assert q is not None
    assert "Ему было 88 лет" in q.text, q.text
    name = speaker_of(article, "умер дирижёр Аркадий Левин")
    assert name is not None and "Борис" in name, name
