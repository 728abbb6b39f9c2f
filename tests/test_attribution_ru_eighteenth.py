"""Russian attribution of issue 12's eighteenth session, on our own short articles.

Nouns of saying derived from the speech verbs by the -ние/-ение suffix rule («объявить» →
«объявление», «предупредить» → «предупреждение») report their «о …» or «что …» content: the
genitive owns the words («объявление тренера об уходе»); with no genitive, the subject of a
verb publishing the statement does («Министерство опубликовало заявление о том, что …»), or
the place it appears in («в местных СМИ появились сообщения, что …»).  A treaty («соглашение
о …») is no report.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_of

from newsprism.attribution.backends import models
from newsprism.attribution.quotes_ru import reporting_nouns

#: our own article (a regional football club and its coach, written for this test)
_CLUB = (
    "Тренер «Волжанина» покидает клуб\n\n"
    "Объявление главного тренера Ивана Соколова об уходе из клуба после семи сезонов удивило "
    "болельщиков.\n\n"
    "Пресс-служба клуба опубликовала заявление о том, что новый тренер будет назначен до "
    "начала сборов.\n\n"
    "Вечером в местных СМИ появились сообщения, что место Соколова займёт его помощник.\n\n"
    "Клубы подписали соглашение о переходе двух игроков в следующем сезоне."
)


def test_the_suffix_rule_derives_nouns_of_saying_and_leaves_out_treaties() -> None:
    nouns = reporting_nouns(models.get("ru").morph_vocab)
    assert {"объявление", "предупреждение", "опровержение", "заявление"} <= nouns
    assert "соглашение" not in nouns
    assert "продолжение" not in nouns


def test_a_noun_of_saying_is_spoken_by_its_genitive() -> None:
    article = attributed(_CLUB, "ru")
    q = quote_holding(article, "об уходе из клуба")
    assert "Объявление" not in q.text, q.text
    assert speaker_of(article, "об уходе из клуба") == "Иван Соколов"


def test_a_published_statement_is_its_publishers() -> None:
    article = attributed(_CLUB, "ru")
    q = quote_holding(article, "новый тренер будет назначен")
    assert q.cue is not None and "заявлени" in q.cue
    name = speaker_of(article, "новый тренер будет назначен")
    assert name is not None and "пресс-служба" in name.lower(), name


def test_a_statement_that_appeared_in_the_media_is_theirs() -> None:
    article = attributed(_CLUB, "ru")
    name = speaker_of(article, "место Соколова займёт его помощник")
    assert name is not None and "СМИ" in name, name


def test_a_treaty_is_no_report() -> None:
    article = attributed(_CLUB, "ru")
    assert not any("переходе двух игроков" in q.text for q in article.quotes)


#: our own article (a musician's note from a tour, a skier and her coach, a defender; invented
#: for this test, names included)
_LETTER = (
    "Музыкант оставил записку перед гастролями\n\n"
    "Сестра музыканта Мария Светлова рассказала о записке, о которой накануне говорил его "
    "продюсер Олег Петров:\n\n"
    "Он писал, что хочет вернуться домой и просит прощения у всех.\n\n"
    "Лыжница выложила видео с тренером Анной Кравец, которая готовила её к сезону:\n\n"
    "Я благодарна всем, кто был рядом в этот год.\n\n"
    "Второй защитник, Глеб Арсеньев, который заявил:\n\n"
    "Мы обжалуем решение суда."
)


def test_a_colon_after_a_relative_clause_about_the_antecedent_is_the_main_clauses() -> None:
    article = attributed(_LETTER, "ru")
    assert speaker_of(article, "хочет вернуться домой") == "Мария Светлова"
    assert not any(q.text.strip() in ("о котором", "о которой") for q in article.quotes)


def test_a_colon_after_a_relative_clause_that_is_no_speech_names_no_speaker() -> None:
    article = attributed(_LETTER, "ru")
    q = next((q for q in article.quotes if "благодарна всем, кто был рядом" in q.text), None)
    assert q is None or speaker_of(article, "благодарна всем, кто был рядом") != "Анна Кравец"


def test_a_relative_clause_whose_subject_speaks_keeps_its_colon() -> None:
    article = attributed(_LETTER, "ru")
    assert speaker_of(article, "обжалуем решение суда") == "Глеб Арсеньев"


def test_information_published_by_an_agent_is_the_agents() -> None:
    article = attributed(
        "Пожар на складе\n\nПосле проверки городской полицией были опубликованы сведения о том, что "
        "пожар начался из-за неисправной проводки.\n\nДанные о росте цен удивили экономистов.",
        "ru",
    )
    name = speaker_of(article, "пожар начался")
    assert name is not None and "полиц" in name.lower(), name
    assert not any("росте цен" in q.text for q in article.quotes)


def test_a_time_in_the_instrumental_is_no_publishing_agent() -> None:
    """«Утром», «вечером», «летом» are in the instrumental case as an agent is, and say when the
    statement was published, not by whom (the agent, if any, comes after them)."""
    article = attributed(
        "Паводок в посёлке\n\nВечером были опубликованы данные о том, что вода поднялась на "
        "метр.\n\nЛетом областной администрацией были опубликованы сведения о том, что дамбу "
        "укрепят к осени.",
        "ru",
    )
    first = speaker_of(article, "вода поднялась")
    assert first is None or "вечер" not in first.lower(), first
    second = speaker_of(article, "дамбу укрепят")
    assert second is not None and "администрац" in second.lower(), second
