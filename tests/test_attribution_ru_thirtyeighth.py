"""Russian attribution, thirty-eighth session (issue 12): a person's gender from the verb, not
from the profession noun beside a name the tagger does not know; a body's name written where
the tagger found none.  Our own invented articles; each test fails with its rule off.
"""

from __future__ import annotations

import pytest
from attributed import speaker_name

from newsprism.article import Article
from newsprism.attribution import bodies_ru, flags_ru, speakers
from newsprism.attribution.sources_ru import known_given_name_gender
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


def _read(text: str) -> Article:
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "ru"))


def _said(article: Article, phrase: str) -> list[str | None]:
    return [speaker_name(article, q) for q in article.quotes if phrase in q.text]


#: a woman of a given name the dictionary does not know, introduced by a masculine profession
#: noun, then a man, then «она»
_ECONOMIST = (
    "Прогноз инфляции\n\n"
    "Экономист Мариетт Шааке заявила, что инфляция замедлится к концу года.\n"
    "Директор института Павел Орлов с ней не согласен.\n"
    "«Рост цен продолжится», — считает он.\n"
    "«Мы видим стабилизацию», — сказала она."
)


def test_a_persons_gender_is_the_verbs_not_the_profession_nouns() -> None:
    article = _read(_ECONOMIST)
    assert _said(article, "Мы видим стабилизацию") == ["Мариетт Шааке"]
    assert _said(article, "Рост цен") == ["Павел Орлов"]


def test_without_the_verbs_gender_she_is_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags_ru, "GENDER_FROM_VERB", False)
    assert _said(_read(_ECONOMIST), "Мы видим стабилизацию") != ["Мариетт Шааке"]


def test_a_known_given_name_keeps_its_gender_whatever_the_verb_nearby() -> None:
    # the parser may hang a name on a verb of another clause («должность оказалась вакантной,
    # когда в отставку подал … Дэвид Дэвис»): a name the dictionary knows is not re-read
    text = (
        "Отставка министра\n\n"
        "Должность оказалась вакантной, когда в отставку подал занимавший её Дэвид Дэвис. "
        "Свое решение он объяснил несогласием с позицией правительства."
    )
    assert _said(_read(text), "несогласием") == ["Дэвид Дэвис"]


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Дэвид", "m"), ("Ольга", "f"), ("Мариетт", None), ("Саша", None)],
)
def test_known_given_name_gender(name: str, gender: str | None) -> None:
    assert known_given_name_gender(name) == gender


def test_a_bodys_name_written_untagged_counts_as_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Компания Skylark отменила рейсы. Компания сообщила о компенсации.\n"
        "В Skylark заявили, что забастовка продлится два дня."
    )
    body = speakers.Cluster("organization", "Skylark")
    tagged = text.rindex("Skylark")  # the tagger found only the later mention
    body.add(tagged, tagged + len("Skylark"), None)
    at = text.index("Компания сообщила")
    assert bodies_ru.referred_body("компания", "Компания", at, [body], text) is body
    monkeypatch.setattr(bodies_ru, "NAME_OCCURRENCES", False)
    assert bodies_ru.referred_body("компания", "Компания", at, [body], text) is None
