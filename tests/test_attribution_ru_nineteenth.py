"""Russian attribution of issue 12's nineteenth session, on our own short articles.

A verb of saying reports its inanimate noun object when it has no clause or quote of its own
(«прокомментировал отставку мэра», «признал серьёзность положения»), with what it says of that
object in the instrumental («объяснил своё решение усталостью»); an animate object is the one
addressed («предупредил жителей»), and verbs of thinking, perceiving or making do not report
their objects («заметила следы», «написал книгу»).  A «о …» phrase right after a verb of saying
is its content even where the parser hangs it on another word.  Person speakers whose names
are one name in other case forms, in another order or as its tail are one speaker; two names
sharing only a part are two.
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


#: our own article: a cyclist named with a foreign given name in the genitive, then by
#: surname; an official with a two-word surname, then by that surname alone
_RIDERS = (
    "Велогонщик признал допинг\n\n"
    "По словам велогонщика Лэнса Армстронга, он больше не будет оспаривать обвинения.\n\n"
    "Армстронг заявил, что устал от судов.\n\n"
    "Вице-президент федерации Клара Мартин Рейес заявила, что решение окончательное.\n\n"
    "«Мы уважаем его выбор», — сказала Мартин Рейес."
)


def test_one_name_in_two_forms_or_its_tail_is_one_person() -> None:
    from newsprism.attribution.names_ru import same_people

    assert same_people(["Олафа Бергер", "Олаф Бергер"]) == [(0, 1)]
    assert same_people(["Клара Мартин Рейес", "Мартин Рейес"]) == [(0, 1)]
    assert same_people(["Мария Алехина", "Алехиной"]) == [(0, 1)]
    assert same_people(["Иванов Пётр", "Пётр Иванов"]) == [(0, 1)]


def test_names_sharing_only_a_part_stay_two_people() -> None:
    from newsprism.attribution.names_ru import same_people

    assert same_people(["Ким Чен Ын", "Ким Чен Нам", "Ким"]) == []
    assert same_people(["Иван Иванов", "Анна Иванова", "Иванова"]) == []


def test_a_name_and_its_other_forms_are_one_speaker() -> None:
    article = attributed(_RIDERS, "ru")
    rider = {q.speaker for q in article.quotes if "оспаривать" in q.text or "судов" in q.text}
    assert len(rider) == 1 and None not in rider, [(q.text, q.speaker) for q in article.quotes]
    official = {q.speaker for q in article.quotes if "окончательное" in q.text or "выбор" in q.text}
    assert len(official) == 1 and None not in official, [
        (q.text, q.speaker) for q in article.quotes
    ]
