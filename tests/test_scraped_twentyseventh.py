"""Scraped text, round 27: rules read off what a page is, each tested on pages we wrote (invented
places and people), in English and Russian; each test fails on the round-26 code."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped

_GUIDE_EN = """Home
Guides
Energy
How to cut a winter heating bill in an old terraced house
By Tom Reyes
3 December 2026
On this page
Jump to section
Draughts first
Insulating the loft
Radiators and valves
Ask the reader panel
Our heating cost calculator
Old houses lose most of their heat through gaps nobody sees, and the cheapest fixes are usually the ones that stop cold air coming in before anything else is bought.
Draughts first
Start at the front door and the sash windows: a strip of brush seal and a letterbox flap cost less than a week of heating and pay back within the first cold month.
Insulating the loft
A loft with less than ten centimetres of wool loses heat through the ceiling all day; topping it up to twenty-seven centimetres is a weekend's work for two people.
Radiators and valves
Thermostatic valves let each room keep its own temperature, so the spare bedroom is not heated like the kitchen, and bleeding the radiators once a year keeps them hot at the top.
Share this guide
"""

_GUIDE_RU = """Главная
Советы
Дом
Как подготовить старый дом к зиме без больших трат
Автор: Ирина Волкова
3 декабря 2026
Содержание
Перейти к разделу
Сначала щели
Утепление чердака
Батареи и краны
Вопросы читателей
Калькулятор расходов на отопление
В старом доме больше всего тепла уходит через щели, которых никто не видит, и дешевле всего обходятся те работы, что останавливают холодный воздух у входа.
Сначала щели
Начните с входной двери и старых рам: уплотнитель и накладка на почтовую щель стоят меньше недели отопления и окупаются в первый же холодный месяц.
Утепление чердака
Если на чердаке меньше десяти сантиметров утеплителя, потолок отдаёт тепло весь день; довести слой до двадцати семи сантиметров можно за выходные вдвоём.
Батареи и краны
Терморегуляторы на батареях позволяют каждой комнате держать свою температуру, а спуск воздуха раз в год сохраняет батареи горячими доверху.
Поделиться
"""


def _headings(text: str) -> list[str]:
    _, blocks, _ = extract_scraped(text)
    return [b.text for b in blocks if b.kind == "heading"]


def test_contents_list_under_its_label_and_over_a_box_link_names_the_headings() -> None:
    # the run of short lines holds a label and a link to a box as well as the contents: the
    # contents are the stretch from the first entry that comes back to the last one
    assert _headings(_GUIDE_EN) == ["Draughts first", "Insulating the loft", "Radiators and valves"]
    assert _headings(_GUIDE_RU) == ["Сначала щели", "Утепление чердака", "Батареи и краны"]
