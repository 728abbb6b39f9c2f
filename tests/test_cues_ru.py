"""Russian cue verbs grown from embeddings (``attribution/cues_ru.py``): evaluation verbs
report their object and what is said of it; giving a name is no evaluation."""

from __future__ import annotations

from functools import cache

from newsprism.article import Article
from newsprism.attribution.cues_ru import (
    ASPECT_EVALUATION,
    ASPECT_SPEECH,
    EVALUATION_VERBS,
    GROWN_SPEECH,
    WIKTIONARY_SPEECH,
)
from newsprism.attribution.quotes_ru import (
    HAND_SPEECH_VERBS,
    INSTRUCTION_VERBS,
    MINED_SPEECH_VERBS,
    SPEECH_VERBS,
)
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

TEXT = (
    "Глава думского комитета Андрей Климов назвал решение властей Эстонии «грубой ошибкой». "
    "Депутат Областной думы Ирина Савельева обвинила мэрию в срыве отопительного сезона.\n\n"
    "Супруги Орловы назвали сына Тимофеем.\n\n"
    "Министр транспорта Олег Смирнов прокомментировал ситуацию на трассе, намекнув на "
    "ошибки подрядчика. Профсоюз осудил увольнения на заводе."
)


@cache
def analysed() -> Article:
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(TEXT, "ru"))


def _speaker(article: Article, phrase: str) -> str | None:
    q = next((q for q in article.quotes if phrase in q.text), None)
    assert q is not None, [x.text for x in article.quotes]
    sp = article.speaker(q.speaker)
    return sp.name if sp else None


def test_lexicon_is_the_hand_list_and_the_reviewed_growth() -> None:
    assert {"назвать", "осудить", "обвинить", "оценить"} <= EVALUATION_VERBS
    assert "прокомментировать" in GROWN_SPEECH
    assert SPEECH_VERBS == (
        HAND_SPEECH_VERBS
        | GROWN_SPEECH
        | WIKTIONARY_SPEECH
        | EVALUATION_VERBS
        | MINED_SPEECH_VERBS
        | INSTRUCTION_VERBS
        | ASPECT_SPEECH  # the other aspect of the listed verbs (twenty-sixth session)
        | ASPECT_EVALUATION
    )
    # rejected in review: wanting, knowing, votes
    assert not {"хотеть", "знать", "одобрить"} & SPEECH_VERBS


def test_evaluation_reports_object_and_what_is_said_of_it() -> None:
    article = analysed()
    assert _speaker(article, "решение властей Эстонии «грубой ошибкой»") == "Андрей Климов"
    assert _speaker(article, "мэрию в срыве отопительного сезона") == "Ирина Савельева"
    assert _speaker(article, "увольнения на заводе") is not None


def test_giving_a_name_is_not_an_evaluation() -> None:
    assert not [q for q in analysed().quotes if "сына" in q.text]


def test_according_to_a_document_or_an_agency() -> None:
    text = (
        "Согласно опубликованной декларации, доход губернатора в прошлом году составил "
        "12 миллионов рублей. Согласно данным Росстата, инфляция замедлилась до 7%. "
        "Согласно закону, выборы пройдут в сентябре."
    )
    article = Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "ru"))
    assert _speaker(article, "доход губернатора") == "опубликованной декларации"
    assert _speaker(article, "инфляция замедлилась") == "Росстат"
    assert not [q for q in article.quotes if "выборы" in q.text]  # a law is no speaker
