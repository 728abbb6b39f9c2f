"""Scraped text, round 30: rules read off what a page is, each tested on pages we wrote (invented
places and people), in English and Russian; each test fails on the round-29 code."""

from __future__ import annotations

import sys
from pathlib import Path

from newsprism.extract.scraped import extract_scraped

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


def _blocks(text: str) -> list[tuple[str, str | None, str | None]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.caption if b.kind == "figure" else b.text, b.credit) for b in blocks]


# A paragraph of several sentences with a photo's credit under it: the photo has no caption,
# the paragraph stays the story's.
_CREDIT_UNDER_A_PARAGRAPH_EN = """Home
Garden
Why I finally bought a heated propagator
By Ellen Marsh
2 December 2026
Every spring my seedlings sulk on the windowsill for a month before they do anything at all.
This year I gave in and bought a heated propagator, the kind with a clear lid and a thermostat. It cost £38 and sits on the bookcase by the radiator. The chillies came up in nine days instead of three weeks.
Photo: Ellen Marsh
What I would do differently
I would buy the bigger one. The small tray holds only twenty modules and they filled up in a week.
"""

_CREDIT_UNDER_A_PARAGRAPH_RU = """Главная
Дача
Зачем я купила подогреваемый мини-парник
Автор: Вера Лыкова
2 декабря 2026
Каждую весну рассада месяц стоит на подоконнике и не растёт.
В этом году я сдалась и купила мини-парник с подогревом, прозрачной крышкой и термостатом. Он стоил 2 900 рублей и стоит на полке у батареи. Перец взошёл за девять дней вместо трёх недель.
Фото: Вера Лыкова
Что бы я сделала иначе
Купила бы парник побольше. В маленький лоток помещается всего двадцать ячеек, и они заполнились за неделю.
"""


def test_a_credit_under_a_paragraph_of_several_sentences_is_a_photo_without_a_caption() -> None:
    blocks = _blocks(_CREDIT_UNDER_A_PARAGRAPH_EN)
    assert ("figure", None, "Photo: Ellen Marsh") in blocks
    assert any(k == "paragraph" and t and t.startswith("This year I gave in") for k, t, _ in blocks)
    blocks = _blocks(_CREDIT_UNDER_A_PARAGRAPH_RU)
    assert ("figure", None, "Фото: Вера Лыкова") in blocks
    assert any(k == "paragraph" and t and t.startswith("В этом году я") for k, t, _ in blocks)


# A wire photo's credit with the licensing button copied onto its line, and a blog's post line.
_WIRE_CREDIT = """Markets
Baltic ferry operator cuts winter sailings as fuel costs bite
Posted on December 3, 2026 by Marta Kalnina
A Baltic Star ferry leaves the port of Liepaja, Latvia, November 2, 2026.
Tidewire/Janis Ozols/File Photo Purchase Licensing Rights
RIGA, Dec 3 (Tidewire) - Baltic Star will run two sailings a week instead of five between Liepaja and Travemunde from January, the operator said on Thursday, blaming fuel costs.
The company said the summer timetable would return in April.
"""


def test_a_wire_credit_with_its_licensing_button_and_a_blog_s_post_line() -> None:
    _, blocks, meta = extract_scraped(_WIRE_CREDIT)
    figures = [b for b in blocks if b.kind == "figure"]
    assert len(figures) == 1
    assert figures[0].caption is not None and figures[0].caption.startswith("A Baltic Star ferry")
    assert list(meta.authors) == ["Marta Kalnina"]
    assert meta.published == "2026-12-03"
    assert not any(b.text.startswith("Posted on") for b in blocks if b.kind == "paragraph")


# A slider's counter ("Карточка 1 из 5"), a comment counter with a colon and a Portuguese "read
# also" link a machine translation kept: the page's, not headings or paragraphs of the story.
_CARDS_RU = """Новости
Что изменится с переходом на электронные пропуска
Автор: Дарья Клюева
5 декабря 2026
С 1 января пропуск на территорию завода будет только электронным. Разбираемся, что это значит для работников.
Комментарии: 12
Карточка 1 из 3
Что меняется?
Бумажные пропуска перестанут действовать 31 декабря. Новый пропуск будет в приложении на телефоне.
Карточка 2 из 3
Что делать без смартфона?
Работникам без смартфона выдадут пластиковую карту в отделе кадров до 25 декабря.
"""

_MT_EN = """News
Hail damages vineyards in the Serra Verde valley
Translated by Google
Hail that fell on Tuesday afternoon damaged vineyards in at least twelve properties of the Serra Verde valley, according to the growers' association.
Leia também: Colheita da uva deve começar mais cedo em 2027
The most affected are the early varieties. The association will ask the state for credit at lower interest.
"""


def test_slider_counters_comment_counts_and_foreign_read_also_links_are_the_page_s() -> None:
    blocks = _blocks(_CARDS_RU)
    texts = [t for _, t, _ in blocks]
    assert "Карточка 1 из 3" not in texts and "Карточка 2 из 3" not in texts
    assert "Комментарии: 12" not in texts
    assert ("heading", "Что меняется?", None) in blocks
    blocks = _blocks(_MT_EN)
    assert not any(t and t.startswith("Leia também") for _, t, _ in blocks)
    assert sum(k == "paragraph" for k, _, _ in blocks) == 2


def test_the_benchmark_copies_a_table_row_as_one_line_of_tab_parted_cells() -> None:
    from scraped_text import copied_text

    page = (
        "<html><body><p>Standings after round 9.</p><table>"
        "<tr><th>Club</th><th>Points</th></tr>"
        "<tr><td>Harbour\tTown</td><td> 21 </td></tr>"
        "<tr><td></td><td>19</td></tr></table><p>Next round on Saturday.</p></body></html>"
    )
    assert copied_text(page).split("\n") == [
        "Standings after round 9.",
        "Club\tPoints",
        "Harbour Town\t21",
        "\t19",
        "Next round on Saturday.",
    ]


# The site asks its reader to write, call or join it under the story, with the box's label
# above: the page's.  A story's own last line quoting an appeal stays.
_INVITATION_EN = """Home
Local
Recall: chicken pies sold at Fenwick's stores may contain plastic
By Sam Hollis
4 December 2026
Fenwick's is recalling its 400g chicken and leek pies because some may contain small pieces of blue plastic.
The supermarket said the affected packs carry the use-by date 12 December 2026.
"If you bought one, bring it back and we will refund you," a spokeswoman said.
Need help?
Call our Customer Care team free on 0800 555 0144, 8am to 8pm, seven days a week.
"""

_INVITATION_RU = """Главная
Общество
В Заречном закроют на ремонт бассейн «Волна»
Автор: Ольга Мезенцева
4 декабря 2026
Бассейн «Волна» закроется на ремонт с 15 декабря до конца марта: за тридцать лет чашу ни разу не меняли, а вентиляция не справляется с нагрузкой.
В администрации обещают заменить чашу, трубы и вентиляцию, а заодно сделать отдельный вход для маломобильных посетителей. Подрядчика выбрали на аукционе в ноябре.
Абонементы продлят на время ремонта, сообщили в дирекции бассейна. Секции плавания на три месяца переедут в бассейн спортшколы «Олимп».
Есть вопрос к администрации? Пишите в наш бот в Telegram — ответим в следующем материале.
"""


def test_the_site_s_invitation_to_write_under_the_story_is_the_page_s() -> None:
    blocks = _blocks(_INVITATION_EN)
    texts = [t or "" for _, t, _ in blocks]
    assert not any(t.startswith("Call our Customer Care") for t in texts)
    assert "Need help?" not in texts
    assert any(t.startswith('"If you bought one') for t in texts)  # a quoted appeal stays
    blocks = _blocks(_INVITATION_RU)
    texts = [t or "" for _, t, _ in blocks]
    assert not any(t.startswith("Есть вопрос") for t in texts)
    assert texts[-1].startswith("Абонементы продлят")


# A sign-up box set into the story: its validation message and its consent note are the page's.
_SIGN_UP_BOX = """News
Boy pulled from frozen canal by passing dog walker
By Leanne Pyatt
3 December 2026
A ten-year-old boy was pulled from the Leeds and Liverpool Canal on Tuesday after the ice he was walking on gave way near Blackburn.
A dog walker heard him shout and lay flat on the towpath to reach him with a branch, police said.
Invalid email
We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. You can unsubscribe at any time.
Paramedics treated the boy for hypothermia at the scene before taking him to hospital as a precaution.
"""


def test_a_sign_up_box_s_validation_message_and_consent_note_are_the_page_s() -> None:
    texts = [t or "" for _, t, _ in _blocks(_SIGN_UP_BOX)]
    assert "Invalid email" not in texts
    assert not any(t.startswith("We use your sign-up") for t in texts)
    assert texts[-1].startswith("Paramedics treated the boy")


# Date lines in more shapes: a Portuguese page's "às 09h40 - Atualizado em …" (kept by a
# machine translation), a US station's "at 5:48 PM CST | Updated: 1 hour ago".
_DATES = [
    ("05/12/2026 às 09h40 - Atualizado em 05/12/2026 às 11h15", "2026-12-05"),
    ("Published: Nov. 24, 2026 at 5:48 PM CST | Updated: 1 hour ago", "2026-11-24"),
]


def test_date_lines_with_an_hour_in_h_and_a_us_time_zone() -> None:
    for line, iso in _DATES:
        page = (
            "News\nFrost closes three mountain roads in the Serra Verde overnight\n"
            f"{line}\n"
            "Three mountain roads in the Serra Verde were closed overnight after frost covered "
            "them with ice, the state highway police said on Friday morning.\n"
            "The roads are expected to reopen by noon, when temperatures rise above zero.\n"
        )
        _, _, meta = extract_scraped(page)
        assert meta.published == iso, line


# A page's source line under the lead, and a sign-up box's e-mail field: the page's.
_SOURCE_RU = """Главная
Туризм
Ледовый городок в Харбине откроется 20 декабря
В этом году площадь парка впервые превысит один миллион квадратных метров, для строительства использовано 400 тысяч кубометров льда и снега.
Источник: Харбинская вечерняя газета
Строители работают в три смены, чтобы успеть к открытию. Главную башню высотой 43 метра собирают из блоков льда, вырезанных на реке Сунгари.
Билеты на первую неделю уже распроданы, сообщили в дирекции парка.
Enter your email
Вход в парк для детей до 1,2 метра бесплатный.
"""


def test_a_source_line_and_an_e_mail_field_are_the_page_s() -> None:
    texts = [t or "" for _, t, _ in _blocks(_SOURCE_RU)]
    assert not any(t.startswith("Источник:") for t in texts)
    assert "Enter your email" not in texts
    assert texts[-1].startswith("Вход в парк")


# A TV station's picture credited with its call sign in brackets under the caption, and a
# story's cards counted under a photo's credit: each credit is a photo's, with its caption.
_STATION = """Skip to content
Local News
Crews close Mill Street bridge for three weeks of repairs
By Dana Ruiz
Published: Nov. 30, 2026 at 4:10 PM CST
Barriers block the Mill Street bridge over the Tallow River in Dorrance.
(KTVW)
DORRANCE, Kan. (KTVW) - The Mill Street bridge will be closed to all traffic for three weeks starting Monday while crews replace its expansion joints, the city said.
Drivers are asked to use the Fourth Avenue bridge instead, which adds about five minutes to a trip across town.
"""

_CARDS_UNDER_A_PHOTO_RU = """Новости
Как будет работать новый пункт приёма вторсырья
Автор: Марина Осипова
5 декабря 2026, 10:00
С понедельника на Заводской улице начнёт работать пункт приёма вторсырья. Объясняем, что туда можно сдать.
Первый пункт приёма открылся на месте старого склада.
Фото: Марина Осипова / Городские вести
Карточка 1 из 3
Что можно сдать?
Пластиковые бутылки, алюминиевые банки, макулатуру и стекло — всё чистое и без крышек.
"""


def test_a_call_sign_credit_and_a_photo_credit_over_a_card_counter() -> None:
    blocks = _blocks(_STATION)
    assert (
        "figure",
        "Barriers block the Mill Street bridge over the Tallow River in Dorrance.",
        "(KTVW)",
    ) in blocks
    blocks = _blocks(_CARDS_UNDER_A_PHOTO_RU)
    assert (
        "figure",
        "Первый пункт приёма открылся на месте старого склада.",
        "Фото: Марина Осипова / Городские вести",
    ) in blocks
