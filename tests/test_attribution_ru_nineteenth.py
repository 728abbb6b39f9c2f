"""Russian attribution of issue 12's nineteenth session, on our own short articles.

A verb of saying reports its inanimate noun object when it has no clause or quote of its own
(«прокомментировал отставку мэра», «признал серьёзность положения»), with what it says of that
object in the instrumental («объяснил своё решение усталостью»); an animate object is the one
addressed («предупредил жителей»), and verbs of thinking, perceiving or making do not report
their objects («заметила следы», «написал книгу»).  A «о …» phrase right after a verb of saying
is its content even where the parser hangs it on another word.
"""

from __future__ import annotations

from attributed import attributed, speaker_of

#: our own article (a town council and its mayor, written for this test)
_TOWN = (
    "Мэр Заречного уходит в отставку\n\n"
    "Губернатор области Олег Миронов прокомментировал отставку мэра Заречного.\n\n"
    "Сам мэр Павел Гущин объяснил своё решение усталостью и болезнью жены.\n\n"
    "Депутат городской думы Анна Кравцова признала серьёзность положения в городском хозяйстве.\n\n"
    "Начальник полиции Игорь Сомов предупредил жителей района.\n\n"
    "Журналистка Вера Ломова заметила следы ремонта на фасаде мэрии.\n\n"
    "Бывший мэр Николай Рябов написал книгу воспоминаний."
)

_ABOUT = (
    "Свадьба в Заречном\n\n"
    "Тренер местной команды Сергей Дубов и певица Алина Ветрова сообщили о свадьбе в своих блогах.\n\n"
    "Адвокат Марина Орлова заявила о политической подоплёке процесса над бывшим мэром."
)


def test_a_verb_of_saying_reports_its_noun_object() -> None:
    article = attributed(_TOWN, "ru")
    assert speaker_of(article, "отставку мэра Заречного") == "Олег Миронов"
    assert speaker_of(article, "серьёзность положения") == "Анна Кравцова"


def test_what_the_verb_says_of_its_object_in_the_instrumental_is_reported_too() -> None:
    article = attributed(_TOWN, "ru")
    q = next(q for q in article.quotes if "усталостью" in q.text)
    assert "болезнью жены" in q.text, q.text
    assert speaker_of(article, "усталостью") == "Павел Гущин"


def test_addressees_perceptions_and_things_made_are_no_reports() -> None:
    article = attributed(_TOWN, "ru")
    for words in ("жителей района", "следы ремонта", "книгу воспоминаний"):
        assert not any(words in q.text for q in article.quotes), words


def test_an_about_phrase_after_a_verb_of_saying_is_its_content() -> None:
    article = attributed(_ABOUT, "ru")
    q = next(q for q in article.quotes if "подоплёке" in q.text)
    assert q.text.startswith("о политической подоплёке"), q.text
    name = speaker_of(article, "подоплёке")
    assert name is not None and "Орлова" in name, name
