"""Russian attribution of issue 12's fifteenth session, on our own short articles.

A document with no owner in its own words speaks for the issuer the text names: «В сообщении
говорится …» after «Министерство … опубликовало сообщение», «заявление, в котором говорится …»
after «Пресс-служба … распространила», «в поздравлении» after «Губернатор поздравил …».  Where
no one is said to have issued it, the document stays the source.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_of

#: our own article (a regional water utility and a flood warning, written for this test)
_FLOOD = (
    "Паводок в Заречье: власти предупредили жителей\n\n"
    "Министерство природных ресурсов Заречной области опубликовало сообщение о паводке. "
    "В сообщении говорится, что уровень воды в реке Сныть поднимется ещё на полметра.\n\n"
    "Пресс-служба компании «Водоканал-Север» распространила заявление, в котором говорится, "
    "что водопровод в нижней части города работает без перебоев.\n\n"
    "Губернатор Заречной области Павел Дроздов поздравил спасателей с профессиональным "
    "праздником. В поздравлении, в частности, говорится, что спасатели не раз выручали "
    "жителей в беде.\n\n"
    "Школы в прибрежных сёлах закрыты до понедельника.\n\n"
    "В документе говорится, что эвакуация жителей прибрежных сёл пока не требуется."
)


def test_a_document_speaks_for_the_body_that_issued_it_before() -> None:
    article = attributed(_FLOOD, "ru")
    name = speaker_of(article, "поднимется ещё на полметра")
    assert name is not None and "Министерство природных ресурсов" in name, name


def test_a_document_in_a_relative_clause_speaks_for_the_subject_that_issued_it() -> None:
    article = attributed(_FLOOD, "ru")
    name = speaker_of(article, "работает без перебоев")
    assert name is not None and "Водоканал" in name, name


def test_a_document_named_after_its_verb_speaks_for_that_verbs_subject() -> None:
    article = attributed(_FLOOD, "ru")
    name = speaker_of(article, "не раз выручали")
    assert name is not None and "Дроздов" in name, name


def test_a_document_nobody_is_said_to_have_issued_stays_the_source() -> None:
    article = attributed(_FLOOD, "ru")
    q = quote_holding(article, "эвакуация жителей")
    who = article.speaker(q.speaker) if q.speaker is not None else None
    assert who is None or "Дроздов" not in who.name and "Министерство" not in who.name


#: our own article (a coastal storm and a premier's visit, written for this test)
_STORM = (
    "Шторм обрушился на побережье Квинсленда\n\n"
    "Австралийский Премьер-министр Джон Тернер (John Turner) сказал, что страна поможет "
    "пострадавшим семьям.\n\n"
    "«Мы восстановим каждый дом», — добавил Тернер.\n\n"
    "Глава региона Фолькер Штайн (Volker Stein) заявил, что туристы живы. По словам Фолькера "
    "Штайна (Volker Stein), автобус с туристами уже вернулся в город."
)


def test_a_name_written_again_in_brackets_is_one_person_with_its_surname() -> None:
    article = attributed(_STORM, "ru")
    first = quote_holding(article, "поможет пострадавшим")
    later = quote_holding(article, "восстановим каждый дом")
    assert first.speaker is not None and first.speaker == later.speaker
    who = article.speaker(first.speaker)
    assert who is not None and "(" not in who.name and "Премьер" not in who.name, who.name


def test_the_bracket_closing_a_name_after_po_slovam_is_not_content() -> None:
    article = attributed(_STORM, "ru")
    q = quote_holding(article, "уже вернулся в город")
    assert not article.text[q.start : q.end].lstrip().startswith(")")


#: our own article (a singer's illness and a cancelled concert, written for this test)
_CONCERT = (
    "Певица отменила концерт в Томске\n\n"
    "Певица Анна Серова призналась, что перенесла операцию на связках.\n\n"
    "По её словам:\n\n"
    "Врачи сказали мне, что петь нельзя ещё месяц. Я не могла поступить иначе.\n\n"
    "Директор филармонии Игорь Лапин заявил:\n\n"
    "Губернатор Олег Сомов сказал мне, что зал отремонтируют к весне. Билеты останутся "
    "действительными до весны."
)


def test_po_ee_slovam_with_a_colon_introduces_the_next_paragraph_as_her_words() -> None:
    article = attributed(_CONCERT, "ru")
    q = quote_holding(article, "не могла поступить иначе")
    who = article.speaker(q.speaker) if q.speaker is not None else None
    assert who is not None and "Серова" in who.name, who
    # the doctors' words are inside hers: the whole paragraph is one quote
    assert article.text[q.start : q.end].startswith("Врачи сказали")


def test_speech_inside_a_colon_introduced_paragraph_is_the_introducers_quote() -> None:
    article = attributed(_CONCERT, "ru")
    q = quote_holding(article, "останутся действительными")
    who = article.speaker(q.speaker) if q.speaker is not None else None
    assert who is not None and "Лапин" in who.name, who
    assert article.text[q.start : q.end].startswith("Губернатор Олег Сомов сказал")
