"""Russian attribution, thirtieth session (issue 12): a trailing «, сообщил X» hung on the
reported verb is no content of it; a request names who is asked; a verb of saying that governs
a preposition reports its phrase; a «он/она» after a person introduced without a verb of saying
carries on that person.  Our own invented articles; each construction's test fails with its
rule off.
"""

from __future__ import annotations

import pytest
from attributed import attributed, speaker_name

from newsprism.article import Article
from newsprism.attribution import flags_ru, speakers
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

_SANCTIONS = (
    "Встреча в Лиссабоне\n\n"
    "Министр рыболовства Португалии Жуан Сантуш принял норвежскую делегацию. "
    "Ольсен попросила Лиссабон сохранить квоты, прежде всего на треску, "
    "сообщил Сантуш."
)
_DUTIES = (
    "Переговоры в Риге\n\n"
    "Глава МИД Латвии Янис Озолс встретился с делегацией ЕС. Делегация призвала Ригу сохранить "
    "пошлины, особенно на удобрения, заявил Озолс."
)


def _said(article: Article, phrase: str) -> list[tuple[str, str | None]]:
    return [(q.text, speaker_name(article, q)) for q in article.quotes if phrase in q.text]


@pytest.mark.parametrize(
    ("text", "asked", "who", "cue"),
    [
        (_SANCTIONS, "Лиссабон сохранить квоты", "Ольсен", "сообщил Сантуш"),
        (_DUTIES, "Ригу сохранить пошлины", "Делегация", "заявил Озолс"),
    ],
    ids=["soobshchil", "zayavil"],
)
def test_a_trailing_cue_is_no_content_of_the_verb_it_hangs_on(
    text: str, asked: str, who: str, cue: str
) -> None:
    article = attributed(text, "ru")
    # nobody is shown as having said the trailing cue, and the request is its asker's
    assert not _said(article, cue), [q.text for q in article.quotes]
    own = [(t, name) for t, name in _said(article, asked) if t.startswith(asked)]
    assert own and all(name == who for _, name in own), _said(article, asked)


def test_the_rule_off_reads_the_trailing_cue_as_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags_ru, "TRAILING_CUE_NO_CONTENT", False)
    # read afresh: ``attributed`` keeps the reading made with the rule on
    article = Pipeline(["segment", "attribution"], strict=True)(article_from_text(_SANCTIONS, "ru"))
    assert _said(article, "сообщил Сантуш"), [q.text for q in article.quotes]


#: requests: who is asked, then what to do (an infinitive or a «к» phrase)
_REQUESTS = (
    "Переговоры о границе\n\n"
    "Представитель МИД Эстонии Карл Тамм призвал Латвию не закрывать пограничный переход. "
    "Союз перевозчиков предложил правительству Литвы совместно разработать новые правила. "
    "Президент Алар Вийрес призвал эстонцев к сдержанности."
)


@pytest.mark.parametrize(
    ("asked", "who"),
    [
        ("Латвию не закрывать пограничный переход", "Карл Тамм"),
        ("правительству Литвы совместно разработать новые правила", "Союз перевозчиков"),
        ("эстонцев к сдержанности", "Алар Вийрес"),
    ],
    ids=["infinitive", "dative-addressee", "k-phrase"],
)
def test_a_request_names_who_is_asked(asked: str, who: str) -> None:
    article = attributed(_REQUESTS, "ru")
    said = [(q.text, speaker_name(article, q)) for q in article.quotes if q.text == asked]
    assert said and all(name == who for _, name in said), [q.text for q in article.quotes]


#: verbs of saying whose content is the phrase of the preposition they govern
_GOVERNED = (
    "Суд над бывшим мэром\n\n"
    "Бывший мэр Кирилл Орлов настаивает на своей невиновности. "
    "Его помощник Денис Рябов признался в получении взяток. "
    "Депутат Инна Котова обвинила прокуратуру в затягивании дела."
)


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("на своей невиновности", "Кирилл Орлов"),
        ("в получении взяток", "Денис Рябов"),
        ("прокуратуру в затягивании дела", "Инна Котова"),
    ],
    ids=["nastaivat-na", "priznatsya-v", "obvinit-v"],
)
def test_a_governed_phrase_is_what_the_verb_reports(said: str, who: str) -> None:
    article = attributed(_GOVERNED, "ru")
    found = [(q.text, speaker_name(article, q)) for q in article.quotes if q.text == said]
    assert found and all(name == who for _, name in found), [q.text for q in article.quotes]


def test_the_accused_in_a_participle_is_no_one_quoted() -> None:
    # «обвиняемый в убийстве» names the accused; nobody is reported to say anything
    article = attributed(
        "Приговор\n\nСуд приговорил обвиняемого в убийстве Павла Зуева к девяти годам.", "ru"
    )
    assert not [q for q in article.quotes if "в убийстве" in q.text], [
        q.text for q in article.quotes
    ]


#: a protest story: an official is quoted, then the organiser is introduced without a verb of
#: saying, and «Он считает» is the organiser's
_PROTEST = (
    "Акция у прокуратуры\n\n"
    "Прокурор города Олег Самойлов заявил, что проверка по делу о гибели студента завершена. "
    "В субботу у здания прокуратуры прошёл пикет. Его организатором стал Тимур Гасанов, "
    "отец погибшего студента. Он считает, что следствие скрывает имена виновных."
)

#: the same with «она»: a spokeswoman quoted first, then a pensioner introduced as a subject
_PENSION = (
    "Пенсии в районе\n\n"
    "Представитель соцзащиты Ирина Лапина сообщила, что выплаты проиндексируют в марте. "
    "Пенсионерка Нина Корнеева обратилась в редакцию с письмом. Она уверена, что надбавку "
    "ей начислили неверно."
)


@pytest.mark.parametrize(
    ("text", "phrase", "who"),
    [
        (_PROTEST, "скрывает имена", "Тимур Гасанов"),
        (_PENSION, "начислили неверно", "Нина Корнеева"),
    ],
    ids=["he", "she"],
)
def test_a_pronoun_carries_on_the_person_introduced_without_a_verb_of_saying(
    text: str, phrase: str, who: str
) -> None:
    said = _said(attributed(text, "ru"), phrase)
    assert said and all(name == who for _, name in said), said


def test_the_rule_off_gives_the_pronoun_to_the_person_quoted_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speakers, "RU_PREVIOUS_SUBJECT", False)
    # read afresh: ``attributed`` keeps the reading made with the rule on
    article = Pipeline(["segment", "attribution"], strict=True)(article_from_text(_PROTEST, "ru"))
    said = _said(article, "скрывает имена")
    assert said and all(name == "Олег Самойлов" for _, name in said), said


def test_a_pronoun_after_someone_elses_reported_words_stays_with_the_speaker() -> None:
    # «По словам X, Y покинул команду. Он добавил …»: the sentence before reports X's words,
    # and Y is talked about there; «он» is still X
    article = attributed(
        "Отставка тренера\n\n"
        "По словам президента клуба Андрея Жукова, Игорь Семёнов покинул команду по "
        "собственному желанию. Он добавил, что замену найдут до начала сезона.",
        "ru",
    )
    said = _said(article, "замену найдут")
    assert said and all(name == "Андрей Жуков" for _, name in said), said
