"""Constructions of real and machine-translated news, each on a few sentences of our own."""

from __future__ import annotations

from newsprism.article import Article, Quote
from newsprism.attribution.names import same_name
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

PIPE = Pipeline(["segment", "attribution"], strict=True)


def _quote(article: Article, phrase: str) -> Quote:
    return next(q for q in article.quotes if phrase in q.text)


def _who(article: Article, phrase: str) -> str | None:
    sp = article.speaker(_quote(article, phrase).speaker)
    return sp.name if sp else None


def test_name_spellings_and_cases() -> None:
    assert same_name("Oleh", "Oleg") and same_name("Ihor", "Igor")  # Ukrainian h, Russian g
    assert same_name("Наама", "Нааму") and same_name("Ирина", "Ириной")  # one name, two cases
    assert not same_name("Яффа", "Наама") and not same_name("Oleh", "Olena")


def test_english_translated_constructions() -> None:
    text = (
        "The regional duma will vote on the heating tariffs\n\n"
        "Deputy of the regional duma Mikhail Sorokin and his colleague Sergei Belov submitted "
        "amendments to the budget. They explained that pensioners cannot pay more.\n\n"
        "As a result of the accident at the boiler house, 3,000 flats were left without "
        "heating, the head of the city administration Oleg Zimin said.\n\n"
        '"We will restore the supply by Friday," the official added.\n'
    )
    article = PIPE(article_from_text(text, "en"))
    assert _who(article, "pensioners cannot pay more") == "Mikhail Sorokin and Sergei Belov"
    assert _who(article, "3,000 flats were left without heating") == "Oleg Zimin"
    assert _who(article, "We will restore the supply") == "Oleg Zimin"
    zimin = [s for s in article.speakers if "Zimin" in s.name]
    assert len(zimin) == 1  # the office and the name are one speaker


def test_russian_constructions() -> None:
    text = (
        "Губернатор области Сергей Викторович Белов провёл совещание.\n\n"
        "Кроме того, как стало известно, двое депутатов заявили о намерении голосовать "
        "против бюджета.\n\n"
        "Пресс-секретарь губернатора Орлов через СМИ дал понять, что решение уже принято.\n\n"
        "Директор завода Анна Крылова убеждена, что завод переживёт кризис.\n\n"
        "Сам губернатор сообщил:\n\n"
        "Мы не оставим людей без работы и без зарплаты.\n"
    )
    article = PIPE(article_from_text(text, "ru"))
    assert "о намерении голосовать" in _quote(article, "о намерении").text
    assert not any(q.text.startswith("Кроме того") for q in article.quotes)
    assert _who(article, "решение уже принято") == "Орлов"
    assert _who(article, "завод переживёт кризис") == "Анна Крылова"
    said = _quote(article, "Мы не оставим людей")
    assert said.kind == "direct" and said.text.startswith("Мы не оставим")


def test_name_before_an_apposition_naming_others() -> None:
    # a name, then a comma and an apposition that names someone else: the first name speaks
    text = (
        "Turnout in the county rose for the third election in a row.\n\n"
        '"Every district moved our way this time," said Martin Okafor, the Greene campaign\'s '
        "field director.\n\n"
        "Pollster Ruth Adeyemi, an adviser to Senator Claire Whitcombe, said the rural vote "
        "had shifted by four points since the spring.\n\n"
        "Moldovan President Maia Sandu said the new budget would protect pensions.\n"
    )
    article = PIPE(article_from_text(text, "en"))
    assert _who(article, "Every district moved our way") == "Martin Okafor"
    assert _who(article, "the rural vote had shifted") == "Ruth Adeyemi"
    assert _who(article, "protect pensions") == "Maia Sandu"  # no comma: the name last
