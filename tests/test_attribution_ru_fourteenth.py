"""Russian attribution of issue 12's fourteenth session, on our own short articles.

One speaker per body: a body named once and then called by what it is («следствие» after
«Следственный комитет», «ведомство» after «Министерство транспорта», «издание» after «газета
«Северный вестник»») is that body, when the noun is inanimate (pymorphy3) and the description
holds no name of its own.  A name written again in Latin letters in brackets («Фолькер Штайн
(Volker Stein)») belongs to the source words, closing bracket and all, so the speaker is named
as written first.  A numeral or participle standing as the noun of an «о»
phrase is a content («сообщили о двух погибших»).  A quoted phrase inside a reported clause is
part of the clause («заявил, что действия перевозчика «граничат с преступлением»»), not the whole
of what was said.
"""

from __future__ import annotations

from attributed import attributed, quote_holding

from newsprism.article import Article
from newsprism.attribution.bodies_ru import inanimate

#: our own article (a story about a bus crash on a regional road, written for this test)
_CRASH = (
    "Автобус с туристами опрокинулся на трассе под Петрозаводском\n\n"
    "Следственный комитет России по Республике Карелия сообщил, что возбудил уголовное дело "
    "после аварии рейсового автобуса.\n\n"
    "По данным следствия, водитель не справился с управлением на скользкой дороге.\n\n"
    "Министерство транспорта Карелии сообщило, что движение на трассе восстановлено.\n\n"
    "Как уточнило ведомство, дорожные службы проверят ограждения на всём участке.\n\n"
    "Газета «Северный вестник» первой написала о том, что у водителя был просрочен техосмотр.\n\n"
    "По информации издания, перевозчик уже получал предупреждения от надзорных органов.\n\n"
    "Премьер-министр земли Гессен Фолькер Штайн (Volker Stein) заявил, что все немецкие "
    "туристы живы.\n\n"
    "«Мы отправили за ними другой автобус», — сказал Штайн.\n\n"
    "Источники в областной больнице сообщили о двух погибших.\n\n"
    "Прокурор района Олег Пахомов заявил, что действия перевозчика «граничат с преступлением»."
)


def _speaker(article: Article, phrase: str) -> int | None:
    return quote_holding(article, phrase).speaker


def test_inanimate_nouns_name_things_and_bodies_not_people() -> None:
    assert inanimate("газета")
    assert inanimate("ведомство")
    assert inanimate("следствие")
    assert not inanimate("министр")
    assert not inanimate("актриса")


def test_a_body_called_by_what_it_is_is_the_body_named_before() -> None:
    article = attributed(_CRASH, "ru")
    # «следствие» is the Investigative Committee named in the paragraph before
    committee = next(s for s in article.speakers if "Следственный комитет" in s.name)
    said = quote_holding(article, "не справился с управлением")
    assert said.speaker == committee.id, [(s.name, s.kind) for s in article.speakers]
    # «ведомство» is the ministry, «издание» the newspaper
    assert _speaker(article, "проверят ограждения") == _speaker(article, "движение на трассе")
    paper = quote_holding(article, "перевозчик уже получал предупреждения")
    who = article.speaker(paper.speaker)
    assert who is not None and "Северный вестник" in who.name, who


def test_a_name_written_again_in_latin_letters_is_one_person() -> None:
    article = attributed(_CRASH, "ru")
    first = _speaker(article, "все немецкие туристы живы")
    assert first is not None
    assert first == _speaker(article, "Мы отправили за ними другой автобус")
    names = [s.name for s in article.speakers]
    # the speaker is named as the article writes the name first, not by its Latin spelling
    assert any(n.startswith("Фолькер Штайн") for n in names), names
    assert not any(n.startswith("Volker") for n in names), names


def test_a_numeral_standing_as_a_noun_is_what_was_reported() -> None:
    article = attributed(_CRASH, "ru")
    q = quote_holding(article, "двух погибших")
    who = article.speaker(q.speaker)
    assert who is not None and "Источники" in who.name, who


def test_a_quoted_phrase_inside_the_clause_is_part_of_what_is_reported() -> None:
    article = attributed(_CRASH, "ru")
    q = quote_holding(article, "граничат с преступлением")
    assert q.text.startswith("действия перевозчика"), q.text
    who = article.speaker(q.speaker)
    assert who is not None and "Пахомов" in who.name, who
