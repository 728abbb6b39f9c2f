"""Scraped text, round 40: each rule tested on pages we wrote (invented places and people), in
English and Russian; each rule's test fails on the round-39 code (084f254c); a guard ("stays")
passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _texts(page: str) -> list[str]:
    _, blocks, _ = extract_scraped(page)
    return [b.text for b in blocks if b.kind != "figure"]


# -- a line or two of text among the page's chrome after the story ----------------------------

_EN_STORY = """Westbrook Herald
News
Sport
Business
Culture
Bridge repairs will close the Alder Street crossing for six weeks
By Carla Whitmore
Published 3 March 2026
The Alder Street bridge will close to all traffic from Monday while engineers replace two of its steel bearings, the county council said on Friday.
The work had been planned for the summer, but an inspection in January found that one bearing had cracked, and the council decided it could not wait.
Buses on routes 4 and 11 will be diverted over the Mill Lane crossing, adding about ten minutes to each journey at busy times, the operator said.
Shops on the east side of the bridge said they feared losing trade. "Half our customers walk over from the station," said Neil Ashby, who runs a bakery on Alder Street.
The council said pedestrians would still be able to cross on a temporary walkway on the north side of the bridge for most of the closure.
Share this article
Facebook
Email
Copy link
Our reporters follow the council's meetings every week. Corrections are listed on our standards page.
Most read
Trains cancelled after a landslip near Hollin Cross
Council tax to rise by 4.9% from April
© 2026 Westbrook Herald"""

_RU_STORY = """Вечерний Заречинск
Новости
Город
Спорт
На улице Садовой за лето заменят трубы теплосети
Автор: Ольга Миронова
12 мая 2026
На улице Садовой в Заречинске начинается замена магистральных труб теплосети, сообщили в городской администрации в пятницу.
Работы пройдут на участке длиной почти километр, от перекрёстка с улицей Ленина до школы № 4. Трубам больше сорока лет, и прошлой зимой на них было три аварии.
На время работ движение по Садовой ограничат, автобусы пойдут по улице Мира. Подрядчик обещает закончить до конца августа.
Жители соседних домов спрашивают, будет ли летом горячая вода. В теплосети ответили, что её отключат не больше чем на две недели.
Поделиться
ВКонтакте
Телеграм
Редакция благодарит читателей, которые прислали фотографии с места работ. Письма можно отправить на адрес редакции.
Читайте также
В парке Победы открыли новую детскую площадку
Мост через Сужу закроют на ремонт
© 2026 Вечерний Заречинск"""


def test_a_note_among_the_chrome_after_the_story_is_the_pages() -> None:
    en = _texts(_EN_STORY)
    assert en[-1].startswith("The council said pedestrians would still be able")
    assert not any(t.startswith("Our reporters follow") for t in en)
    ru = _texts(_RU_STORY)
    assert ru[-1].startswith("Жители соседних домов спрашивают")
    assert not any(t.startswith("Редакция благодарит") for t in ru)


def test_the_story_going_on_under_its_table_stays() -> None:
    # a table's rows are the story's furniture, not the page's chrome: the paragraph under
    # them goes on with the story
    page = _EN_STORY.replace(
        "Share this article",
        "Diversion times\tWeekday\tWeekend\nRoute 4\t+10 min\t+5 min\nRoute 11\t+12 min\t+6 min\n"
        "Drivers are asked to check the timetable before travelling during the closure.\n"
        "Share this article",
    ).replace(
        "Our reporters follow the council's meetings every week. Corrections are listed on our "
        "standards page.\n",
        "",
    )
    assert _texts(page)[-1].startswith("Drivers are asked to check the timetable")


def test_a_story_that_goes_on_at_length_past_the_chrome_stays() -> None:
    # an advertisement's two lines inside the story: the story goes on for paragraphs after it
    page = _EN_STORY.replace(
        "Shops on the east side",
        "Advertisement\nContinue reading below\nShops on the east side",
    )
    texts = _texts(page)
    assert any(t.startswith("Shops on the east side") for t in texts)
    assert any(t.startswith("The council said pedestrians") for t in texts)
