"""Scraped text, round 32: rules read off what a line is, by its grammar where its shape cannot
tell, each tested on pages we wrote (invented places and people), in English and Russian; each
rule's test fails on the round-31 code (b1eb9b2d); a guard ("stays") passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _blocks(text: str) -> list[tuple[str, str | None, str | None]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.caption if b.kind == "figure" else b.text, b.credit) for b in blocks]


_BODY = """HALDEN, Ont. – Midfielder Rosa Iturbe scored twice in the second half as Halden beat Marrow Creek 3-1 on Saturday to reach the regional final for the first time since 2011.
Marrow Creek led at the break after a penalty, but Halden pressed higher after the restart and equalised within four minutes.
"We told them to stop waiting for the ball and go and get it," coach Ilse Brandt said."""

# A sports page: the title, its date line and byline, then the lead photo's caption (a line in
# the present: what the picture shows) on its credit — no standfirst.
_SPORTS_HEADER = """Halden Athletics
Schedule
News
Iturbe double sends Halden into first regional final in fifteen years
11/14/2026 6:02:00 PM
Story By: Owen Farrant, Athletics Communications
"""
_CAPTION_UNDER_BYLINE = f"""{_SPORTS_HEADER}Rosa Iturbe celebrates her second goal against Marrow Creek in the 71st minute.

Photo by Kasia Wendt
{_BODY}
"""

# The same header with a standfirst that reports (a verb in the past) over its photo's credit.
_STANDFIRST_UNDER_BYLINE = f"""{_SPORTS_HEADER}Halden came from a goal down and booked a place in the final against Pinecrest next weekend.
Photo by Kasia Wendt
{_BODY}
"""


def test_a_describing_line_under_the_byline_on_a_credit_is_the_photos_caption() -> None:
    assert _blocks(_CAPTION_UNDER_BYLINE)[0] == (
        "figure",
        "Rosa Iturbe celebrates her second goal against Marrow Creek in the 71st minute.",
        "Photo by Kasia Wendt",
    )


def test_a_reporting_line_under_the_byline_stays_the_standfirst() -> None:
    blocks = _blocks(_STANDFIRST_UNDER_BYLINE)
    assert blocks[0][0] == "paragraph" and blocks[0][1].startswith("Halden came from")
    assert blocks[1] == ("figure", None, "Photo by Kasia Wendt")


_OBITUARY_RU = """Главная
Общество
Некрологи
Умер создатель заречненского музея речного флота
Анна Ветлугина
3 декабря 2026, 18:05
Фёдор Лыков показывает школьникам модель парохода «Кострома», на котором он ходил механиком.

Фото: архив семьи Лыковых
Фёдор Лыков, основатель и первый директор музея речного флота в Заречном, умер на 88-м году жизни, сообщили в администрации города.
Музей он открыл в 1994 году в бывшем здании пристани, собрав первые экспонаты у знакомых капитанов и механиков.
Прощание пройдёт в субботу в Доме культуры речников.
"""


def test_a_caption_in_the_present_under_the_date_line_is_the_photos_caption_in_russian() -> None:
    assert _blocks(_OBITUARY_RU)[0] == (
        "figure",
        "Фёдор Лыков показывает школьникам модель парохода «Кострома», на котором он ходил механиком.",
        "Фото: архив семьи Лыковых",
    )


# A trade weekly's appointment story ending in a short interview whose questions address no one
# ("Why now?"): each question, one answer, the next question — an interview's turns.
_SHORT_INTERVIEW = """Harbour Freight Weekly
News
Ports
Torvik names new chief of its container terminal
December 2, 2026
Marit Solheim will run the Torvik container terminal from March, the port authority said on Tuesday, replacing Jens Aune, who retires after 14 years.
Solheim, 47, has managed the terminal's rail link since 2019 and led the switch to electric straddle carriers last year.
Four questions for Marit Solheim
Why take the job now?
The rail link is finished and runs without me. The terminal is at the start of the same change, and I want to be there for it.
What changes first for shipping lines?
Very little at the quay. The first change is in the booking system, which will give them a fixed slot two days ahead.
Will the terminal need fewer people?
No. Electric equipment needs other skills, not fewer people, and we will train our own drivers.
What is the hardest part?
The winter. Ice on the cranes stops work more often than any strike ever did.
Share this article
"""


def test_questions_each_over_one_answer_are_an_interviews_turns() -> None:
    blocks = _blocks(_SHORT_INTERVIEW)
    assert ("heading", "Four questions for Marit Solheim", None) in blocks
    for question in ("Why take the job now?", "Will the terminal need fewer people?"):
        assert ("paragraph", question, None) in blocks


# An explainer whose questions head sections of two paragraphs stays headed.
_EXPLAINER_RU = """Новости
Город
Что изменится в расписании автобусов с 1 января
4 декабря 2026
С нового года в Заречном меняется расписание пяти городских маршрутов, сообщили в администрации.
Какие маршруты изменятся?
Изменения коснутся маршрутов № 2, 5, 7, 11 и 14. На первых трёх интервал в час пик сократится до десяти минут.
На маршрутах № 11 и 14 последний рейс будет отправляться на полчаса позже, в 23:30.
Где посмотреть новое расписание?
Расписание уже опубликовано на сайте администрации и появится на остановках до 28 декабря.
В автобусах его раздадут в виде листовок.
Подорожает ли проезд?
Нет, стоимость поездки остаётся прежней — 38 рублей, по карте — 34 рубля.
Льготы для пенсионеров и школьников сохраняются.
"""


def test_questions_over_sections_of_several_paragraphs_stay_headings() -> None:
    blocks = _blocks(_EXPLAINER_RU)
    assert ("heading", "Где посмотреть новое расписание?", None) in blocks


# A colon label of several words over a list: a noun phrase names the list (a heading), a
# clause or a prepositional phrase runs on into it (the list's lead-in, a paragraph).
_LABELS_OVER_LISTS = """Village News
Parish
Bells ring again at St Brannoc's after forty years
December 4, 2026
The six bells of St Brannoc's, silent since the tower was found unsafe in 1986, were rehung last month after a three-year appeal raised £84,000.
The appeal was led by churchwarden Ann Treloar, who says the village "asked for its Sunday morning back".
Dates for your diary:
• Sunday 13 December, 3pm: service of blessing of the bells
• Christmas Eve, 11pm: the bells ring before Midnight Mass
• Tuesdays from January, 7.30pm: ringing practice for beginners
The largest gifts to the appeal came from:
• the Treloar family trust
• the Cornish Bellringers' Guild
• pupils of St Brannoc's School, who raised £1,200
The tower will be open to visitors on the first Saturday of every month.
"""


def test_a_noun_phrase_over_a_list_heads_it_and_a_clause_leads_into_it() -> None:
    blocks = _blocks(_LABELS_OVER_LISTS)
    assert ("heading", "Dates for your diary:", None) in blocks
    assert ("paragraph", "The largest gifts to the appeal came from:", None) in blocks


_LABELS_OVER_LISTS_RU = """Новости района
Общество
В Заречном откроют пункт приёма старой техники
2 декабря 2026
С 10 декабря в Заречном начнёт работать пункт приёма старой бытовой техники, сообщили в администрации округа.
Сдать технику можно бесплатно, а за крупные приборы жителям дадут скидку в магазинах-партнёрах.
Адреса пунктов приёма в районе:
• ул. Садовая, 14
• ул. Речная, 3
• пр. Мира, 41
В первую очередь принимают:
• холодильники и морозильные камеры
• стиральные машины
• телевизоры
Пункт будет работать ежедневно с 9:00 до 18:00.
"""


def test_a_noun_phrase_over_a_list_heads_it_in_russian() -> None:
    blocks = _blocks(_LABELS_OVER_LISTS_RU)
    assert ("heading", "Адреса пунктов приёма в районе:", None) in blocks
    assert ("paragraph", "В первую очередь принимают:", None) in blocks


# A box of fields under its label set into the story, some with a longer label or value than the field shape
# reads ("Lots offered on the day: 212"), and the writer's account under the byline.
_SALE = """The Dales Gazette
News
Auction of mill owner's pocket watch beats estimate fivefold
A watch kept in a kitchen drawer for fifty years drew bids from three continents at a Skipton saleroom.
By Peter Hallam
Reporter
@PHallamGazette
Published 3rd December 2026
A gold pocket watch that belonged to a Keighley mill owner sold for £21,000 at an auction in Skipton on Wednesday, five times its estimate.
The watch, engraved with the name of the mill and the date 1871, had been kept in a drawer by the owner's great-granddaughter.
"We knew it was a good watch, but nobody expected a room full of phones," said auctioneer Ruth Maddock. "When it passed ten thousand the whole saleroom went quiet."
The sale in numbers
Hammer price: £21,000
Estimate: £3,000-£4,000
Bidders: 5 (three by telephone)
Lots offered on the day: 212
Buyer's premium: 25% plus VAT
The buyer, a private collector from Leeds, asked not to be named.
The seller said the money would pay for a new roof on the family's farmhouse near Cononley.
"""


def test_a_run_of_fields_goes_on_through_longer_labels_read_by_their_grammar() -> None:
    blocks = _blocks(_SALE)
    assert (
        "list",
        "Hammer price: £21,000\nEstimate: £3,000-£4,000\nBidders: 5 (three by telephone)\n"
        "Lots offered on the day: 212\nBuyer's premium: 25% plus VAT",
        None,
    ) in blocks


def test_a_social_handle_alone_is_no_heading() -> None:
    assert not any("@PHallamGazette" in (t or "") for _, t, _ in _blocks(_SALE))


# A club's news post: "Posted by Name on date" under the headline, a line of fields parted by a
# middle dot over the photo, and a writer with a title of address.
_CLUB_POST = """Fife Chess Union
News
Events
Members
Home > News > County Championship 2026
Sandeman leads in Kirkcaldy with one round to go
Posted by Moira Lindsay on 28 November 2026
Round 6 of 7 · Adam Smith Theatre
Ross Sandeman (right) against Ailsa Fraser on top board.
Photo: Craig Low
Ross Sandeman beat Ailsa Fraser with the black pieces on Saturday to take a half-point lead into the last round of the county championship.
Fraser had the better of the opening, but a rook ending a pawn down proved too much after five hours of play.
"I was lost for most of the afternoon," Sandeman admitted. "Ailsa just ran short of time at the wrong moment."
"""


def test_posted_by_a_name_on_a_date_is_the_byline_and_dotted_fields_no_standfirst() -> None:
    _, blocks, meta = extract_scraped(_CLUB_POST)
    assert list(meta.authors) == ["Moira Lindsay"]
    assert meta.published == "2026-11-28"
    assert blocks[0].kind == "figure"


def test_a_title_of_address_is_no_part_of_the_writers_name() -> None:
    from newsprism.extract.scraped_meta import parse_byline

    assert parse_byline("By Dr Alison Reekie") == (["Alison Reekie"], None)


# A chart between paragraphs, its caption over a credit that names a chart, not a photo.
_CHART = f"""Weather
Why this autumn was the wettest in the Borders for forty years
December 1, 2026
{_BODY}
Rainfall at Galashiels each autumn since 1986, in millimetres.
Chart: The Border Courier / Met Office data
{_BODY}
"""


def test_a_charts_credit_takes_its_caption() -> None:
    assert (
        "figure",
        "Rainfall at Galashiels each autumn since 1986, in millimetres.",
        "Chart: The Border Courier / Met Office data",
    ) in _blocks(_CHART)


# An opinion piece ends on its own argument in the writer's "we" and "our": it stays the
# story's (review of round 32: a rule that took such lines for the site's policy is gone).
_OP_ED = f"""Local News
Opinion
The harbour ferry is worth every penny we spend on it
By Helen Gray
2 December 2026
{_BODY}
Our island needs a boat that runs in winter, and our county has the money to keep it running.
We can keep the ferry now or spend far more later on the roads that would replace it.
Share
"""

_OP_ED_RU = """Новости
Мнение
Паром нужен острову круглый год
Елена Серова
2 декабря 2026
Областная дума во вторник сократила на треть субсидию переправе через залив.
Жители острова пришли на заседание и выступили против сокращения до голосования.
Нашему острову нужен паром, который ходит и зимой, а у нашей области есть деньги на него.
Мы можем сохранить переправу сейчас или потом заплатить втрое больше за новую дорогу.
Поделиться
"""


def test_an_op_eds_closing_we_and_our_stay_the_story() -> None:
    texts = [t or "" for _, t, _ in _blocks(_OP_ED)]
    assert any("Our island needs a boat" in t for t in texts)
    assert any("We can keep the ferry now" in t for t in texts)
    texts_ru = [t or "" for _, t, _ in _blocks(_OP_ED_RU)]
    assert any("Нашему острову нужен паром" in t for t in texts_ru)
    assert any("Мы можем сохранить переправу" in t for t in texts_ru)


# A colon title that asks ("What the coaches said:") heads the quotes under it.
_COACHES = """Спорт
Хоккей
«Речные волки» вырвали победу в овертайме
3 декабря 2026
«Речные волки» обыграли «Северную звезду» со счётом 3:2 в овертайме и поднялись на шестое место в конференции.
Хозяева уступали две шайбы после второго периода, но в третьем сравняли счёт за четыре минуты.
Что сказали тренеры:
«Первые два периода мы играли в чужой хоккей. В перерыве просто договорились, что начнём бросать», — сказал главный тренер хозяев Олег Савин.
«Мы сами отдали эту игру, ошибки в концовке непростительны», — признал наставник гостей Игорь Лапин.
"""


def test_a_colon_title_that_asks_heads_the_quotes_under_it() -> None:
    assert ("heading", "Что сказали тренеры:", None) in _blocks(_COACHES)


# A standfirst in the present that gives someone's words over the lead photo's credit stays
# the first paragraph (review of round 32): a verb of saying with its clause reports.
_SAYS_STANDFIRST = """Valley Post
News
Quarry expansion goes to a public inquiry
By Owen Hale
2 December 2026
Farmers say the new pit will drain their wells, and the parish council wants the plan withdrawn.
Photo: Lena Moss
The county approved the expansion on Tuesday by six votes to five after a four-hour meeting.
Opponents said they would ask the minister to call the plan in.
"""

_SAYS_STANDFIRST_RU = """Районные вести
Новости
Расширение карьера обсудят на публичных слушаниях
Олег Хмелев
2 декабря 2026
Фермеры из трёх соседних сёл говорят, что новый карьер осушит их колодцы и пастбища, а сельсовет требует отозвать проект до конца года.
Фото: Лена Мосина
Областная комиссия во вторник одобрила расширение карьера шестью голосами против пяти.
Противники проекта заявили, что обратятся в прокуратуру.
"""


def test_a_present_standfirst_that_reports_words_is_no_caption() -> None:
    en = _blocks(_SAYS_STANDFIRST)
    assert en[0] == ("paragraph", _SAYS_STANDFIRST.splitlines()[5], None)
    assert not any(k == "figure" and c and "Farmers say" in c for k, c, _ in en)
    ru = _blocks(_SAYS_STANDFIRST_RU)
    assert ru[0] == ("paragraph", _SAYS_STANDFIRST_RU.splitlines()[5], None)
    assert not any(k == "figure" and c and "Фермеры говорят" in c for k, c, _ in ru)
