"""Scraped text, the twenty-ninth session's review: an outlet's name in quotation marks does not
keep its copyright footer in the story, and a live blog copied with a tab after each time is the
story, not a table. Pages we wrote (invented places and people), in English and Russian; each test
fails on the code before the fix."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _blocks(text: str) -> list[tuple[str, str]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.text) for b in blocks]


# The outlet's name in «» or "" on its footer line, the legal lines under it.
_OUTLET_FOOTER_RU = """Главная
Новости
В Озёрске открыли новый пешеходный мост через реку
2 декабря 2026, 14:30
В Озёрске открыли пешеходный мост через реку Светлую, который соединил старый город с новым микрорайоном.
Строительство обошлось городу в 84 миллиона рублей и заняло полтора года, сообщили в администрации.
Жители давно просили мост: раньше дорога до центра занимала у них почти сорок минут.
Сетевое издание «Городские новости». Все права защищены. 18+
Свидетельство о регистрации СМИ Эл № ФС77-00000 от 1 марта 2020 года.
Учредитель: ООО «Озёрская медиагруппа».
Адрес редакции: 456000, г. Озёрск, ул. Лесная, д. 5.
"""

_OUTLET_FOOTER_EN = """Home
News
Harbour wall repairs to close the east quay until spring
By Tom Penhallow
2 December 2026
The east quay at Porthwen will close from Monday while the harbour wall is rebuilt, the harbour board said.
Fishing boats will moor at the west quay instead, and the board has added twelve berths there for the winter.
The repairs will cost about £2.1 million, most of it from a coastal fund.
"Harbour Gazette" Ltd. All rights reserved.
Registered in England and Wales, company number 00000000.
Registered office: 4 Quay Street, Porthwen.
"""


def test_an_outlet_named_in_quotation_marks_on_its_footer_ends_the_story() -> None:
    for page, last, legal in (
        (_OUTLET_FOOTER_RU, "Жители давно просили мост", ("Свидетельство", "Учредитель", "Адрес")),
        (_OUTLET_FOOTER_EN, "The repairs will cost", ("Registered", "Registered office")),
    ):
        texts = [text for _, text in _blocks(page)]
        assert texts[-1].startswith(last)
        assert not any(t.startswith(legal) for t in texts)
        assert not any("rights reserved" in t or "права защищены" in t for t in texts)


# A live blog copied from a browser: a time, a tab, then the entry's sentences.
_LIVE_EN = (
    "Home\nNews\nWorld\nEstonian prime minister visits Kirkwall: as it happened\n"
    "By Isla Rendall\n4 December 2026\n"
    "Latest updates\n"
    "14:05\tThe Estonian prime minister arrived at Kirkwall airport for a visit of two days.\n"
    "14:40\tShe met the council's leader at the town hall and talked about ferry links.\n"
    "15:20\tThe two leaders visited the harbour, where a new wind turbine factory is planned.\n"
    "16:10\tA press conference is expected at the town hall later this afternoon.\n"
    "16:30\tThe visit is over.\n"
    "16:45\tHer plane has left.\n"
    "Share this article\n© 2026 Orkney Ledger\n"
)

_LIVE_RU = (
    "Главная\nНовости\nСаммит в Приморске: онлайн-трансляция\n4 декабря 2026\n"
    "Последние новости\n"
    "10:00\tДелегации начали съезжаться к зданию администрации Приморска рано утром.\n"
    "10:45\tГубернатор открыл заседание и напомнил о планах построить новый порт.\n"
    "11:30\tУчастники обсуждают, кто заплатит за ремонт дороги вдоль побережья.\n"
    "12:10\tЗаседание закончилось.\n"
    "12:20\tГубернатор уехал в порт.\n"
    "Поделиться\n© 2026 «Приморские вести»\n"
)

# A live blog's short entries are sentences (a capital, a stop), not cells; a real table's
# cells are short and no sentence ("6 p.m." ends with a stop but opens with a figure), so it is
# still the page's.
_TABLE_EN = (
    "Home\nNews\nFerry timetable changes from January\nBy Isla Rendall\n4 December 2026\n"
    "The ferry company will run fewer winter crossings to the north isles from January, it said.\n"
    "Winter crossings\n"
    "Route\tBefore\tFrom January\tLast sailing\n"
    "Kirkwall – Stronsay\t12 a week\t9 a week\t6 p.m.\n"
    "Kirkwall – Sanday\t10 a week\t8 a week\t5.30 p.m.\n"
    "Source: ferry company\n"
    "Islanders said they would ask the council to pay for the missing crossings.\n"
    "Share this article\n© 2026 Orkney Ledger\n"
)


def test_a_live_blog_copied_with_tabs_after_its_times_is_the_story() -> None:
    for page, entries in (
        (_LIVE_EN, ("The Estonian prime minister arrived", "Her plane has left.")),
        (_LIVE_RU, ("Делегации начали", "Губернатор уехал в порт.")),
    ):
        texts = " ".join(text for _, text in _blocks(page))
        for entry in entries:
            assert entry in texts
    texts = [text for _, text in _blocks(_TABLE_EN)]
    assert not any("Stronsay" in t or t.startswith(("Route", "Source:")) for t in texts)
    assert texts[-1].startswith("Islanders said")
