"""Russian attribution constructions of issue 12's seventh round, on our own short articles.

Each is grammar over natasha's parse, not a sentence read: an agentless report («стало
известно, что …»), a request with a noun object («потребовала ареста …»), a verb saying what
its object is «как …», and a paragraph introduced by a colon.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name

#: our own article (a hospital story written for this test)
_AGENTLESS = (
    "Писатель Сергей Орлов госпитализирован в Самаре\n\n"
    "Писатель Сергей Орлов госпитализирован в Самаре после лекции в городской библиотеке.\n\n"
    "Вечером стало известно, что писателя перевели в областной кардиоцентр.\n\n"
    "Как известно, Орлов давно жалуется на сердце.\n\n"
    "Лекции цикла перенесены на осень."
)

#: our own article (a court story written for this test)
_REQUESTS = (
    "Суд в Липецке продлил арест директору завода\n\n"
    "Областная прокуратура потребовала ареста бывшего директора металлургического завода "
    "Олега Веселова.\n\n"
    "Депутат областной думы Анна Крылова охарактеризовала обвинение как «сырое и "
    "политически мотивированное».\n\n"
    "Адвокат Веселова Марк Гринберг заявил, что защита обжалует решение суда:\n\n"
    "«Мы не согласны ни с одним доводом обвинения и дойдём до Верховного суда, если "
    "потребуется».\n\n"
    "Сам Олег Веселов изложил свою позицию кратко:\n\n"
    "Я ничего не похищал и готов ответить на любые вопросы следствия."
)


def test_agentless_reports_have_no_speaker() -> None:
    article = attributed(_AGENTLESS, "ru")
    q = quote_holding(article, "перевели в областной кардиоцентр")
    assert q.cue == "стало известно" and q.speaker is None
    # common knowledge is no report
    assert not any("жалуется на сердце" in q.text for q in article.quotes)


def test_requests_and_what_an_object_is_called() -> None:
    article = attributed(_REQUESTS, "ru")
    q = quote_holding(article, "ареста бывшего директора")
    assert q.cue == "потребовала" and "прокуратура" in (speaker_name(article, q) or "").lower()
    q = quote_holding(article, "обвинение как")
    assert "политически мотивированное" in q.text
    assert (speaker_name(article, q) or "").startswith("Анна Крылов")


def test_a_paragraph_introduced_by_a_colon() -> None:
    article = attributed(_REQUESTS, "ru")
    # the cue has a content of its own and the colon introduces the next paragraph too
    assert (
        speaker_name(article, quote_holding(article, "обжалует решение суда")) or ""
    ).startswith("Марк")
    q = quote_holding(article, "дойдём до Верховного суда")
    assert (speaker_name(article, q) or "").startswith("Марк Гринберг")
    # no speech verb: the colon after a clause with a named subject introduces the speech
    q = quote_holding(article, "ничего не похищал")
    assert speaker_name(article, q) == "Олег Веселов"


#: our own article (a football story written for this test); natasha hangs «покинул» and
#: «отметив» on each other, a cycle the content must not follow back
_GERUND = (
    "Тренер «Сокола» ушёл в отставку\n\n"
    "Тренер клуба Иван Котов покинул пост, отметив, что его преемник обладает нужным опытом."
)


def test_a_gerund_cue_reports_its_own_clause_not_the_verb_it_hangs_on() -> None:
    article = attributed(_GERUND, "ru")
    q = quote_holding(article, "преемник")
    assert q.text.startswith("его преемник обладает нужным опытом")
    assert q.cue == "отметив" and speaker_name(article, q) == "Иван Котов"
    assert not any("покинул пост" in q.text for q in article.quotes)


#: our own article (a building dispute written for this test)
_JUDGED = (
    "Жильцы дома на Садовой оспорят снос\n\n"
    "Юристы управляющей компании считают претензии жильцов надуманными.\n\n"
    "Городская комиссия сочла отказ в ремонте необоснованным.\n\n"
    "Жильцы считают, что дом можно спасти."
)


def test_a_verb_of_judging_reports_its_object_and_predicate() -> None:
    article = attributed(_JUDGED, "ru")
    q = quote_holding(article, "претензии жильцов")
    assert q.text.endswith("надуманными") and q.cue == "считают"
    assert (speaker_name(article, q) or "").lower().startswith("юристы")
    q = quote_holding(article, "отказ в ремонте")
    assert q.text.endswith("необоснованным") and q.cue == "сочла"
    # a clause after «считают, что» is read as before
    q = quote_holding(article, "дом можно спасти")
    assert q.cue == "считают"
