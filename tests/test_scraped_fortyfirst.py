"""Scraped text, round 41: each rule tested on pages we wrote (invented places and people), in
English and Russian; each rule's test fails on the round-40 code (313f6cbe); a guard ("stays")
passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _blocks(page: str) -> list[tuple[str, str]]:
    _, blocks, _ = extract_scraped(page)
    return [(b.kind, b.text) for b in blocks if b.kind != "figure"]


# -- a numbered section heading that completes the sequence, whatever opens its section -------

_RU_NUMBERED = """Городские вести
Новости
Экономика
Общество
Тарифы на проезд в Заречинске вырастут с февраля: что нужно знать
Городская дума утвердила новую стоимость поездки в автобусах и трамваях
Ирина Волкова
12 января 2027, 10:40
Городская дума Заречинска в четверг утвердила повышение стоимости проезда в общественном транспорте с 1 февраля. Решение поддержали 21 депутат из 30.
1. Что изменится
Разовая поездка по банковской карте будет стоить 46 рублей вместо 42, а наличными — 55 рублей вместо 50. Стоимость месячного проездного вырастет до 2 300 рублей.
Льготные проездные для пенсионеров и школьников подорожают меньше: на 5% в год, как и в прошлые годы.
2. Как будут меняться цены
Департамент транспорта приводит такой расчёт:
Год	Карта	Наличные
2027	46	55
2028	48	58
2029	50	60
По словам директора департамента Олега Сомова, повышение нужно, чтобы закупить 40 новых автобусов и отремонтировать трамвайные пути на улице Ленина.
3. Кто был против
Против голосовали девять депутатов. Они предлагали отложить повышение до лета и сначала опубликовать расходы перевозчика за прошлый год.
4. Что дальше
Новые тарифы начнут действовать 1 февраля. Старые проездные на январь будут принимать до 5 февраля включительно.
Поделиться
ВКонтакте
Телеграм
© 2027 Городские вести"""


def test_a_numbered_heading_over_a_lead_in_and_a_table_completes_the_sequence() -> None:
    blocks = _blocks(_RU_NUMBERED)
    headings = [text for kind, text in blocks if kind == "heading"]
    assert headings == [
        "1. Что изменится",
        "2. Как будут меняться цены",
        "3. Кто был против",
        "4. Что дальше",
    ]
    assert not any(kind == "list" and "Как будут меняться цены" in text for kind, text in blocks)


_EN_NUMBERED = """Riverside Courier
Home
Local
Schools
Five things parents need to know about the new school bus timetable
By Daniel Price
Published 9 January 2027
The county's new school bus timetable starts on Monday, with earlier pick-ups on most rural routes and two routes merged, the council said.
1. Pick-ups are earlier
Most buses on rural routes will now leave their first stop between ten and fifteen minutes earlier than last term, so that they reach the schools before the morning traffic builds up in town.
2. Two routes become one
New times on the merged route:
Stop	Old time	New time
Hollow Lane	7:45	7:35
Church Green	7:55	7:48
3. Passes stay the same
Parents do not need new passes: the ones issued in September will work on every route until the summer.
Share this article
Facebook
Email
© 2027 Riverside Courier"""


def test_the_sequence_fills_its_gap_in_english_too() -> None:
    headings = [text for kind, text in _blocks(_EN_NUMBERED) if kind == "heading"]
    assert headings == [
        "1. Pick-ups are earlier",
        "2. Two routes become one",
        "3. Passes stay the same",
    ]


_EN_LIST_AFTER_SECTIONS = """Riverside Courier
Home
Local
How to take part in the spring clean of the river banks
By Daniel Price
Published 9 March 2027
Volunteers are wanted for the spring clean of the Wend's banks on Saturday, the river trust said on Monday.
1. Where to meet
Volunteers should meet at the boathouse on Quay Street at 9am, where the trust will hand out gloves, bags and litter pickers to everyone who has signed up.
2. What to bring
Bring boots that can get wet, a packed lunch and a flask, as the nearest café will be closed for the morning of the event.
What the trust asks of volunteers:
1. Stay on the path side of the railings
2. Leave glass and needles for the wardens
3. Sign out at the boathouse when you leave
The trust said it hoped to fill two skips, as it did last year.
Share this article
© 2027 Riverside Courier"""


def test_a_numbered_list_after_the_sections_stays_a_list() -> None:
    blocks = _blocks(_EN_LIST_AFTER_SECTIONS)
    headings = [text for kind, text in blocks if kind == "heading"]
    assert "1. Stay on the path side of the railings" not in headings
    assert "3. Sign out at the boathouse when you leave" not in headings
    assert any(kind == "list" and "Sign out at the boathouse" in text for kind, text in blocks)


# -- a gallery's counter printed on the caption's line ---------------------------------------

_EN_GALLERY = """Coastline Post
News
Weather
Storm brings down power lines across the Rother valley
By Leah Morton
Published 4 February 2027
Thousands of homes in the Rother valley were left without power overnight after gusts of up to 70mph brought down lines and trees, the network operator said.
Engineers had reconnected about half of the homes by Sunday morning, and the operator said it expected the rest to have power back by the evening.
A resident of Northbridge, Colin Ward, said a tree had fallen across his drive. "We heard it go at about two in the morning," he said.
1/6 Fallen trees on the B2087 near Northbridge.
Photo: Coastline Post
2/6 Engineers repair a line near Robertsbridge.
Photo: Coastline Post
The council said its teams would clear the roads that were still blocked by the end of Monday.
Share this article
© 2027 Coastline Post"""


def test_a_gallerys_counter_leaves_the_caption() -> None:
    _, blocks, _ = extract_scraped(_EN_GALLERY)
    captions = [b.caption for b in blocks if b.kind == "figure"]
    assert captions == [
        "Fallen trees on the B2087 near Northbridge.",
        "Engineers repair a line near Robertsbridge.",
    ]


_RU_COUNT_IN_CAPTION = """Вечерний Заречинск
Новости
В Заречинске открыли новый детский сад
Ирина Волкова
12 января 2027, 10:40
В микрорайоне Северный открыли детский сад на 240 мест, сообщили в администрации города. Строительство заняло полтора года.
3 из 4 групп уже набраны.
Фото: администрация Заречинска
Запись в оставшуюся группу продлится до конца месяца, родители могут подать заявление через портал госуслуг.
© 2027 Вечерний Заречинск"""


def test_a_caption_that_counts_in_lower_case_keeps_its_count() -> None:
    _, blocks, _ = extract_scraped(_RU_COUNT_IN_CAPTION)
    captions = [b.caption for b in blocks if b.kind == "figure"]
    assert captions == ["3 из 4 групп уже набраны."]


_EN_LONE_NUMBERED_CAPTIONS = """Harbour Gazette
News
Visitors return to the memorial garden after its restoration
By Ann Price
Published 3 March 2027
The memorial garden reopened on Saturday after a year of restoration work, the city said.
More than 2,000 people visited on the first day, according to the garden's trust.
9/11 Memorial visitors leave flowers at the garden's north gate.
Photo: Harbour Gazette
The trust said it would keep the garden open until nine in the evening through the summer.
1 of 3 Britons now work from home at least once a week, a survey found.
Photo: Harbour Gazette
© 2027 Harbour Gazette"""


def test_a_caption_that_begins_with_its_own_number_keeps_it() -> None:
    # one caption alone is no gallery: "9/11" and "1 of 3" are what the captions say
    _, blocks, _ = extract_scraped(_EN_LONE_NUMBERED_CAPTIONS)
    captions = [b.caption or "" for b in blocks if b.kind == "figure"]
    assert any(c.startswith("9/11 Memorial") for c in captions), captions
    assert not any(c.startswith("Memorial visitors") for c in captions), captions
    assert not any(c.startswith("Britons now") for c in captions), captions
