"""Russian attribution, thirtieth session (issue 12): a trailing «, сообщил X» that the parse
hangs on the reported verb is who passes the words on, not part of what was said.

«Посол попросила власти продлить санкции, сообщил министр»: natasha hangs «сообщил» on
«попросила» as parataxis; read as its content, the minister's cue became the ambassador's words
and the request was lost.  Our own invented article.
"""

from __future__ import annotations

import pytest
from attributed import attributed, speaker_name

from newsprism.article import Article
from newsprism.attribution import quotes_ru
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

_SANCTIONS = (
    "Переговоры в Афинах\n\n"
    "Министр обороны Греции Игорь Лазарев провёл переговоры с американской делегацией. "
    "Ветрова попросила Афины продолжить санкции, особенно в связи с событиями на границе, "
    "сообщил Лазарев."
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
        (_SANCTIONS, "Афины продолжить санкции", "Ветрова", "сообщил Лазарев"),
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
    monkeypatch.setattr(quotes_ru, "TRAILING_CUE_NO_CONTENT", False)
    # read afresh: ``attributed`` keeps the reading made with the rule on
    article = Pipeline(["segment", "attribution"], strict=True)(article_from_text(_SANCTIONS, "ru"))
    assert _said(article, "сообщил Лазарев"), [q.text for q in article.quotes]


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
