"""Scraped text, round 37: rules read off a page's own lines, each tested on pages we wrote
(invented places and people), in English and Russian; each rule's test fails on the round-36 code
(7d6b23a6); a guard ("stays") passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped

# A poll's results set inside the story: a label, the question, each answer with its share on the
# line under it, the number of votes; the story goes on under it with a heading.
_POLL_RESULTS_EN = """The Marshby Echo
News · Sport · What's On · Opinion
Ferry fares to rise by a fifth from January, operator confirms
Foot passengers will pay £6.20 each way after the council approved the increase
By Nell Ashworth
5 December 2026
Fares on the Marshby to Eastholme ferry will rise by almost 20% from January, the operator confirmed on Friday.
A single crossing for a foot passenger will cost £6.20, up from £5.20, and a car with its driver £24, up from £20.
Quick poll
Will you still use the ferry after the rise?
Yes, there is no other way across that makes sense
54%
Only at weekends
27%
No, I will drive round
19%
2,108 votes
What the operator says
The operator said fuel and crew wages had risen by more than a third since the last increase in 2023.
It said season tickets for residents would rise by 10% only, and that children under 12 would still travel free.
"""

_POLL_RESULTS_RU = """Вести Заречья
Новости · Общество · Спорт · Афиша
Проезд на пригородных автобусах подорожает с 1 января
Билет до областного центра будет стоить 180 рублей
Анна Кречетова
5 декабря 2026
С 1 января проезд на пригородных автобусах в Заречном районе подорожает в среднем на 15%, сообщили в районной администрации.
Билет до областного центра будет стоить 180 рублей вместо 155, до райцентра — 60 рублей вместо 52.
Опрос
Как вы будете ездить после подорожания?
Так же, на автобусе
41%
Буду чаще ездить на своей машине
33%
Попробую договориться с соседями
26%
Проголосовали 1 512 человек
Почему дорожает проезд
В администрации объяснили подорожание ростом цен на топливо и запчасти.
Льготы для пенсионеров и школьников сохранятся, добавили там.
"""

# Before anyone votes: a label, the question, the answers, a button and a second button.
_POLL_BUTTONS_EN = """The Marshby Echo
News · Sport · What's On · Opinion
Library to open on Sundays from the new year
The central library will open from 11am to 4pm every Sunday
By Nell Ashworth
5 December 2026
The central library in Marshby will open on Sundays from January, the council said on Thursday.
The extra day will be paid for by closing the mobile library's winter route, which fewer than twenty people used last year.
Poll
Would you use the library on a Sunday?
Yes, every week
Now and then
No
Vote
See results
Opening hours
The library will open from 11am to 4pm on Sundays and keep its weekday hours of 9am to 7pm.
Volunteers from the Friends of Marshby Library will run a children's reading hour every Sunday at noon.
"""


def _kinds(page: str) -> list[tuple[str, str]]:
    _, blocks, _ = extract_scraped(page)
    return [(b.kind, b.text if b.kind != "figure" else (b.caption or "")) for b in blocks]


def test_a_polls_results_label_and_buttons_leave_the_story() -> None:
    for page, label, heading, first in (
        (_POLL_RESULTS_EN, "Quick poll", "What the operator says", "The operator said"),
        (_POLL_RESULTS_RU, "Опрос", "Почему дорожает проезд", "В администрации"),
        (_POLL_BUTTONS_EN, "Poll", "Opening hours", "The library will open"),
    ):
        kinds = _kinds(page)
        lines = page.splitlines()
        poll = lines[lines.index(label) : lines.index(heading)]
        shown = {t for _, t in kinds} | {line for _, t in kinds for line in t.split("\n")}
        assert len(poll) >= 7 and not shown & set(poll), (shown & set(poll), kinds)
        # the story goes on under the poll: its heading, then its paragraphs
        at = kinds.index(("heading", heading))
        assert kinds[at + 1][0] == "paragraph" and kinds[at + 1][1].startswith(first)
        assert sum(kind == "paragraph" for kind, _ in kinds) == 5, kinds


def test_shares_in_the_story_make_no_poll() -> None:
    # guard: a question in the story and a line of shares is no poll without answers over them
    page = _POLL_RESULTS_EN.replace(
        "Quick poll\nWill you still use the ferry after the rise?\nYes, there is no other way "
        "across that makes sense\n54%\nOnly at weekends\n27%\nNo, I will drive round\n19%\n"
        "2,108 votes\n",
        "Will the rise keep passengers away?\nThe operator does not think so.\n",
    )
    kinds = _kinds(page)
    assert ("paragraph", "The operator does not think so.") in kinds, kinds


# A reader's-questions column: a disclaimer of advice and the note on how to write in, after the
# last answer.
_ADVICE_COLUMN_EN = """The Marshby Echo
News · Sport · Health · Money
Health
Ask the pharmacist: Can I take cold remedies with my blood pressure tablets?
Our pharmacist answers your questions on winter colds and on dry eyes
By Priya Lund
5 December 2026
I have a streaming cold and want to take one of the all-in-one remedies, but I am on tablets for high blood pressure. Is that safe?
Many all-in-one cold remedies contain a decongestant that can raise blood pressure, so they are best avoided if yours is treated. Paracetamol, steam and plenty of fluids are safer choices.
If your cold lasts longer than three weeks, or you have a high temperature that will not come down, speak to your GP.
Priya Lund cannot answer letters individually. Questions for the column can be sent to askthepharmacist@marshbyecho.co.uk.
This column is for general information and is not a substitute for advice from your own doctor or pharmacist.
© 2026 The Marshby Echo
"""

_ADVICE_COLUMN_RU = """Заречные вести
Новости · Общество · Здоровье · Деньги
Юрист отвечает: можно ли вернуть залог за съёмную квартиру, если хозяин тянет с ремонтом
Каждую неделю на вопросы читателей отвечает юрист Анна Кречетова
5 декабря 2026
Я снимаю квартиру уже год, хозяин обещал починить кран ещё летом, но так и не пришёл. Могу ли я съехать и потребовать залог обратно?
Да, если в договоре найма записано, что ремонт сантехники — обязанность хозяина. Направьте ему письменную претензию и дайте срок, например, десять дней.
Если срок прошёл, а кран не починен, вы вправе расторгнуть договор и требовать вернуть залог, в том числе через суд.
Пишите нам: 612000, г. Заречный, ул. Лесная, 4, редакция «Заречных вестей».
Ответы юриста носят справочный характер и не заменяют консультацию по конкретному делу.
© 2026 Заречные вести
"""


def test_an_advice_columns_disclaimer_and_write_in_note_leave_the_story() -> None:
    for page, last in (
        (_ADVICE_COLUMN_EN, "If your cold lasts"),
        (_ADVICE_COLUMN_RU, "Если срок прошёл"),
    ):
        kinds = _kinds(page)
        assert kinds[-1][0] == "paragraph" and kinds[-1][1].startswith(last), kinds


def test_a_story_that_reports_such_words_keeps_them() -> None:
    # guard: the same words reported by the story are its sentences
    page = _ADVICE_COLUMN_EN.replace(
        "If your cold lasts",
        "The pharmacists' association said online symptom checkers were not a substitute for "
        "advice from a pharmacist, and that its leaflet was for general information, the "
        "chairwoman added.\nIf your cold lasts",
    )
    kinds = _kinds(page)
    assert any(t.startswith("The pharmacists' association said") for _, t in kinds), kinds


# The site's name and its tagline over its menu on one line: the headline is under the menu.
_TAGLINE_EN = """Skip to content
FENLAND GROWER
The weekly for the farms of the Fens
News · Arable · Livestock · Machinery · Markets · Jobs
Subscribe
Arable
Potato growers count the cost of a wet harvest as stores fill with damaged crop
Growers in the Fens say up to a tenth of this year's potatoes have been lost to rot after weeks of rain in October.
The wettest October for twenty years left fields too soft for harvesters, and crops lifted late went into store wet.
By Ellen Rowe
"""

_TAGLINE_RU = """Газета выходит по средам · Подписной индекс П2210
Заозёрская правда
Общественно-политическая газета Заозёрского округа
Новости · Округ · Люди · Культура · Спорт · Объявления
Люди
05.12.2026
Фельдшер из Лукина проработала на одном участке сорок лет
В деревне Лукино проводили на пенсию фельдшера Валентину Кожину: она проработала в местном медпункте сорок лет.
За эти годы через её руки прошли почти все жители окрестных деревень, говорят в администрации округа.
"""


def test_a_sites_tagline_over_its_menu_is_no_headline() -> None:
    for page, title in (
        (_TAGLINE_EN, "Potato growers count the cost"),
        (_TAGLINE_RU, "Фельдшер из Лукина"),
    ):
        title_line, blocks, _ = extract_scraped(page)
        assert title_line is not None and title_line.startswith(title), title_line
        assert not any("газета" in b.text or "weekly" in b.text for b in blocks)
