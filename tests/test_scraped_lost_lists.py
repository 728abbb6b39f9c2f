"""Scraped text, round 28 (follow-up): a list whose bullets were lost in the copy is the story's
when it stands in the story's middle and speaks of what the story does, whatever its case, and
when the headings the page prints twice (in its contents, over each product's list) stand
around it.  Pages we wrote (invented products, places and people); each test fails on the code
before this change, which read such lists as the page's links and dropped them."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped

# A buyer's guide: a contents list names its sections, which come back over each kettle's text;
# each kettle's features are a list in title case between its paragraphs, under the heading the
# contents printed first.  A box of other stories' headlines is set into the last section.
_GUIDE_EN = """Home
Reviews
The best travel kettles we tested this winter
By Marta Ellison
2 December 2026
Contents
Why a travel kettle
Key Features
What We Did Not Like
We boiled water in nine folding and compact kettles over three weeks, in hotel rooms, a campervan and a cold garden shed, to find the ones worth packing.
The Pellham Fold 600 was the kettle we reached for most often: it folds flat into a washbag, boils half a litre in under three minutes and has survived two drops onto a tiled floor.
Why a travel kettle
A hotel room rarely has a kettle you would trust, and a folding one weighs less than a paperback. The Pellham Fold 600 is the lightest we tried that still boils a full mug for two.
Key Features
Silicone Walls That Fold Flat Into A Washbag
Dual Voltage Switch For Travel Abroad
Boils Water For Two Mugs In Three Minutes
Automatic Shut-Off When The Kettle Boils Dry
The silicone walls kept their shape after forty folds, and the dual voltage switch worked on both sockets we tried abroad. The shut-off cut the power within seconds when we let it boil dry on purpose, which is what you want from a kettle you leave alone in a hotel room.
What We Did Not Like
The lid rattles when the water boils, and the cord is short: in two of the hotel rooms we had to boil the kettle on the floor beside the socket. The folding walls also hold a faint taste of silicone for the first few uses, which faded after we boiled vinegar and water in it twice.
At its price the Pellham Fold 600 is still the kettle we would pack, ahead of the heavier steel models that boil faster but fill half a suitcase and cost twice as much to post home.
"""

_GUIDE_RU = """Главная
Обзоры
Лучшие дорожные чайники этой зимы
Автор: Андрей Светлов
2 декабря 2026
Содержание
Зачем нужен дорожный чайник
Главные Особенности
Что Нам Не Понравилось
Мы три недели кипятили воду в девяти складных и компактных чайниках — в гостиницах, в доме на колёсах и в холодном садовом сарае, чтобы найти те, что стоит брать в дорогу.
Чаще всего мы брали складной чайник Ракита 600: он складывается в косметичку, кипятит пол-литра воды меньше чем за три минуты и пережил два падения на кафельный пол.
Зачем нужен дорожный чайник
В гостиничном номере редко найдётся чайник, которому можно доверять, а складной весит меньше книги. Ракита 600 легче всех, что мы пробовали, и всё же кипятит полную кружку для двоих.
Главные Особенности
Силиконовые Стенки Складываются В Косметичку
Переключатель Напряжения Для Поездок За Границу
Кипятит Воду На Две Кружки За Три Минуты
Автоматическое Отключение Без Воды
Силиконовые стенки не потеряли форму после сорока складываний, а переключатель напряжения работал с обеими розетками за границей. Отключение срабатывало за секунды, когда мы нарочно оставляли чайник без воды, а это важно для чайника, который остаётся один в номере.
Что Нам Не Понравилось
Крышка дребезжит, когда вода кипит, а шнур короткий: в двух гостиницах чайник пришлось ставить на пол у розетки. Первые несколько раз складные стенки отдают силиконом, но запах прошёл после того, как мы дважды вскипятили в нём воду с уксусом.
За свою цену Ракита 600 — всё ещё тот чайник, который мы возьмём с собой, а не тяжёлые стальные модели, которые кипятят быстрее, но занимают половину чемодана и стоят вдвое дороже.
"""


def _items(text: str) -> list[str]:
    _, blocks, _ = extract_scraped(text)
    return [item for b in blocks if b.kind == "list" for item in b.text.split("\n")]


def test_a_title_case_list_under_a_heading_the_contents_print_is_kept_english() -> None:
    items = _items(_GUIDE_EN)
    assert "Dual Voltage Switch For Travel Abroad" in items
    assert "Automatic Shut-Off When The Kettle Boils Dry" in items
    assert len(items) == 4


def test_a_title_case_list_under_a_heading_the_contents_print_is_kept_russian() -> None:
    items = _items(_GUIDE_RU)
    assert "Переключатель Напряжения Для Поездок За Границу" in items
    assert "Автоматическое Отключение Без Воды" in items
    assert len(items) == 4


# A story with a box of other stories' headlines set into it, in sentence case and title case:
# the box names things the story does not, and stays the page's.
_STORY_WITH_BOX = """Home
News
Harbour ferry timetable changes from Monday
By Lena Ortsby
3 December 2026
The harbour ferry between Wexholm and the island will run every forty minutes instead of every half hour from Monday, the operator said, because one of its two boats needs a new engine.
The operator said the older boat would be out of service for about six weeks while the engine is replaced at the yard in Storvik, and that the last crossing of the evening would not change.
Commuters who use the seven o'clock crossing said the gap would make them late for the first train on the mainland.
More From The Region
Plans Approved For A New Cycle Lane Along Mill Road In Spring
Detectives Appeal For Witnesses After Break-In At Village Bakery Overnight
Primary School Choir Wins Regional Singing Prize For The Third Year
The operator said it would add a crossing at ten past seven on weekdays to meet the first train, and would refund season tickets for the weeks of the reduced timetable to anyone who asks at the harbour office.
Islanders have asked the council for a second operator since the ferry last broke down two winters ago, when the crossing stopped for nine days and the island's school closed for the week.
A council spokesman said the request would be discussed at its January meeting, together with a plan to pay for a spare engine kept at the yard so that a repair never takes a boat away for weeks again.
"""


def test_a_box_of_other_stories_headlines_inside_the_story_stays_the_page_s() -> None:
    _, blocks, _ = extract_scraped(_STORY_WITH_BOX)
    text = "\n".join(b.text for b in blocks if b.text)
    assert "New Cycle Lane Along Mill Road" not in text
    assert "School Choir Wins" not in text
    assert "refund season tickets" in text
