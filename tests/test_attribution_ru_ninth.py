"""Russian attribution constructions of issue 12's ninth round, on our own short article.

Each is grammar over natasha's parse: a phrase set off by commas inside a clause («апартаменты,
по данным агентства, нуждаются в ремонте») reports that clause; the author's aside («Следует
отметить, что …») is no report; a colon quote after a что-clause belongs to the speaker of the
verb that reports the clause, not to a verb inside it; a conjunction ending a word («решила»)
does not cut a content as if a second report began there; a quote interrupted by the author's
words is two quotes; a gerund the parser left apart speaks for its main clause's subject; a
subject never runs across its verb; a name in the genitive under the speaker's noun («отец
Сергея Котова») is whose the speaker is, not the speaker.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name

#: our own article (a housing story written for this test)
_HOUSING = (
    "В Твери выставили на торги бывший особняк купца Морозова\n\n"
    "Городская администрация выставила особняк на торги, однако здание, по данным "
    "агентства недвижимости «Кремль», нуждается в капитальном ремонте.\n\n"
    "Следует отметить, что торги по этому зданию уже дважды срывались.\n\n"
    "Архитектор Павел Сомов рассказал, что назвали дом так практически случайно: «Мои "
    "родители были уверены, что дом купил купец. Когда я вырос, всё выяснилось».\n\n"
    "Бывшая владелица квартиры в особняке работала учительницей и именно тогда, как "
    "отмечает газета «Тверская жизнь», решила продолжить дело своего деда."
)

#: our own article (a court story written for this test)
_COURT = (
    "Суд в Твери вынес приговор по делу о гибели школьника\n\n"
    "«Мы построим новую школу к осени, — пообещал глава района Игорь Седов. — Деньги на неё "
    "уже выделены из областного бюджета».\n\n"
    "Отец Сергея Котова не стал слушать прокурора и вышел из зала заседания до его окончания "
    "заявив: «Это издевательство над правосудием».\n\n"
    "Адвокат Ивана Петрова заявил, что обжалует приговор.\n\n"
    "«Приговор слишком мягкий, — сказала мать школьника Ольга Котова. — Мы будем его "
    "обжаловать в областном суде», — добавила она."
)


def test_inserted_phrase_reports_its_clause() -> None:
    article = attributed(_HOUSING, "ru")
    q = quote_holding(article, "капитальном ремонте")
    assert "здание" in q.text and "выставила особняк" not in q.text
    assert q.cue is not None and q.cue.startswith("по данным")


def test_author_aside_is_no_report() -> None:
    article = attributed(_HOUSING, "ru")
    assert not any("дважды срывались" in q.text for q in article.quotes)


def test_colon_quote_belongs_to_the_reporting_verb() -> None:
    article = attributed(_HOUSING, "ru")
    q = next(q for q in article.quotes if q.text.lstrip("«").startswith("Мои родители"))
    assert speaker_name(article, q) == "Павел Сомов"
    # and the clause the verb reports ends at the colon
    assert "Мои родители" not in quote_holding(article, "назвали дом так").text


def test_word_ending_in_a_is_no_conjunction() -> None:
    article = attributed(_HOUSING, "ru")
    q = quote_holding(article, "решила продолжить")
    assert q.text.rstrip(".").endswith("дело своего деда")


def test_interrupted_quote_is_two_quotes() -> None:
    article = attributed(_COURT, "ru")
    first = quote_holding(article, "новую школу")
    second = quote_holding(article, "уже выделены")
    assert first is not second and "пообещал" not in first.text
    assert speaker_name(article, first) == speaker_name(article, second) == "Игорь Седов"
    # a cue after the closing mark does not take the whole quote back as a third one
    assert not any("слишком мягкий" in q.text and "обжаловать" in q.text for q in article.quotes)
    assert speaker_name(article, quote_holding(article, "в областном суде")) == "Ольга Котова"


def test_gerund_apart_speaks_for_the_subject() -> None:
    article = attributed(_COURT, "ru")
    q = quote_holding(article, "издевательство над правосудием")
    assert q.source_text is not None and q.source_text.startswith("Отец")
    # the father, not his son named in the genitive
    assert speaker_name(article, q) != "Сергей Котов"


def test_genitive_name_is_not_the_speaker() -> None:
    article = attributed(_COURT, "ru")
    q = quote_holding(article, "обжалует приговор")
    assert speaker_name(article, q) != "Иван Петров"
