"""«по его словам» after a named speaker in its own sentence (issue 12, twenty-eighth session).

«X заявил, что …: по его словам, …»: the «по словам» phrase reports the clause after it, not
the clause before it that is another reading's cue and content; «его» is the person the sentence
names, not the one quoted in the paragraphs before; the «заявил, что» content stops before the
phrase.  «По словам X, …, а по её словам, …» with two people: each their own half.  Our own
invented articles.
"""

from __future__ import annotations

import pytest
from attributed import attributed, speaker_name

from newsprism.article import Article, Quote

#: a water-tariff story written for this test: an official quoted first, then a deputy
_TARIFF = (
    "Тарифы на воду\n\n"
    "Тарифы на воду в городе вырастут с июля, сообщил глава водоканала Андрей Соколов. "
    "«Мы долго откладывали это решение», — сказал Соколов.\n\n"
    "Депутат городской думы Павел Гришин заявил, что рост окажется гораздо больше: по его "
    "словам, платить придётся на треть дороже."
)

#: two people who disagree over a stadium, written for this test
_STADIUM = (
    "Спор о стадионе\n\n"
    "Архитектор Николай Белов и краевед Вера Лапина разошлись в оценках проекта нового "
    "стадиона на набережной.\n\n"
    "По словам Белова, стадион украсит берег, а по её словам, стройка уничтожит старый парк у "
    "реки."
)

#: a school repair story: the mayor quoted, then a director who disagrees with no verb of
#: saying before the colon
_SCHOOL = (
    "Ремонт школы\n\n"
    "Ремонт школы номер пять завершат к сентябрю, заявил мэр Игорь Кузнецов. «Подрядчик "
    "справится в срок», — добавил Кузнецов.\n\n"
    "Директор школы Михаил Орлов с мэром не согласен: по его словам, рабочие не успеют "
    "заменить даже окна."
)

#: a bus route story: two women, the second's «по её словам» after a semicolon
_BUS = (
    "Новый маршрут\n\n"
    "Автобусный маршрут до аэропорта запустят весной, сообщила глава транспортного комитета "
    "Елена Воронина. «Мы купили двадцать новых автобусов», — сказала Воронина.\n\n"
    "Её заместитель Ольга Зайцева подтвердила, что первые рейсы начнутся в марте; по её "
    "словам, билет будет стоить сто рублей."
)


def _saying(article: Article, phrase: str) -> list[Quote]:
    return [q for q in article.quotes if phrase in q.text]


def _readings(article: Article) -> list[tuple[str, str | None]]:
    return [(q.text, speaker_name(article, q)) for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "before", "after", "speaker"),
    [
        (_TARIFF, "рост окажется гораздо больше", "платить придётся", "Павел Гришин"),
        (_BUS, "первые рейсы начнутся в марте", "билет будет стоить", "Ольга Зайцева"),
    ],
    ids=["colon", "semicolon"],
)
def test_a_verbs_content_and_the_according_phrase_after_it_are_the_same_speakers(
    text: str, before: str, after: str, speaker: str
) -> None:
    article = attributed(text, "ru")
    said = _saying(article, before)
    assert said and all(speaker_name(article, q) == speaker for q in said), _readings(article)
    # the verb's content stops before «: по его словам» / «; по её словам»
    assert all("словам" not in q.text and after not in q.text for q in said), _readings(article)
    then = _saying(article, after)
    assert then and all(speaker_name(article, q) == speaker for q in then), _readings(article)
    # no reading takes the sentence's own cue clause as the «по словам» content
    assert not any("заявил" in q.text or "подтвердила" in q.text for q in article.quotes), (
        _readings(article)
    )


def test_two_according_phrases_in_one_sentence_each_report_their_own_half() -> None:
    article = attributed(_STADIUM, "ru")
    his = _saying(article, "стадион украсит берег")
    hers = _saying(article, "стройка уничтожит")
    assert his and all(speaker_name(article, q) == "Николай Белов" for q in his), _readings(article)
    assert all("стройка" not in q.text for q in his), _readings(article)
    assert hers and all(speaker_name(article, q) == "Вера Лапина" for q in hers), _readings(article)
    assert all("Белова" not in q.text for q in hers), _readings(article)


def test_after_a_colon_the_pronoun_is_the_person_its_sentence_names() -> None:
    article = attributed(_SCHOOL, "ru")
    said = _saying(article, "рабочие не успеют")
    assert said and all(speaker_name(article, q) == "Михаил Орлов" for q in said), _readings(
        article
    )
    assert not any("Орлов" in q.text for q in article.quotes), _readings(article)


def test_a_phrase_set_off_by_commas_inside_the_content_stays_its_part() -> None:
    # «что …, по его словам, …»: no clause of its own, so nothing is cut
    text = (
        "Бюджет\n\n"
        "Министр финансов области Денис Лебедев заявил, что дефицит, по его словам, сократится "
        "вдвое к концу года."
    )
    article = attributed(text, "ru")
    said = _saying(article, "сократится вдвое")
    assert said and all(speaker_name(article, q) == "Денис Лебедев" for q in said), _readings(
        article
    )
