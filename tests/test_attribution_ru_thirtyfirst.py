"""Russian attribution, thirty-first session (issue 12): scraped news of many outlets.
Straight quotation marks nest inside straight marks and close after a space before
punctuation.  Our own invented articles; each construction's test fails with its rule off.
"""

from __future__ import annotations

import re

import pytest
from attributed import attributed, speaker_name

from newsprism.article import Article
from newsprism.attribution import bodies_ru, coref, flags_ru, speakers
from newsprism.attribution.quotemarks import find_quoted
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


def _said(article: Article, phrase: str) -> list[tuple[str, str | None]]:
    return [(q.text, speaker_name(article, q)) for q in article.quotes if phrase in q.text]


def _afresh(text: str) -> Article:
    """``text`` read again (``attributed`` keeps the reading made with every rule on)."""
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "ru"))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


#: a ferry's name in straight marks inside a straight quote, and a close typed after a space
_FERRY = (
    "Паром вернулся в порт\n\n"
    "Паромное сообщение между Таллином и Хельсинки восстановлено, следует из данных портов. "
    '"Ремонт двигателя парома "Вирве" закончен раньше срока. Рейсы пойдут по обычному '
    'расписанию с пятницы", — сообщил капитан порта Андрес Коппель. '
    "Он добавил, что пассажиры отменённых рейсов получат деньги обратно. "
    '"Очередь на паром была долгой, но все терпеливо ждали ", — пояснила пассажирка Марет Сильд.'
)


def test_straight_marks_nest_and_close_after_a_space() -> None:
    spans = [
        _FERRY[q.inner_start : q.inner_end] for q in find_quoted(_FERRY, _paragraphs(_FERRY), True)
    ]
    assert any(s.startswith("Ремонт двигателя") and s.endswith("с пятницы") for s in spans), spans
    assert any(s.startswith("Очередь на паром") for s in spans), spans


def test_a_quote_with_a_nested_name_is_its_speakers() -> None:
    article = attributed(_FERRY, "ru")
    whole = [
        name for t, name in _said(article, "Ремонт двигателя") if "по обычному расписанию" in t
    ]
    assert whole == ["Андрес Коппель"], _said(article, "Ремонт двигателя")
    assert [name for _, name in _said(article, "Очередь на паром")] == ["Марет Сильд"], _said(
        article, "Очередь на паром"
    )


def test_without_nesting_the_name_ends_the_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags_ru, "STRAIGHT_NESTING", False)
    article = _afresh(_FERRY)
    whole = [t for t, _ in _said(article, "Ремонт двигателя") if "по обычному расписанию" in t]
    assert not whole, _said(article, "Ремонт двигателя")


def test_a_lost_close_before_the_authors_words_is_not_nested() -> None:
    # the outer close was lost before «, — сообщил»: the nested reading would run on into the
    # next quote, so the marks are read as before
    text = (
        '"Совет одобрил два проекта студии "Балтфильм" (драму "Берег" и мультфильм "Лис"), — '
        'сообщил представитель студии. "Съёмки начнутся осенью", — добавил он.\n'
        '"Балтфильм" основан в 1934 году.'
    )
    spans = [text[q.inner_start : q.inner_end] for q in find_quoted(text, _paragraphs(text), True)]
    assert "Съёмки начнутся осенью" in spans, spans


def test_a_pronoun_after_a_named_person_is_that_person() -> None:
    text = (
        "Мэр Таллина Кайдо Тамм открыл мост. Он заявил, что движение пустят в субботу. "
        "Строительство оплатил город, отметил инженер Пеэтер Саар."
    )
    article = attributed(text, "ru")
    assert [name for _, name in _said(article, "движение пустят")] == ["Кайдо Тамм"], _said(
        article, "движение пустят"
    )


#: a page that lost its lead («Он заявил, что …» before anyone is named): the person named first
#: after it is as often the one who answers it or is set against it (the review's two
#: sentences).  A forward reading of the pronoun was tried and withdrawn (thirty-first session):
#: these guard against a rule that would give the lost lead's words to the one who answers.
_ANSWERED = (
    "Он заявил, что переговоры с Киевом зашли в тупик и что Москва не пойдёт на уступки. "
    "В ответ министр иностранных дел Украины Дмитрий Кулеба назвал эти слова пропагандой."
)
_CONTRASTED = (
    "Он подчеркнул, что санкции не повлияют на экономику страны. Между тем глава ЕЦБ "
    "Кристин Лагард и комиссар Паоло Джентилони сообщили, что пакет готов."
)


def test_the_one_who_answers_a_lost_lead_is_not_its_speaker() -> None:
    article = attributed(_ANSWERED, "ru")
    assert [name for _, name in _said(article, "переговоры с Киевом")] == [None], _said(
        article, "переговоры с Киевом"
    )


def test_the_ones_set_against_a_lost_lead_are_not_its_speaker() -> None:
    article = attributed(_CONTRASTED, "ru")
    assert [name for _, name in _said(article, "санкции не повлияют")] == [None], _said(
        article, "санкции не повлияют"
    )


#: an unnamed source called by a noun for a person, then «Он»
_INSIDER = (
    "Споры о тарифах\n\n"
    "«Министр Янис Берзиньш нас не услышал, тарифы снова вырастут», — сказал собеседник "
    "агентства в правительстве. Он добавил, что решение примут до конца месяца."
)


def test_a_pronoun_after_an_unnamed_source_is_that_source() -> None:
    article = attributed(_INSIDER, "ru")
    assert [name for _, name in _said(article, "решение примут")] == [
        "собеседник агентства в правительстве"
    ], _said(article, "решение примут")


def test_without_the_rule_the_pronoun_goes_to_the_name_in_the_quote(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(coref, "RU_ANONYMOUS_PERSONS", False)
    article = _afresh(_INSIDER)
    assert [name for _, name in _said(article, "решение примут")] != [
        "собеседник агентства в правительстве"
    ], _said(article, "решение примут")


#: several of a kind after one body of that kind
_AIRLINES = (
    "Забастовка диспетчеров\n\n"
    "Латвийская авиакомпания airBaltic отменила сорок рейсов в Вильнюс из-за забастовки. "
    "Авиакомпании считают, что Литва нарушает правила ЕС, закрывая небо во время забастовок."
)


def test_a_plural_subject_is_not_the_one_body_named_before() -> None:
    article = attributed(_AIRLINES, "ru")
    said = [name for _, name in _said(article, "Литва нарушает")]
    assert said and "airBaltic" not in said, _said(article, "Литва нарушает")


def test_a_plural_description_refers_back_only_to_a_plural_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Авиакомпания airBaltic отменила рейсы. Авиакомпании считают, что правила нарушены."
    body = speakers.Cluster("organization", "airBaltic")
    body.add(text.index("airBaltic"), text.index("airBaltic") + 9, None)
    at = text.index("Авиакомпании")
    assert bodies_ru.referred_body("авиакомпания", "Авиакомпании", at, [body], text) is body
    assert bodies_ru.referred_body("авиакомпания", "Авиакомпании", at, [body], text, True) is None
    monkeypatch.setattr(bodies_ru, "PLURAL_AGREEMENT", False)
    assert bodies_ru.referred_body("авиакомпания", "Авиакомпании", at, [body], text, True) is body


#: a statement, then who made it: «С данным заявлением выступил X»
_STATEMENT = (
    "Граница с Латвией\n\n"
    "Эстония закроет два пограничных перехода на время ремонта дороги. "
    "С данным заявлением выступил министр внутренних дел Лаури Лаанеметс."
)


def test_a_pointing_statement_noun_reports_the_sentence_before() -> None:
    article = attributed(_STATEMENT, "ru")
    said = [name for t, name in _said(article, "пограничных перехода") if t.startswith("Эстония")]
    assert said == ["Лаури Лаанеметс"], _said(article, "пограничных перехода")


def test_without_the_rule_the_statement_has_no_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags_ru, "BACKREF_LIGHT", False)
    article = _afresh(_STATEMENT)
    assert "Лаури Лаанеметс" not in [name for _, name in _said(article, "пограничных перехода")], (
        _said(article, "пограничных перехода")
    )


#: a correspondent of two papers named together, then the correspondent's name
_CORRESPONDENT = (
    "Газ и санкции\n\n"
    'Санкции могут остановить проект. "Это новый фактор. Но американский фактор самый важный в '
    'этой игре", - сказал в интервью DELFI корреспондент Helsingin Sanomat и Dagens Nyheter Юха '
    "Нуутинен."
)


def test_papers_named_together_before_a_name_are_its_role() -> None:
    article = attributed(_CORRESPONDENT, "ru")
    assert [name for _, name in _said(article, "новый фактор")] == ["Юха Нуутинен"], _said(
        article, "новый фактор"
    )


def test_without_the_rule_the_papers_speak(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speakers, "RU_ROLE_GROUP", False)
    article = _afresh(_CORRESPONDENT)
    assert [name for _, name in _said(article, "новый фактор")] != ["Юха Нуутинен"], _said(
        article, "новый фактор"
    )
