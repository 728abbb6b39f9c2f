"""An FAQ whose questions are accordion buttons (WAI-ARIA disclosures): the questions are the
article's text, a menu toggle is not (invented pages, English and Russian)."""

from __future__ import annotations

import lxml.html

import newsprism
from newsprism.article import AUXILIARY_KINDS
from newsprism.extract.disclosures import open_disclosures

_INTRO = (
    "Программу бесплатного подведения газа к частным домам продлили до 2030 года, и редакция "
    "собрала ответы на вопросы, которые читатели задают чаще всего.",
    "В области программа работает с 2021 года: за это время газ довели до границ почти сорока "
    "тысяч участков в городах и селах, а заявок стало вдвое больше.",
)
_FAQ = (
    ("Кто может подать заявку?", "Владелец жилого дома в поселке, где по улице уже проходит "
     "газопровод, а дом оформлен как жилой."),
    ("Сколько ждать подключения", "По правилам не больше двухсот рабочих дней, на практике "
     "в области в среднем четыре или пять месяцев."),
)  # fmt: skip


def _page() -> bytes:
    items = "".join(
        f"<div class='faq-item'><h3><button type='button' aria-expanded='false' "
        f"aria-controls='q{i}'>{q}<span aria-hidden='true'>+</span></button></h3>"
        f"<div id='q{i}' role='region' class='collapsed'><p>{a}</p></div></div>"
        for i, (q, a) in enumerate(_FAQ)
    )
    menu = (
        "<button aria-controls='menu' aria-expanded='false'>Открыть меню</button>"
        "<nav id='menu'><a href='/'>Главная страница сайта</a> <a href='/news'>Новости "
        "области за неделю</a> <a href='/sport'>Спорт и результаты матчей</a></nav>"
    )
    intro = "".join(f"<p>{p}</p>" for p in _INTRO)
    return (
        "<!doctype html><html><head><title>Газ до участка: ответы на вопросы</title></head>"
        f"<body><header>{menu}</header><main><article><h1>Газ до участка: ответы на вопросы"
        f"</h1>{intro}<section class='faq'>{items}</section></article></main></body></html>"
    ).encode()


def test_an_accordions_questions_are_read_with_their_answers() -> None:
    article = newsprism.read(_page(), stages=())
    text = [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]
    for question, answer in _FAQ:
        assert question in text and answer in text
        assert text.index(question) + 1 == text.index(answer)
    assert not any("+" in line or "меню" in line for line in text)


def test_a_button_that_opens_a_menu_or_nothing_stays_a_control() -> None:
    tree = lxml.html.fromstring(
        "<html><body><button aria-controls='nav'>Open the menu</button><nav id='nav'>"
        "<a href='/a'>News from the city</a> <a href='/b'>Sport results today</a> "
        "<a href='/c'>Weather for the week</a></nav><button aria-controls='gone'>Share this "
        "story</button><button aria-controls='a'>How much does it cost?</button><div id='a'>"
        "<p>A single ticket costs two euros and a monthly pass forty.</p></div></body></html>"
    )
    assert open_disclosures(tree) == 1
    assert [el.text for el in tree.iter("h3")] == ["How much does it cost?"]
    assert len(list(tree.iter("button"))) == 2


_SPOILERS = (
    ("Who can apply for the grant", "Any household in the district whose home is heated by a "
     "wood stove and whose income is under the county limit may apply before March."),
    ("How much is paid?", "Up to £1,200 a household, paid to the installer once the council has "
     "checked the new stove and the chimney."),
)  # fmt: skip


def test_a_spoilers_button_without_aria_controls_opens_the_box_after_it() -> None:
    # a CMS spoiler: <button aria-expanded> and its body right after it, no id between them
    items = "".join(
        f"<div class='spoiler'><button type='button' class='spoiler__title' "
        f"aria-expanded='false'>{q}</button><div class='spoiler__body'><p>{a}</p></div></div>"
        for q, a in _SPOILERS
    )
    page = (
        "<html><head><title>Stove grants: your questions</title></head><body><header>"
        "<button aria-expanded='false' class='nav-toggle'>Menu</button><ul class='nav'>"
        "<li><a href='/'>Home page of the site</a></li><li><a href='/news'>News from the "
        "district this week</a></li></ul></header><main><article><h1>Stove grants: your "
        "questions</h1><p>The district council reopened its grant for cleaner wood stoves on "
        "Monday, and readers have written in with many questions about who can claim it.</p>"
        f"{items}<p>Applications close on 31 March, the council said in a statement.</p>"
        "</article></main></body></html>"
    ).encode()
    article = newsprism.read(page, stages=())
    text = [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]
    for question, answer in _SPOILERS:
        assert question in text and text.index(question) + 1 == text.index(answer)
    assert "Menu" not in text


def test_a_toggle_without_a_box_right_after_it_stays_a_control() -> None:
    tree = lxml.html.fromstring(
        "<html><body><div><button aria-expanded='false'>Show comments</button> and more "
        "<div><p>A reader wrote that the new stove grant is far too small for an old farmhouse "
        "with three chimneys.</p></div></div><div><button aria-expanded='false'>Why now"
        "</button></div><p>The grant reopened because the county had money left over from "
        "last winter, the council said.</p></body></html>"
    )
    assert open_disclosures(tree) == 0
