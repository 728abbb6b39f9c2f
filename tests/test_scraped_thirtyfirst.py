"""Scraped text, round 31: rules read off what a page is, each tested on pages we wrote (invented
places and people), in English and Russian; each test fails on the round-30 code (52509763)."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _blocks(text: str) -> list[tuple[str, str | None, str | None]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.caption if b.kind == "figure" else b.text, b.credit) for b in blocks]


# A wire story as an aggregator prints it: a file photo's two-sentence caption over the wire's
# bracketed credit, and the aggregator's "Story continues" between the paragraphs.
_WIRE_STORY = """Home
News
Sign in
Ferry operator suspends winter crossings to Skarvik island after hull damage
Lena Fosse
Tue, December 1, 2026 at 9:12 AM UTC · 2 min read
Share
FILE - A passenger ferry leaves the harbour at Skarvik, Norway, March 3, 2025. The island's 1,400 residents rely on the crossing for supplies and hospital visits.
(Northwind Press Photo/Per Aasen, File)
SKARVIK, Norway (NP) — The only ferry to Skarvik island will stop sailing for at least three weeks after divers found a crack in its hull, the operator said Monday.
The operator said a smaller boat would carry up to 40 passengers twice a day, but no cars or lorries, until the ferry returns from the shipyard in Bergen.
Story continues
Local officials said food deliveries would be brought over by a chartered landing craft on Wednesdays and Saturdays.
"We have been asking for a second vessel for ten years," the island's council leader, Tove Lien, told reporters.
View comments
"""


def test_a_wire_photo_credit_in_brackets_takes_its_long_caption() -> None:
    blocks = _blocks(_WIRE_STORY)
    assert blocks[0] == (
        "figure",
        "FILE - A passenger ferry leaves the harbour at Skarvik, Norway, March 3, 2025. The "
        "island's 1,400 residents rely on the crossing for supplies and hospital visits.",
        "(Northwind Press Photo/Per Aasen, File)",
    )


def test_story_continues_is_the_pages_button() -> None:
    assert not any(t == "Story continues" for _, t, _ in _blocks(_WIRE_STORY))
    assert sum(k == "heading" for k, _, _ in _blocks(_WIRE_STORY)) == 0


# A college athletics site: "Story By:" with the writer's office, link labels by the date line,
# an American date with a 12-hour clock, a sponsor's name under the story.
_RECAP = """Skip To Main Content
Eastfield Athletics
Schedule
Roster
News
Tickets
Men's Soccer
Varga's late header sends Eastfield into conference final
11/3/2026 8:15:00 PM
Story By: Tom Ashby, Athletics Communications
Box Score
Print Friendly Version
EASTFIELD, Ore. – Senior midfielder Luka Varga headed in a corner kick in the 86th minute as Eastfield beat Pine Ridge 2-1 in the conference semifinal on Tuesday night at Carver Field.
Pine Ridge had taken the lead in the 31st minute, and Eastfield equalised through a penalty by sophomore Dani Ortiz early in the second half.
"We kept believing," head coach Mark Ellery said. "The corner was something we had worked on all week."
Eastfield plays Coastal State in the final on Saturday at 1 p.m.
Men's Soccer Sponsors
Cascade Credit Union
Bennett Ford
Related News
Varga Named Player of the Week
"""


def test_story_by_with_an_office_and_no_authors_from_link_labels_or_sponsors() -> None:
    _, _, meta = extract_scraped(_RECAP)
    assert list(meta.authors) == ["Tom Ashby"]


def test_a_slashed_date_beside_a_twelve_hour_clock_is_month_first() -> None:
    _, _, meta = extract_scraped(_RECAP)
    assert meta.published == "2026-11-03"
    _, _, meta = extract_scraped(_RECAP.replace("11/3/2026 8:15:00 PM", "03/11/2026 20:15"))
    assert meta.published == "2026-11-03"  # (a 24-hour clock: day first, as before)


def _meta(text: str) -> object:
    return extract_scraped(text)[2]


# An explainer whose contents list its questions, printed again over each section; an editor's
# credit under the byline; a help box and the company's legal line after the story.
_EXPLAINER = """Skip to content
Moneywise
Bills
Benefits
Guides
Search
The parking permit rebate explained: who can claim and how
About 58,000 drivers in Norwick can claim back part of this year's residents' parking permit. Here is what the rebate is and how to get it.
Written by Sam Doyle
Edited by Ruth Pike
Updated 2 December 2026
In this guide
What is the rebate?
Who can claim?
How do I claim if I moved house this year?
What is the rebate?
It is a refund of £40 on every residents' permit bought between January and June, after the council admitted it had charged the wrong rate for six months.
The council says the money comes from its parking reserve and will not affect other services.
Who can claim?
Anyone who bought a residents' permit in the first half of the year can claim, including those whose permit has since run out. Businesses with trade permits are not included.
How do I claim if I moved house this year?
You can still claim, but you must give your new address and a copy of the permit. Refunds will be paid by bank transfer within 28 days of a claim.
Need help with your claim?
Call the council's permit line on 01603 555 210, Monday to Friday, 9am to 5pm.
Moneywise is a trading name of Moneywise Media Ltd, company number 09876543.
About us · Privacy · Contact
"""


def test_a_contents_box_of_questions_heads_the_sections_below() -> None:
    blocks = _blocks(_EXPLAINER)
    headings = [t for k, t, _ in blocks if k == "heading"]
    assert headings == [
        "What is the rebate?",
        "Who can claim?",
        "How do I claim if I moved house this year?",
    ]
    assert blocks[1] == ("heading", "What is the rebate?", None)  # (the lead, then the first)


def test_an_editor_credit_a_help_box_and_a_legal_line_are_not_the_story() -> None:
    texts = [t for _, t, _ in _blocks(_EXPLAINER)]
    assert "Edited by Ruth Pike" not in texts
    assert "Need help with your claim?" not in texts
    assert not any(t and t.startswith(("Call the council", "Moneywise is")) for t in texts)
    assert texts[-1] and texts[-1].startswith("You can still claim")


# A live page's list of key events, each a time and an entry's headline, over the pinned post.
_KEY_EVENTS = """Markets
LIVE
Markets live: Asian shares rise as oil falls; yen weakens
Joe Tanaka
Updated 10:02 GMT, 3 December 2026
Key events
09:55 Yen slides after central bank minutes
09:20 Oil drops below $70
08:40 Nikkei opens higher
Pinned
07:30 GMT
Good morning and welcome to our live coverage of the markets, with the central bank's minutes due at half past nine and oil under pressure after a weekly rise in stocks.
09:55 GMT
Yen slides after central bank minutes
The yen fell 0.6% against the dollar after the minutes showed only two board members wanted an early rate rise.
"""


def test_a_live_pages_key_events_are_no_standfirst() -> None:
    blocks = _blocks(_KEY_EVENTS)
    assert blocks[0][1] and blocks[0][1].startswith("Good morning and welcome")
    assert not any(t and t.startswith("09:55 Yen") for _, t, _ in blocks)


# A press release with its box of facts over the end mark, then notes to editors.
_RELEASE = """Newsroom
Press releases
Lighthouse keepers' logbooks go on show at the Maritime Archive
Published 1 December 2026
Logbooks kept by the keepers of Skerrow lighthouse between 1871 and 1968 go on public display for the first time next spring, the Maritime Archive announced today.
The 94 volumes record every ship that passed the rock, the weather at each watch and, in the keepers' own words, the storms that cut them off for weeks.
Archivist Nina Hale said: "These books are the only daily record of life on the rock. Reading them is like standing a watch with the keepers."
The archive will show twelve of the logbooks alongside the lighthouse's brass lens and photographs lent by keepers' families.
Exhibition details
Title: Keeping the Light
Dates: 3 March to 30 September 2027
Where: Gallery 2, Maritime Archive, Aberdour
Admission: Free
ENDS
Notes to editors
1. The Maritime Archive is an independent charity.
2. Images are available from the press office.
Media contact
Tom Reid, 01383 555 100
"""


def test_a_release_ends_at_its_end_mark_and_keeps_its_box_of_facts() -> None:
    blocks = _blocks(_RELEASE)
    assert blocks[-1] == (
        "list",
        "Title: Keeping the Light\nDates: 3 March to 30 September 2027\n"
        "Where: Gallery 2, Maritime Archive, Aberdour\nAdmission: Free",
        None,
    )
    assert not any(t in ("Exhibition details", "ENDS", "Notes to editors") for _, t, _ in blocks)


# A Russian live page's hosts, a poll after the story, a photographer named in the byline block.
_LIVE_RU = """Новости
Город
Ледяной дождь в Твери: обрывы проводов, отмена рейсов и закрытые школы
Трансляцию ведут: Олег Дымов, Анна Чернова
3 декабря 2026, 08:10
11:20
На окраинах города без света остаются около 4 тысяч домов, сообщили в энергокомпании. Бригады работают с пяти утра, к вечеру обещают подключить всех.
10:45
Из-за гололёда на трассе М-10 ограничили движение грузовиков, пробка у въезда в город растянулась на семь километров.
Как вы добираетесь до работы сегодня?
Пешком
На автобусе
На машине
Остался дома
Голосовать
Читайте также
В Твери открыли новый каток
"""

_PRICES_RU = """Город
Новогодняя ёлка в Вологде обошлась в 2,4 млн рублей
Текст: Ирина Котова
Фото: Павел Седов
4 декабря 2026 в 10:15
Мэрия Вологды опубликовала контракт на установку главной городской ёлки: 2,4 миллиона рублей за монтаж, гирлянды и охрану до конца января.
В прошлом году ёлка обошлась городу в 1,9 миллиона рублей. Подорожание в мэрии объяснили ценой гирлянд и тем, что охрану впервые наняли на весь срок.
"""


def test_live_page_hosts_are_its_authors_and_a_poll_is_chrome() -> None:
    assert list(_meta(_LIVE_RU).authors) == ["Олег Дымов", "Анна Чернова"]  # type: ignore[attr-defined]
    texts = [t for _, t, _ in _blocks(_LIVE_RU)]
    assert "Как вы добираетесь до работы сегодня?" not in texts
    assert texts[-1] and texts[-1].startswith("Из-за гололёда")


def test_a_photographer_named_between_the_byline_and_the_date_is_no_figure() -> None:
    blocks = _blocks(_PRICES_RU)
    assert not any(k == "figure" for k, _, _ in blocks)
    assert list(_meta(_PRICES_RU).authors) == ["Ирина Котова"]  # type: ignore[attr-defined]


# A machine-translated page's notice left in the original language (Finnish, Swedish).
def test_nordic_notices_name_the_service_and_their_language() -> None:
    from newsprism.extract.notices import find_translation_notice

    notice = find_translation_notice("Tämä sivu on käännetty automaattisesti Google Kääntäjällä.")
    assert notice is not None and (notice.service, notice.language) == ("Google Translate", "fi")
    notice = find_translation_notice("Artikeln har översatts automatiskt med DeepL.")
    assert notice is not None and (notice.service, notice.language) == ("DeepL", "sv")
    assert find_translation_notice("Google Translate is used by millions") is None


# A blog with numbered contents, the author in the post line's fields, a question over a list,
# and a section of fields at its end.
_BLOG_RU = """Выходные в дороге
Главная
Маршруты
Контакты
Зимний Углич за выходные: что посмотреть и сколько стоит
Опубликовано: 2 декабря 2026 · Автор: Ника Орлова · 5 комментариев
Содержание
1 День первый: кремль и набережная
2 День второй: музеи
3 Сколько стоила поездка
В Углич мы ехали впервые и боялись, что зимой там нечего делать. Оказалось, что музеи работают, а на набережной почти нет людей.
День первый: кремль и набережная
Начали с кремля: палаты царевича Дмитрия и церковь на Крови открыты каждый день, билет на всё стоит 700 рублей.
Что взять с собой:
• тёплую обувь;
• термос с чаем;
• наличные для рынка.
День второй: музеи
Во второй день обошли Музей гидроэнергетики и Музей кукол. На оба ушло около четырёх часов, дети не заскучали ни разу.
Сколько стоила поездка
Дорога: 2 400 рублей
Гостиница: 5 800 рублей
Еда: 4 100 рублей
Метки: Углич, зима
Поделиться
"""


def test_a_blogs_contents_fields_and_question_label() -> None:
    blocks = _blocks(_BLOG_RU)
    assert list(_meta(_BLOG_RU).authors) == ["Ника Орлова"]  # type: ignore[attr-defined]
    assert ("heading", "Что взять с собой:", None) in blocks
    assert blocks[-2:] == [
        ("heading", "Сколько стоила поездка", None),
        ("list", "Дорога: 2 400 рублей\nГостиница: 5 800 рублей\nЕда: 4 100 рублей", None),
    ]


# An interview's questions ask "you": all of them are the interviewer's turns, paragraphs, the
# short ones as the long one (an explainer's "Who can claim?" heads its section: see above).
_INTERVIEW = """Home
Local
Outdoors
"Most of our call-outs are walkers who set off too late"
By Tom Haskins
November 28, 2026
The Carrow Fell rescue team was called out 94 times this year, more than in any year since it was founded in 1971. Its leader, Jenny Marsh, has volunteered with it for nineteen years.
How did you start?
A friend of mine broke her ankle on Black Crag and the team carried her down in the dark. I joined the next spring.
What has changed since then?
The phones. People ring us from the top with a full battery and no idea where they are, because the map is on the phone and the phone has no signal.
Do you ever turn down a call-out?
Never. We go out to a sprained ankle as we go out to a fall.
The team is raising money for a second vehicle and holds an open day at its base in Thornby on December 12.
"""

# A court report in Russian: the verdict's box of facts under its label, between the date line
# and the first paragraph (the label is the page's frame around it, as the development golds of
# court reports drop it).
_VERDICT_RU = """Происшествия
Суд
Бывшего директора автобазы осудили за продажу исправных автобусов на металлолом
Ущерб превысил четыре миллиона рублей, установил суд.
Текст: Марина Сомова
3 декабря 2026, 14:20
РЕШЕНИЕ СУДА
Статья: мошенничество в особо крупном размере
Срок: четыре года колонии общего режима
Штраф: 500 тысяч рублей
Ленинский районный суд Твери признал бывшего директора муниципальной автобазы Игоря Васина виновным в мошенничестве.
По данным следствия, в 2023–2024 годах Васин продал как металлолом одиннадцать исправных автобусов, а деньги оставил себе.
"""


def test_an_interviews_questions_are_all_paragraphs() -> None:
    blocks = _blocks(_INTERVIEW)
    questions = [(k, t) for k, t, _ in blocks if t and t.endswith("?")]
    assert [k for k, _ in questions] == ["paragraph"] * 3


def test_a_box_of_fields_under_its_label_is_the_storys_list() -> None:
    blocks = _blocks(_VERDICT_RU)
    assert not any(t == "РЕШЕНИЕ СУДА" for _, t, _ in blocks)
    assert (
        "list",
        "Статья: мошенничество в особо крупном размере\nСрок: четыре года колонии общего режима"
        "\nШтраф: 500 тысяч рублей",
        None,
    ) in blocks
    assert blocks[-1][0] == "paragraph" and blocks[-1][1] is not None
    assert blocks[-1][1].startswith("По данным следствия")


# A court report's box of facts under its label, between the date line and the first paragraph.
_VERDICT = """News
Courts
Builder who took deposits for kitchens he never fitted is jailed
Fourteen families lost more than £90,000, a court heard.
By Owen Clarke, courts reporter
Published: 10:15, 3 December 2026
THE SENTENCE
Charge: fraud by false representation, fourteen counts
Plea: guilty
Sentence: three years and four months in prison
A builder who took deposits from fourteen families for kitchens he never fitted has been jailed for three years and four months at Exeter Crown Court.
The court heard that Mark Tolley, 44, of Crediton, took deposits of between £3,000 and £11,000 and then stopped answering calls.
"""


def test_a_labelled_box_of_fields_over_the_first_paragraph_is_the_storys_list() -> None:
    blocks = _blocks(_VERDICT)
    assert blocks[1] == (
        "list",
        "Charge: fraud by false representation, fourteen counts\nPlea: guilty\n"
        "Sentence: three years and four months in prison",
        None,
    )
    assert not any(t == "THE SENTENCE" for _, t, _ in blocks)
